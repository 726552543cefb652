using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Reporting;

/// <summary>Visits are queued in memory and written added up at the flush; visitors are hashed with a daily salt, never stored.</summary>
public sealed class VisitCountingTests : IAsyncLifetime
{
    private const string Address = "203.0.113.77";
    private const string Browser = "Mozilla/5.0 (Linux; Android 10; SM-A105F) Chrome/120.0 Mobile Safari/537.36";
    private static readonly string Visitor = VisitorHash.Describe(Address, Browser);

    private StatsWorld _world = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _world = await StatsWorld.StartAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    private DateOnly Today => Wib.DayOf(_world.Host.Time.GetUtcNow());

    [Fact]
    public async Task Visits_wait_in_memory_until_the_flush_which_writes_them_added_up()
    {
        var recorder = _world.Recorder;
        for (var i = 0; i < 50; i++) recorder.RecordHall(VisitorHash.Describe($"10.0.0.{i % 3}", Browser), "pameran-uji");
        for (var i = 0; i < 20; i++) recorder.RecordBooth(Visitor, "pameran-uji", "kelompok-satu");
        for (var i = 0; i < 7; i++) recorder.RecordWhatsApp(Visitor, _world.Booths[1].Id);
        recorder.RecordProductFromBooth(Visitor, _world.Booths[2].Id);

        Assert.Empty(await _world.CountersAsync());
        Assert.Empty(await _world.SightingsAsync());
        Assert.Equal(78, recorder.Pending);

        Assert.Equal(78, await _world.Flusher.FlushAsync(Ct));

        var counters = await _world.CountersAsync();
        Assert.Equal(
            [
                (Today, CounterKind.BoothVisit, _world.Booths[0].Id, 20L),
                (Today, CounterKind.WhatsAppClick, _world.Booths[1].Id, 7L),
                (Today, CounterKind.HallVisit, _world.Exhibition.Id, 50L),
                (Today, CounterKind.BoothProductView, _world.Booths[2].Id, 1L),
            ],
            counters.Select(c => (c.Day, c.Kind, c.SubjectId, c.Count)).ToArray());
        var sightings = await _world.SightingsAsync();
        Assert.Equal(3, sightings.Count(s => s.BoothId == 0)); // three addresses in the hall
        Assert.Single(sightings, s => s.BoothId == _world.Booths[0].Id);
        Assert.Equal(0, recorder.Pending);

        // The next batch adds to the same rows (upsert), it does not add rows.
        recorder.RecordHall(Visitor, "pameran-uji");
        await _world.Flusher.FlushAsync(Ct);
        var hall = Assert.Single(await _world.CountersAsync(), c => c.Kind == CounterKind.HallVisit);
        Assert.Equal(51, hall.Count);
    }

    [Fact]
    public async Task A_flush_that_fails_half_way_writes_nothing_at_all()
    {
        await using (var db = await _world.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            await RefusingTrigger.CreateAsync(db, "refuse_sighting", "INSERT", "VisitorSightings", "disk full");
        }

        _world.Recorder.RecordHall(Visitor, "pameran-uji");
        _world.Recorder.RecordWhatsApp(Visitor, _world.Booths[0].Id);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => _world.Flusher.FlushAsync(Ct));

