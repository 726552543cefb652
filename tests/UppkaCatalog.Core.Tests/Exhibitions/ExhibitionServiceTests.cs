using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Publishing;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>Published exhibitions in every phase at <see cref="CoreHost.DefaultNow"/>, plus a draft and an archived one.</summary>
public sealed class ExhibitionScheduleFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = CoreHost.DefaultNow;

    /// <summary>Opens at 08:00 WIB on 25 November 2026 — 01:00 UTC — and closes at midnight WIB starting 1 December.</summary>
    public static readonly DateTimeOffset MorningOpening = new(2026, 11, 25, 8, 0, 0, Wib.Offset);

    public static readonly DateTimeOffset MidnightClosing = new(2026, 12, 1, 0, 0, 0, Wib.Offset);

    public CoreHost Host { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Host = await CoreHost.StartAsync(demo: false, Now);
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        db.Exhibitions.AddRange(
            Exhibition("berlangsung-panjang", Now.AddDays(-2), Now.AddDays(5)),
            Exhibition("berlangsung-singkat", Now.AddDays(-1), Now.AddDays(2)),
            Exhibition("mendatang-jauh", Now.AddDays(10), Now.AddDays(17)),
            Exhibition("mendatang-dekat", Now.AddDays(3), Now.AddDays(9)),
            Exhibition("pagi-wib", MorningOpening, MidnightClosing),
            Exhibition("lampau-lama", Now.AddDays(-40), Now.AddDays(-30)),
            Exhibition("lampau-baru", Now.AddDays(-10), Now.AddDays(-3)),
            // Archived while its dates still said "ongoing": closed for good all the same.
            Exhibition("arsip", Now.AddDays(-20), Now.AddDays(1), ExhibitionStatus.Archived),
            Exhibition("draf", Now.AddDays(-1), Now.AddDays(1), ExhibitionStatus.Draft));
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private static Exhibition Exhibition(string slug, DateTimeOffset starts, DateTimeOffset ends, ExhibitionStatus status = ExhibitionStatus.Published) => new()
    {
        Slug = slug, Title = "Pameran " + slug, StartsAt = starts, EndsAt = ends, Status = status, CreatedAt = Now.AddDays(-60),
        Halls = [new Hall { Slug = "aula", Name = "Aula" }],
    };
}

