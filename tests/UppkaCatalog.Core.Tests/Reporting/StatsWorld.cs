using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Reporting;

/// <summary>
/// One published exhibition, 18–24 November 2026 (WIB), with three accepted booths — of groups in one
/// regency, A-03 of a group in another — and one application without hall or number; "now" is 20 November, 10:00 WIB.
/// Started fresh for each test: counting tests look at every row.
/// </summary>
public sealed class StatsWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Starts = new(2026, 11, 18, 8, 0, 0, Wib.Offset);
    public static readonly DateTimeOffset Ends = new(2026, 11, 25, 0, 0, 0, Wib.Offset);

    private StatsWorld(CoreHost host) => Host = host;

    public CoreHost Host { get; }

    public Exhibition Exhibition { get; private set; } = default!;

    /// <summary>A-01, A-02 (same regency), A-03 (another regency), then the application.</summary>
    public List<Booth> Booths { get; } = [];

    public List<Group> Groups { get; } = [];

    public string RegencyOne { get; private set; } = "";

    public string RegencyTwo { get; private set; } = "";

    public Actor Staff { get; } = new("staff-1", null, IsStaff: true);

    public Actor MemberOf(int booth) => new($"member-{booth}", Groups[booth].Id, IsStaff: false);

    public VisitRecorder Recorder => Get<VisitRecorder>();

    public VisitFlusher Flusher => Get<VisitFlusher>();

    public ExhibitionStatsService Stats => Get<ExhibitionStatsService>();

    public static async Task<StatsWorld> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var world = new StatsWorld(await CoreHost.StartAsync(demo: false, configure: configure));
        await world.FillAsync();
        return world;
    }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    private async Task FillAsync()
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        var regencies = await db.Regencies.OrderBy(r => r.Id).Take(2).ToListAsync();
        RegencyOne = regencies[0].Name;
        RegencyTwo = regencies[1].Name;
        Groups.AddRange(
            TestData.Group("kelompok-satu", regencies[0].Id),
            TestData.Group("kelompok-dua", regencies[0].Id),
            TestData.Group("kelompok-tiga", regencies[1].Id),
            TestData.Group("kelompok-empat", regencies[1].Id));
        db.Groups.AddRange(Groups);
        var hall = new Hall { Slug = "aula-a", Name = "Aula A" };
        Exhibition = new Exhibition
        {
            Slug = "pameran-uji", Title = "Pameran Uji", StartsAt = Starts, EndsAt = Ends, Status = ExhibitionStatus.Published,
            CreatedAt = Starts.AddDays(-30), Halls = [hall],
        };
        db.Exhibitions.Add(Exhibition);
        for (var i = 0; i < 4; i++)
        {
            var accepted = i < 3;
            var booth = new Booth
            {
                Exhibition = Exhibition, Hall = accepted ? hall : null, Group = Groups[i], Number = accepted ? $"A-0{i + 1}" : null,
                Status = accepted ? BoothStatus.Accepted : BoothStatus.Applied, AppliedAt = Starts.AddDays(-20),
            };
            Booths.Add(booth);
            db.Booths.Add(booth);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A buyer's inquiry from a booth, written straight to the table as the inquiry form would.</summary>
    public async Task AddInquiryAsync(int booth, DateTimeOffset at, InquiryStatus status = InquiryStatus.New)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        db.Inquiries.Add(new Inquiry
        {
            GroupId = Groups[booth].Id, BoothId = Booths[booth].Id, BuyerName = "Pembeli", BuyerPhone = "+6281234567890",
            Message = "Masih ada?", Status = status, CreatedAt = at,
        });
        await db.SaveChangesAsync();
    }

    public async Task<List<DailyCounter>> CountersAsync()
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        return await db.DailyCounters.AsNoTracking().OrderBy(c => c.Day).ThenBy(c => c.Kind).ThenBy(c => c.SubjectId).ToListAsync();
    }

    public async Task<List<VisitorSighting>> SightingsAsync()
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        return await db.VisitorSightings.AsNoTracking().OrderBy(v => v.Id).ToListAsync();
    }

    public async Task<List<DailySalt>> SaltsAsync()
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        return await db.DailySalts.AsNoTracking().OrderBy(s => s.Day).ToListAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