        // Counters are written before sightings in the same transaction: none of them may remain.
        Assert.Empty(await _world.CountersAsync());
        Assert.Empty(await _world.SaltsAsync());
    }

    [Fact]
    public async Task No_address_or_user_agent_is_stored_in_any_column()
    {
        _world.Recorder.RecordHall(Visitor, "pameran-uji");
        _world.Recorder.RecordBooth(Visitor, "pameran-uji", "kelompok-dua");
        await _world.Flusher.FlushAsync(Ct);

        var cells = new List<string>();
        await using var db = await _world.Host.DbFactory.CreateDbContextAsync(Ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        foreach (var table in new[] { "VisitorSightings", "DailySalts", "DailyCounters" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    cells.Add(value is byte[] bytes ? Encoding.UTF8.GetString(bytes) + Convert.ToHexString(bytes) : Convert.ToString(value) ?? "");
                }
            }
        }

        Assert.NotEmpty(cells);
        Assert.DoesNotContain(cells, c => c.Contains(Address) || c.Contains("203.0.113") || c.Contains("Android"));
        Assert.DoesNotContain(cells, c => c.Contains(Convert.ToHexString(Encoding.UTF8.GetBytes(Address))));
        var sighting = (await _world.SightingsAsync())[0];
        Assert.Matches("^[A-Za-z0-9_-]{22}$", sighting.VisitorHash);
    }

    [Fact]
    public async Task The_same_visitor_twice_a_day_is_one_unique_visitor_and_another_browser_is_another()
    {
        _world.Recorder.RecordBooth(Visitor, "pameran-uji", "kelompok-satu");
        await _world.Flusher.FlushAsync(Ct);
        _world.Host.Time.Advance(TimeSpan.FromHours(3));
        _world.Recorder.RecordBooth(Visitor, "pameran-uji", "kelompok-satu");
        _world.Recorder.RecordBooth(VisitorHash.Describe(Address, "Mozilla/5.0 (Windows NT 10.0) Firefox/128.0"), "pameran-uji", "kelompok-satu");
        await _world.Flusher.FlushAsync(Ct);

        Assert.Equal(2, (await _world.SightingsAsync()).Count);
        var booth = (await _world.Stats.GetBoothAsync(_world.Staff, _world.Booths[0].Id, Ct)).Booth.Figures;
        Assert.Equal(3, booth.BoothVisits);
        Assert.Equal(2, booth.UniqueBoothVisitors);
    }

    [Fact]
    public async Task The_next_day_brings_a_new_salt_and_the_old_one_is_deleted()
    {
        _world.Recorder.RecordHall(Visitor, "pameran-uji");
        await _world.Flusher.FlushAsync(Ct);
        var first = Assert.Single(await _world.SaltsAsync());
        var firstHash = Assert.Single(await _world.SightingsAsync()).VisitorHash;

        _world.Host.Time.Advance(TimeSpan.FromDays(1));
        _world.Recorder.RecordHall(Visitor, "pameran-uji");
        await _world.Flusher.FlushAsync(Ct);

        var second = Assert.Single(await _world.SaltsAsync());
        Assert.Equal(first.Day.AddDays(1), second.Day);
        Assert.NotEqual(first.Salt, second.Salt);
        Assert.Equal(VisitorHash.SaltBytes, second.Salt.Length);
        var sightings = await _world.SightingsAsync();
        Assert.Equal(2, sightings.Count);
        Assert.NotEqual(firstHash, sightings[1].VisitorHash); // the same visitor cannot be followed from day to day
        var stats = await _world.Stats.GetAsync(_world.Staff, _world.Exhibition.Id, Ct);
        Assert.Equal(2, stats.Totals.UniqueHallVisitors);
    }

    [Fact]
    public async Task A_day_without_visits_still_ends_the_previous_days_salt()
    {
        _world.Recorder.RecordHall(Visitor, "pameran-uji");
        await _world.Flusher.FlushAsync(Ct);
        Assert.Single(await _world.SaltsAsync());

        _world.Host.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await _world.Flusher.FlushAsync(Ct)); // the timer's flush of an empty queue

        Assert.Empty(await _world.SaltsAsync());
    }

    [Fact]
    public async Task A_restart_keeps_the_days_salt_so_a_visitor_is_not_counted_twice()
    {
        _world.Recorder.RecordHall(Visitor, "pameran-uji");
        await _world.Flusher.FlushAsync(Ct);

        // A new process: a new flusher with nothing in memory, over the same database.
        var restarted = new VisitFlusher(_world.Recorder, _world.Host.DbFactory, _world.Host.Time, NullLogger<VisitFlusher>.Instance);
        _world.Recorder.RecordHall(Visitor, "pameran-uji");
        await restarted.FlushAsync(Ct);

        Assert.Single(await _world.SightingsAsync());
        Assert.Single(await _world.SaltsAsync());
        Assert.Equal(2, Assert.Single(await _world.CountersAsync()).Count);
    }

    [Fact]
    public async Task Two_nodes_flushing_at_once_on_a_day_without_a_salt_yet_lose_no_visits_and_share_the_days_salt()
    {
        // Two web nodes: a queue and a flusher each, one database. Each day starts without a salt, so both flushes
        // want to make it at the same moment.
        var recorderB = new VisitRecorder(_world.Get<Microsoft.Extensions.Options.IOptions<ReportingOptions>>(), _world.Host.Time);
        var flusherB = new VisitFlusher(recorderB, _world.Host.DbFactory, _world.Host.Time, NullLogger<VisitFlusher>.Instance);
        const int days = 5;
        for (var d = 0; d < days; d++)
        {
            _world.Host.Time.Advance(TimeSpan.FromDays(1));
            for (var i = 0; i < 4; i++)
            {
                _world.Recorder.RecordHall(VisitorHash.Describe($"10.1.{d}.{i}", Browser), "pameran-uji");
                recorderB.RecordHall(VisitorHash.Describe($"10.1.{d}.{i}", Browser), "pameran-uji");
            }

            var taken = await Task.WhenAll(_world.Flusher.FlushAsync(Ct), flusherB.FlushAsync(Ct));
            Assert.Equal(new[] { 4, 4 }, taken);
            Assert.Single(await _world.SaltsAsync());
        }

        var hall = (await _world.CountersAsync()).Where(c => c.Kind == CounterKind.HallVisit).ToList();
        Assert.Equal(days, hall.Count);
        Assert.All(hall, c => Assert.Equal(8, c.Count));
        // The same four visitors on both nodes each day: one salt, so four unique visitors a day, not eight.
        Assert.Equal(days * 4, (await _world.SightingsAsync()).Count(s => s.BoothId == 0));
    }

    [Fact]
    public async Task Visits_at_23_59_and_at_00_00_WIB_fall_on_two_days()
    {
        var lastMinute = new DateTimeOffset(2026, 11, 20, 23, 59, 30, Wib.Offset);
        _world.Recorder.Record(VisitEvent.Hall(lastMinute, Visitor, "pameran-uji"));
        _world.Recorder.Record(VisitEvent.Hall(lastMinute.AddSeconds(30), Visitor, "pameran-uji")); // 00:00:00 WIB, 17:00 UTC
        _world.Host.Time.SetUtcNow(lastMinute.AddMinutes(1));
        await _world.Flusher.FlushAsync(Ct);

        var counters = await _world.CountersAsync();
        Assert.Equal([(new DateOnly(2026, 11, 20), 1L), (new DateOnly(2026, 11, 21), 1L)], counters.Select(c => (c.Day, c.Count)).ToArray());
        var stats = await _world.Stats.GetAsync(_world.Staff, _world.Exhibition.Id, Ct);
        Assert.Equal(1, stats.Days.Single(d => d.Day == new DateOnly(2026, 11, 20)).Figures.UniqueHallVisitors);
        Assert.Equal(1, stats.Days.Single(d => d.Day == new DateOnly(2026, 11, 21)).Figures.UniqueHallVisitors);
    }

    [Theory]
    [InlineData("GET", "Mozilla/5.0 (Linux; Android 10) Chrome/120.0 Mobile Safari/537.36", true)]
    [InlineData("HEAD", "Mozilla/5.0 (Linux; Android 10) Chrome/120.0 Mobile Safari/537.36", false)]
    [InlineData("POST", "Mozilla/5.0 (Linux; Android 10) Chrome/120.0 Mobile Safari/537.36", false)]
    [InlineData("GET", "WhatsApp/2.23.20.0 A", false)]
    [InlineData("GET", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", false)]
    [InlineData("GET", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", false)]
    [InlineData("GET", "TelegramBot (like TwitterBot)", false)]
    [InlineData("GET", "Mozilla/5.0 (compatible; SemrushCrawler)", false)]
    [InlineData("GET", "Baiduspider/2.0", false)]
    [InlineData("GET", "Mozilla/5.0 (Windows NT 10.0) Chrome/120 Link Preview", false)]
    [InlineData("GET", "", false)]
    [InlineData("GET", null, false)]
    public void Bots_link_previews_and_HEAD_requests_are_not_visitors(string method, string? userAgent, bool countable) =>
        Assert.Equal(countable, VisitorFilter.IsCountable(method, userAgent));

    [Fact]
    public async Task A_full_queue_drops_visits_at_once_and_counts_them()
    {
        await using var small = await StatsWorld.StartAsync(s => s.Configure<ReportingOptions>(o => o.QueueCapacity = 3));
        var recorder = small.Recorder;

        var clock = Stopwatch.StartNew();
        var taken = Enumerable.Range(0, 1000).Select(_ => recorder.RecordHall(Visitor, "pameran-uji")).ToList();
        clock.Stop();

        Assert.Equal(3, taken.Count(t => t));
        Assert.Equal(997, recorder.Dropped);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"recording into a full queue took {clock.Elapsed}");
        await small.Flusher.FlushAsync(Ct);
        Assert.Equal(3, Assert.Single(await small.CountersAsync()).Count);
        Assert.True(recorder.RecordHall(Visitor, "pameran-uji")); // room again after the flush
    }

    [Fact]
    public async Task Visits_to_places_that_do_not_exist_are_dropped()
    {
        _world.Recorder.RecordHall(Visitor, "tidak-ada");
        _world.Recorder.RecordBooth(Visitor, "pameran-uji", "kelompok-tidak-ada");
        _world.Recorder.RecordBooth(Visitor, "pameran-uji", "kelompok-empat"); // an application, not a booth yet
        _world.Recorder.RecordProductFromBooth(Visitor, 987_654);
        _world.Recorder.RecordWhatsApp(Visitor, _world.Booths[3].Id);

        Assert.Equal(5, await _world.Flusher.FlushAsync(Ct));

        Assert.Empty(await _world.CountersAsync());
        Assert.Empty(await _world.SightingsAsync());
    }
}
