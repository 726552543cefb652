using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Reporting;

namespace UppkaCatalog.Core.Tests.Reporting;

/// <summary>
/// The figures staff and members see, against visits made through the recorder on known days (18–24 November 2026):
/// totals, per day with zero days, top booths, per regency; inquiries from the table; who may see what.
/// </summary>
public sealed class ExhibitionStatsServiceTests : IAsyncLifetime
{
    private static readonly DateOnly Nov19 = new(2026, 11, 19);
    private static readonly DateOnly Nov20 = new(2026, 11, 20);

    private StatsWorld _world = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset At(DateOnly day, int hour) => Wib.StartOf(day).AddHours(hour);

    private static string Person(int n) => VisitorHash.Describe($"198.51.100.{n}", "Mozilla/5.0 Android Chrome/120");

    /// <summary>
    /// 19 Nov: 3 people in the hall (4 hall visits); person 1 opens A-01 twice and A-02 once, person 2 opens A-01;
    /// 2 WhatsApp taps at A-01, 1 product view at A-03. 20 Nov: person 1 in the hall and A-03 (4 booth visits by 1 person),
    /// 1 WhatsApp tap at A-03. Inquiries: 2 at A-01 (one at 23:30 WIB on the 19th), 1 spam at A-01, 1 at A-02 on the 20th.
    /// </summary>
    public async ValueTask InitializeAsync()
    {
        _world = await StatsWorld.StartAsync();
        var r = _world.Recorder;
        var (a1, a3) = (_world.Booths[0].Id, _world.Booths[2].Id);
        r.Record(VisitEvent.Hall(At(Nov19, 9), Person(1), "pameran-uji"));
        r.Record(VisitEvent.Hall(At(Nov19, 10), Person(1), "pameran-uji"));
        r.Record(VisitEvent.Hall(At(Nov19, 11), Person(2), "pameran-uji"));
        r.Record(VisitEvent.Hall(At(Nov19, 12), Person(3), "pameran-uji"));
        r.Record(VisitEvent.Booth(At(Nov19, 9), Person(1), "pameran-uji", "kelompok-satu"));
        r.Record(VisitEvent.Booth(At(Nov19, 10), Person(1), "pameran-uji", "kelompok-satu"));
        r.Record(VisitEvent.Booth(At(Nov19, 10), Person(1), "pameran-uji", "kelompok-dua"));
        r.Record(VisitEvent.Booth(At(Nov19, 11), Person(2), "pameran-uji", "kelompok-satu"));
        r.Record(VisitEvent.WhatsApp(At(Nov19, 11), Person(2), a1));
        r.Record(VisitEvent.WhatsApp(At(Nov19, 12), Person(1), a1));
        r.Record(VisitEvent.ProductFromBooth(At(Nov19, 12), Person(3), a3));
        r.Record(VisitEvent.Hall(At(Nov20, 8), Person(1), "pameran-uji"));
        for (var i = 0; i < 4; i++) r.Record(VisitEvent.Booth(At(Nov20, 8), Person(1), "pameran-uji", "kelompok-tiga"));
        r.Record(VisitEvent.WhatsApp(At(Nov20, 9), Person(1), a3));
        await _world.Flusher.FlushAsync(Ct);
        await _world.AddInquiryAsync(0, At(Nov19, 14));
        await _world.AddInquiryAsync(0, At(Nov19, 23).AddMinutes(30)); // 16:30 UTC: still the 19th in WIB
        await _world.AddInquiryAsync(0, At(Nov19, 15), InquiryStatus.Spam);
        await _world.AddInquiryAsync(1, At(Nov20, 7));
    }

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task Staff_see_the_totals()
    {
        var stats = await _world.Stats.GetAsync(_world.Staff, _world.Exhibition.Id, Ct);

        // Unique booth visitors are per day: person 1 and 2 on the 19th, person 1 again (a new hash) on the 20th.
        Assert.Equal(new VisitFigures(HallVisits: 5, UniqueHallVisitors: 4, BoothVisits: 8, UniqueBoothVisitors: 3,
            BoothProductViews: 1, WhatsAppClicks: 3, Inquiries: 3), stats.Totals);
        Assert.Equal("Pameran Uji", stats.Title);
    }

    [Fact]
    public async Task Every_day_of_the_exhibition_has_a_row_also_the_days_without_visits()
    {
        var stats = await _world.Stats.GetAsync(_world.Staff, _world.Exhibition.Id, Ct);

        Assert.Equal(Enumerable.Range(18, 7).Select(d => new DateOnly(2026, 11, d)), stats.Days.Select(d => d.Day));
        Assert.Equal(VisitFigures.Zero, stats.Days[0].Figures);
        Assert.Equal(new VisitFigures(4, 3, 4, 2, 1, 2, 2), stats.Days.Single(d => d.Day == Nov19).Figures);
        Assert.Equal(new VisitFigures(1, 1, 4, 1, 0, 1, 1), stats.Days.Single(d => d.Day == Nov20).Figures);
        Assert.Equal(stats.Totals, stats.Days.Select(d => d.Figures).Aggregate(VisitFigures.Zero, (a, b) => a.Plus(b)));
    }

    [Fact]
    public async Task Top_booths_come_by_booth_visits_with_group_clicks_and_inquiries_and_leave_out_applications()
    {
        var stats = await _world.Stats.GetAsync(_world.Staff, _world.Exhibition.Id, Ct);

        Assert.Equal(
            [
                ("A-03", "Kelompok kelompok-tiga", 4L, 1L, 0L, 1L, 1L),
                ("A-01", "Kelompok kelompok-satu", 3L, 2L, 2L, 2L, 0L),
                ("A-02", "Kelompok kelompok-dua", 1L, 1L, 1L, 0L, 0L),
            ],
            stats.Booths.Select(b => (b.Number, b.GroupName, b.Figures.BoothVisits, b.Figures.UniqueBoothVisitors, b.Figures.Inquiries,
                b.Figures.WhatsAppClicks, b.Figures.BoothProductViews)).ToArray());
        Assert.All(stats.Booths, b => Assert.Equal("Aula A", b.HallName));
    }

