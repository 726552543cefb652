using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Partner;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Partner;

/// <summary>
/// The programme form shows the service's own refusals under the fields they name: the errors come from the real
/// ProgrammeService on the demo database (nothing written), the form is rendered with them.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class ProgrammeFormTests : ComponentTest
{
    private readonly AppFactory _app;

    public ProgrammeFormTests(AppFactory app)
    {
        _app = app;
        Services.AddMudServices();
        SetRendererInfo(new RendererInfo("Server", true));
        Render<MudBlazor.MudPopoverProvider>();
    }

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private async Task<ValidationException> RefusalAsync(ProgrammeInput input)
    {
        var officer = await _app.QueryAsync(db => Task.FromResult(db.Users.Where(u => u.Email == "mitra1@uppka.test").Select(u => new { u.Id, u.PartnerId }).Single()));
        var actor = new Actor(officer.Id, null, false, officer.PartnerId);
        return await Assert.ThrowsAsync<ValidationException>(() => _app.Services.GetRequiredService<ProgrammeService>().CreateAsync(actor, input, Ct));
    }

    [Fact]
    public async Task An_empty_form_shows_each_missing_field_under_it()
    {
        using var culture = new CultureScope("id-ID");
        var input = new ProgrammeInput { Quota = 0 };
        var refusal = await RefusalAsync(input);
        var regencies = await _app.Services.GetRequiredService<GroupService>().GetRegenciesAsync(Ct);

        var form = Render<ProgrammeForm>(p => p.Add(f => f.Input, input).Add(f => f.Errors, refusal.Errors).Add(f => f.Regencies, regencies));

        Assert.Contains("title", refusal.Errors.Keys);
        Assert.Contains("kind", refusal.Errors.Keys);
        Assert.Contains("quota", refusal.Errors.Keys);
        Assert.Contains("applicationOpensAt", refusal.Errors.Keys);
        foreach (var (key, message) in refusal.Errors)
        {
            Assert.Contains(message, form.Markup);
        }

        Assert.Contains(refusal.Errors["kind"], form.Find("#programme-kind-error").TextContent);
        Assert.Equal(11, form.FindAll(".field-regencies input[type=checkbox]").Count);
    }

    [Fact]
    public async Task A_bad_session_and_an_unknown_regency_are_shown_at_their_sections()
    {
        using var culture = new CultureScope("id-ID");
        var input = new ProgrammeInput
        {
            Title = "Pelatihan Uji", Kind = ProgrammeKind.Training, Quota = 5,
            ApplicationOpensAtWib = new DateTime(2030, 1, 1, 8, 0, 0), ApplicationClosesAtWib = new DateTime(2030, 1, 31, 23, 59, 0),
            Regencies = ["Kabupaten Antah Berantah"],
            Sessions = [new SessionInput { StartsAtWib = new DateTime(2030, 2, 2, 16, 0, 0), EndsAtWib = new DateTime(2030, 2, 2, 8, 0, 0), Place = "BLKP" }],
        };
        var refusal = await RefusalAsync(input);

        var form = Render<ProgrammeForm>(p => p.Add(f => f.Input, input).Add(f => f.Errors, refusal.Errors).Add(f => f.Regencies, (IReadOnlyList<RegencyOption>)[]));

        Assert.Equal(refusal.Errors["regencies"], form.Find("#regencies-error").TextContent);
        Assert.Equal(refusal.Errors["sessions"], form.Find("#sessions-error").TextContent);
        Assert.NotNull(form.Find("#session-1-place"));
    }
}