public sealed class ExhibitionScheduleTests(ExhibitionScheduleFixture fx) : IClassFixture<ExhibitionScheduleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ExhibitionService At(DateTimeOffset now) => new(fx.Host.DbFactory, new FakeTimeProvider(now));

    [Fact]
    public async Task Exhibitions_are_ordered_ongoing_ending_soonest_then_upcoming_starting_soonest_then_past_most_recent()
    {
        var list = await fx.Host.Services.GetRequiredService<ExhibitionService>().ListPublicAsync(Ct);

        Assert.Equal(
            [
                ("berlangsung-singkat", ExhibitionPhase.Ongoing), ("berlangsung-panjang", ExhibitionPhase.Ongoing),
                ("mendatang-dekat", ExhibitionPhase.Upcoming), ("pagi-wib", ExhibitionPhase.Upcoming), ("mendatang-jauh", ExhibitionPhase.Upcoming),
                ("arsip", ExhibitionPhase.Past), ("lampau-baru", ExhibitionPhase.Past), ("lampau-lama", ExhibitionPhase.Past),
            ],
            list.Select(e => (e.Slug, e.Phase)).ToArray());
    }

    [Fact]
    public async Task Drafts_are_not_public_but_archived_exhibitions_are_readable_and_marked_past()
    {
        var service = fx.Host.Services.GetRequiredService<ExhibitionService>();

        var list = await service.ListPublicAsync(Ct);
        var archived = await service.GetHallAsync("arsip", ct: Ct);

        Assert.DoesNotContain("draf", list.Select(e => e.Slug));
        Assert.Null(await service.GetHallAsync("draf", ct: Ct));
        Assert.NotNull(archived);
        Assert.Equal(ExhibitionPhase.Past, archived.Exhibition.Phase);
        Assert.True(archived.Exhibition.IsArchived);
        Assert.Null(archived.Exhibition.OpensIn);
    }

    [Fact]
    public async Task Sitemap_lists_published_and_archived_halls_but_never_a_draft()
    {
        var paths = (await fx.Host.Services.GetRequiredService<SitemapService>().ListAsync(Ct)).Select(e => e.Path).ToList();

        Assert.Contains("/pameran/arsip", paths);
        Assert.Contains("/pameran/mendatang-jauh", paths);
        Assert.Contains("/pameran/lampau-lama", paths);
        Assert.DoesNotContain("/pameran/draf", paths);
    }

    [Fact]
    public async Task A_draft_is_shown_only_to_staff_asking_for_a_preview()
    {
        var service = fx.Host.Services.GetRequiredService<ExhibitionService>();
        var staff = new Actor("staf", null, IsStaff: true);
        var member = new Actor("anggota", 1, IsStaff: false);

        var preview = await service.GetHallAsync("draf", previewer: staff, ct: Ct);

        Assert.NotNull(preview);
        Assert.True(preview.Exhibition.IsDraft);
        Assert.Null(await service.GetHallAsync("draf", previewer: member, ct: Ct));
        Assert.Null(await service.GetHallAsync("draf", previewer: null, ct: Ct));
        // A preview never adds drafts to the public list.
        Assert.DoesNotContain("draf", (await service.ListPublicAsync(Ct)).Select(e => e.Slug));
    }

    [Fact]
    public async Task Phase_changes_exactly_at_StartsAt_and_at_EndsAt()
    {
        await using var db = await fx.Host.DbFactory.CreateDbContextAsync(Ct);
        var e = await db.Exhibitions.AsNoTracking().SingleAsync(x => x.Slug == "mendatang-dekat", Ct);

        Assert.Equal(ExhibitionPhase.Upcoming, await PhaseAt(e.StartsAt.AddTicks(-1)));
        Assert.Equal(ExhibitionPhase.Ongoing, await PhaseAt(e.StartsAt));
        Assert.Equal(ExhibitionPhase.Ongoing, await PhaseAt(e.EndsAt.AddTicks(-1)));
        Assert.Equal(ExhibitionPhase.Past, await PhaseAt(e.EndsAt));

        async Task<ExhibitionPhase> PhaseAt(DateTimeOffset now) => (await At(now).ListPublicAsync(Ct)).Single(x => x.Slug == e.Slug).Phase;
    }

    [Fact]
    public async Task Opening_at_08_00_WIB_is_01_00_UTC()
    {
        var justBefore = new DateTimeOffset(2026, 11, 25, 0, 59, 59, TimeSpan.Zero);
        var opening = new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);

        var before = (await At(justBefore).GetHallAsync("pagi-wib", ct: Ct))!.Exhibition;
        var at = (await At(opening).GetHallAsync("pagi-wib", ct: Ct))!.Exhibition;
        // 23:59 UTC on 24 November is already 06:59 WIB on the 25th: 61 minutes to go.
        var dayBefore = (await At(new DateTimeOffset(2026, 11, 24, 23, 59, 0, TimeSpan.Zero)).GetHallAsync("pagi-wib", ct: Ct))!.Exhibition;

        Assert.Equal(ExhibitionPhase.Upcoming, before.Phase);
        Assert.Equal(TimeSpan.FromSeconds(1), before.OpensIn);
        Assert.Equal(ExhibitionPhase.Ongoing, at.Phase);
        Assert.Null(at.OpensIn);
        Assert.Equal(TimeSpan.FromMinutes(61), dayBefore.OpensIn);
    }

    [Fact]
    public async Task Closing_at_midnight_WIB_is_17_00_UTC_the_day_before()
    {
        var lastMoment = new DateTimeOffset(2026, 11, 30, 16, 59, 59, TimeSpan.Zero);
        var closing = new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(ExhibitionPhase.Ongoing, (await At(lastMoment).GetHallAsync("pagi-wib", ct: Ct))!.Exhibition.Phase);
        Assert.Equal(ExhibitionPhase.Past, (await At(closing).GetHallAsync("pagi-wib", ct: Ct))!.Exhibition.Phase);
    }

    [Fact]
    public async Task Upcoming_exhibitions_say_how_long_until_they_open()
    {
        var list = await fx.Host.Services.GetRequiredService<ExhibitionService>().ListPublicAsync(Ct);

        Assert.Equal(TimeSpan.FromDays(3), list.Single(e => e.Slug == "mendatang-dekat").OpensIn);
        Assert.Equal(TimeSpan.FromDays(10), list.Single(e => e.Slug == "mendatang-jauh").OpensIn);
        Assert.All(list.Where(e => e.Phase != ExhibitionPhase.Upcoming), e => Assert.Null(e.OpensIn));
    }

    [Fact]
    public async Task Phase_follows_the_clock_as_it_moves()
    {
        var time = new FakeTimeProvider(ExhibitionScheduleFixture.Now);
        var service = new ExhibitionService(fx.Host.DbFactory, time);
        Assert.Equal(ExhibitionPhase.Upcoming, (await service.ListPublicAsync(Ct)).Single(x => x.Slug == "mendatang-dekat").Phase);

        time.Advance(TimeSpan.FromDays(4));

        Assert.Equal(ExhibitionPhase.Ongoing, (await service.ListPublicAsync(Ct)).Single(x => x.Slug == "mendatang-dekat").Phase);
    }

    [Fact]
    public void PhaseAt_treats_the_end_as_exclusive_and_the_start_as_inclusive()
    {
        var start = new DateTimeOffset(2026, 11, 17, 1, 0, 0, TimeSpan.Zero);
        var e = new Exhibition { Slug = "x", Title = "x", StartsAt = start, EndsAt = start.AddDays(1) };

        Assert.Equal(ExhibitionPhase.Upcoming, e.PhaseAt(start.AddTicks(-1)));
        Assert.Equal(ExhibitionPhase.Ongoing, e.PhaseAt(start));
        Assert.Equal(ExhibitionPhase.Ongoing, e.PhaseAt(start.AddDays(1).AddTicks(-1)));
        Assert.Equal(ExhibitionPhase.Past, e.PhaseAt(start.AddDays(1)));
        // The same moment written in WIB is the same moment.
        Assert.Equal(ExhibitionPhase.Ongoing, e.PhaseAt(start.ToOffset(TimeSpan.FromHours(7))));
    }
}