    [Fact]
    public async Task Regencies_add_up_their_booths_and_count_a_visitor_of_two_booths_once()
    {
        var stats = await _world.Stats.GetAsync(_world.Staff, _world.Exhibition.Id, Ct);

        var one = stats.Regencies.Single(r => r.RegencyName == _world.RegencyOne);
        var two = stats.Regencies.Single(r => r.RegencyName == _world.RegencyTwo);
        Assert.Equal(2, one.BoothCount);
        Assert.Equal(4, one.Figures.BoothVisits);
        Assert.Equal(2, one.Figures.UniqueBoothVisitors); // person 1 and person 2 on the 19th
        Assert.Equal(2, one.Figures.WhatsAppClicks);
        Assert.Equal(3, one.Figures.Inquiries);
        Assert.Equal(1, two.BoothCount); // the application of the fourth group is no booth
        Assert.Equal((4L, 1L, 1L, 1L), (two.Figures.BoothVisits, two.Figures.UniqueBoothVisitors, two.Figures.WhatsAppClicks, two.Figures.BoothProductViews));
        Assert.Equal(2, stats.Regencies.Count);
    }

    [Fact]
    public async Task Inquiries_come_from_the_table_on_their_WIB_day_without_spam()
    {
        var booth = await _world.Stats.GetBoothAsync(_world.Staff, _world.Booths[0].Id, Ct);

        Assert.Equal(2, booth.Booth.Figures.Inquiries);
        Assert.Equal(2, booth.Days.Single(d => d.Day == Nov19).Figures.Inquiries);
        Assert.Equal(0, booth.Days.Single(d => d.Day == Nov20).Figures.Inquiries);
    }

    [Fact]
    public async Task A_member_sees_their_own_booth_per_day()
    {
        var own = await _world.Stats.GetOwnBoothAsync(_world.MemberOf(0), _world.Exhibition.Id, Ct);

        Assert.Equal(_world.Booths[0].Id, own.Booth.BoothId);
        Assert.Equal(new VisitFigures(0, 0, 3, 2, 0, 2, 2), own.Booth.Figures);
        Assert.Equal(7, own.Days.Count);
        Assert.Equal(new VisitFigures(0, 0, 3, 2, 0, 2, 2), own.Days.Single(d => d.Day == Nov19).Figures);
        Assert.Equal("pameran-uji", own.ExhibitionSlug);
    }

    [Fact]
    public async Task A_member_asking_for_another_groups_booth_is_told_it_does_not_exist()
    {
        var member = _world.MemberOf(0);

        await Assert.ThrowsAsync<NotFoundException>(() => _world.Stats.GetBoothAsync(member, _world.Booths[1].Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => _world.Stats.GetBoothAsync(member, 987_654, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => _world.Stats.GetAsync(member, _world.Exhibition.Id, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => _world.Stats.GetBySlugAsync(member, "pameran-uji", Ct));
        // A group without a booth at this exhibition, and staff (no group) on the member page.
        await Assert.ThrowsAsync<NotFoundException>(() => _world.Stats.GetOwnBoothAsync(new Actor("x", 987_654, false), _world.Exhibition.Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => _world.Stats.GetOwnBoothAsync(_world.Staff, _world.Exhibition.Id, Ct));
    }

    [Fact]
    public async Task An_unknown_exhibition_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => _world.Stats.GetAsync(_world.Staff, 987_654, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => _world.Stats.GetBySlugAsync(_world.Staff, "tidak-ada", Ct));
    }

    [Fact]
    public async Task The_whatsapp_redirect_finds_accepted_booths_of_public_exhibitions_with_a_number_only()
    {
        var lookup = _world.Get<BoothWhatsAppService>();

        var contact = await lookup.FindAsync("pameran-uji", "kelompok-satu", Ct);

        Assert.NotNull(contact);
        Assert.Equal((_world.Booths[0].Id, "Pameran Uji", "Kelompok kelompok-satu", "A-01", "+6281200000000"),
            (contact.BoothId, contact.ExhibitionTitle, contact.GroupName, contact.BoothNumber, contact.WhatsApp));
        Assert.Null(await lookup.FindAsync("pameran-uji", "kelompok-empat", Ct)); // an application
        Assert.Null(await lookup.FindAsync("pameran-lain", "kelompok-satu", Ct));

        await using (var db = await _world.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            var group = await db.Groups.FindAsync([_world.Groups[1].Id], Ct);
            group!.PublicWhatsApp = null;
            await db.SaveChangesAsync(Ct);
        }

        Assert.Null(await lookup.FindAsync("pameran-uji", "kelompok-dua", Ct));

        await SetStatusAsync(ExhibitionStatus.Archived);
        Assert.NotNull(await lookup.FindAsync("pameran-uji", "kelompok-satu", Ct)); // an archive stays readable
        await SetStatusAsync(ExhibitionStatus.Draft);
        Assert.Null(await lookup.FindAsync("pameran-uji", "kelompok-satu", Ct));
    }

    private async Task SetStatusAsync(ExhibitionStatus status)
    {
        await using var db = await _world.Host.DbFactory.CreateDbContextAsync(Ct);
        var e = await db.Exhibitions.FindAsync([_world.Exhibition.Id], Ct);
        e!.Status = status;
        await db.SaveChangesAsync(Ct);
    }
}
