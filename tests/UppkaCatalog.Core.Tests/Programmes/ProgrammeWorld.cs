using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Partners;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Programmes;

/// <summary>
/// Two partners registered by staff, an officer of each and a member, over a real SQLite file; the clock is CoreHost's
/// (Friday 20 November 2026, 10:00 WIB).
/// </summary>
public sealed class ProgrammeWorld : IAsyncDisposable
{
    private ProgrammeWorld(CoreHost host) => Host = host;

    public CoreHost Host { get; }

    public Actor Staff { get; } = new("staff-programmes", null, IsStaff: true);

    public Actor Member { get; } = new("member-programmes", 1, IsStaff: false);

    public Actor Nobody { get; } = new("nobody-programmes", null, IsStaff: false);

    public PartnerView Blkp { get; private set; } = default!;

    public PartnerView Baznas { get; private set; } = default!;

    public Actor BlkpOfficer => new("officer-blkp", null, IsStaff: false, PartnerId: Blkp.Id);

    public Actor BaznasOfficer => new("officer-baznas", null, IsStaff: false, PartnerId: Baznas.Id);

    public ProgrammeService Programmes => Host.Services.GetRequiredService<ProgrammeService>();

    public PartnerService Partners => Host.Services.GetRequiredService<PartnerService>();

    public static async Task<ProgrammeWorld> StartAsync()
    {
        var world = new ProgrammeWorld(await CoreHost.StartAsync(demo: false));
        world.Blkp = await world.Partners.CreateAsync(world.Staff, new PartnerInput { Name = "BLKP Provinsi Jambi", Kind = PartnerKind.TrainingCentre });
        world.Baznas = await world.Partners.CreateAsync(world.Staff, new PartnerInput { Name = "Baznas Provinsi Jambi", Kind = PartnerKind.ZakatAgency });
        return world;
    }

    /// <summary>A valid training: applications 18 November – 10 December 2026 (WIB), 16 groups, two sessions.</summary>
    public static ProgrammeInput Training(string title = "Pelatihan Menjahit") => new()
    {
        Title = title, Kind = ProgrammeKind.Training, Description = "Pola, potong, jahit.", Location = "BLKP Provinsi Jambi",
        ApplicationOpensAtWib = new DateTime(2026, 11, 18, 8, 0, 0), ApplicationClosesAtWib = new DateTime(2026, 12, 10, 0, 0, 0),
        Quota = 16, SeatsPerGroup = 2, Regencies = ["1505", "Kota Jambi"],
        Sessions =
        [
            new SessionInput { StartsAtWib = new DateTime(2026, 12, 20, 8, 0, 0), EndsAtWib = new DateTime(2026, 12, 20, 16, 0, 0), Place = "Workshop Garmen" },
            new SessionInput { StartsAtWib = new DateTime(2026, 12, 14, 8, 0, 0), EndsAtWib = new DateTime(2026, 12, 14, 16, 0, 0), Place = "Workshop Garmen" },
        ],
    };

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
