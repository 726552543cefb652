using System.Net;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.StatsWorld;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>
/// Visit counting with two nodes on one database: each node queues in its own memory (VisitRecorder) and flushes on
/// its own (VisitFlusher, additive upserts and insert-or-ignore sightings). Visits split across the nodes are counted
/// exactly once each, and a visitor seen by both nodes is one unique visitor (both nodes hash with the day's one salt).
/// </summary>
public sealed class TwoNodeVisitCountingTests(TwoNodesOwnFolders nodes) : IClassFixture<TwoNodesOwnFolders>
{
    private const int Visitors = 10;
    private const int VisitsEach = 3;

    private Task FlushBothAsync() => Task.WhenAll(FlushAsync(nodes.A), FlushAsync(nodes.B));

    private Task<(long Visits, int Uniques)> HallFiguresAsync(int exhibition)
    {
        var today = Wib.DayOf(DateTimeOffset.UtcNow);
        return nodes.A.QueryAsync(async db => (
            await db.DailyCounters.Where(c => c.Kind == CounterKind.HallVisit && c.SubjectId == exhibition).SumAsync(c => c.Count, Ct),
            await db.VisitorSightings.CountAsync(s => s.ExhibitionId == exhibition && s.BoothId == 0 && s.Day == today, Ct)));
    }

    [Fact]
    public async Task Hall_visits_split_across_two_nodes_are_counted_exactly_once_after_both_flush()
    {
        var e = await OngoingAsync(nodes.A);
        await FlushBothAsync();
        var before = await HallFiguresAsync(e.Id);

        // Every visitor is served by both nodes in turn, the visitors at once.
        var run = Guid.NewGuid().ToString("N")[..8];
        var codes = await Task.WhenAll(Enumerable.Range(0, Visitors).Select(async v =>
        {
            var userAgent = $"{Browser} uji-{run}-{v}";
            using var onA = Buyer(nodes.A, userAgent);
            using var onB = Buyer(nodes.B, userAgent);
            var answers = new List<HttpStatusCode>();
            for (var i = 0; i < VisitsEach; i++)
            {
                using var response = await ((v + i) % 2 == 0 ? onA : onB).GetAsync($"/pameran/{e.Slug}", Ct);
                answers.Add(response.StatusCode);
            }

            return answers;
        }));
        Assert.All(codes.SelectMany(c => c), c => Assert.Equal(HttpStatusCode.OK, c));

        // Both at once: the flushes meet in the database, as two nodes' timers do.
        await FlushBothAsync();
        var after = await HallFiguresAsync(e.Id);

        Assert.Equal(before.Visits + Visitors * VisitsEach, after.Visits);
        Assert.Equal(before.Uniques + Visitors, after.Uniques);
    }
}
