using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Reporting;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>What the statistics HTTP tests need from the demo app: the ongoing exhibition, its booths, counters, the flush.</summary>
internal static class StatsWorld
{
    public const string Browser = "Mozilla/5.0 (Linux; Android 10; SM-A105F) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An anonymous visitor's browser: a real user agent (the counter ignores requests without one), no redirects followed.</summary>
    public static HttpClient Buyer(AppFactory app, string userAgent = Browser)
    {
        var client = app.Browser();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return client;
    }

    public sealed record BoothRef(int Id, string GroupSlug, string GroupName, string? Number);

    public sealed record ExhibitionRef(int Id, string Slug, string Title, IReadOnlyList<BoothRef> Booths);

    /// <summary>The demo exhibition that is open now, with its accepted booths by number.</summary>
    public static Task<ExhibitionRef> OngoingAsync(AppFactory app) => app.QueryAsync(async db =>
    {
        var e = await db.Exhibitions.AsNoTracking().Where(x => x.Slug == "gelar-produk-uppka-jambi").SingleAsync(Ct);
        var booths = await db.Booths.AsNoTracking().Where(b => b.ExhibitionId == e.Id && b.Status == BoothStatus.Accepted)
            .OrderBy(b => b.Number).Select(b => new BoothRef(b.Id, b.Group!.Slug, b.Group.Name, b.Number)).ToListAsync(Ct);
        return new ExhibitionRef(e.Id, e.Slug, e.Title, booths);
    });

    /// <summary>Writes what is queued (the tests do not wait for the background flush).</summary>
    public static Task FlushAsync(AppFactory app) => app.Services.GetRequiredService<VisitFlusher>().FlushAsync(Ct);

    /// <summary>The counter of one kind and place over all days, after a flush.</summary>
    public static async Task<long> CountAsync(AppFactory app, CounterKind kind, int subject)
    {
        await FlushAsync(app);
        return await app.QueryAsync(db => db.DailyCounters.Where(c => c.Kind == kind && c.SubjectId == subject).SumAsync(c => c.Count, Ct));
    }
}
