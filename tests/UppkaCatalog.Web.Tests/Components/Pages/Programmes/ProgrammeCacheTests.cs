using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Programmes;

/// <summary>The output cache of <c>/program</c>: a programme opened is on the cached list at once. Its own app: it opens a programme.</summary>
public sealed class ProgrammeCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Opening_a_programme_evicts_the_cached_list_and_its_page_is_then_cached_for_anonymous_visitors()
    {
        using var client = app.Browser();
        var before = await client.GetStringAsync("/program", Ct);
        var draft = await ProgrammeWorld.DraftAsync(app, "Pendampingan Kemasan");
        Assert.DoesNotContain(draft.Slug, before);

        await app.Services.GetRequiredService<ProgrammeService>().SetStatusAsync(await AccountFlows.StaffActorAsync(app), draft.Id, ProgrammeStatus.Open, Ct);
        var after = await client.GetStringAsync("/program", Ct);
        using var first = await client.GetAsync("/program/" + draft.Slug, Ct);
        using var second = await client.GetAsync("/program/" + draft.Slug, Ct);

        Assert.Contains("/program/" + draft.Slug, after);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(second.Headers.Age is not null, "the second anonymous request is served from the output cache (Age header)");
    }
}
