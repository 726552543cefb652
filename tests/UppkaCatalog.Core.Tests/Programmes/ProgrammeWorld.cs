using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
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

    /// <summary>A food group in Muaro Jambi (1505), stage Berkembang.</summary>
    public GroupView Melati { get; private set; } = default!;

    /// <summary>A sewing group in Kota Jambi (1571), stage not recorded.</summary>
    public GroupView Jarum { get; private set; } = default!;

    public Actor MelatiMember => new("member-melati", Melati.Id, IsStaff: false);

    public Actor JarumMember => new("member-jarum", Jarum.Id, IsStaff: false);

    public ProgrammeApplicationService Applications => Host.Services.GetRequiredService<ProgrammeApplicationService>();

    public static async Task<ProgrammeWorld> StartAsync()
    {
        var world = new ProgrammeWorld(await CoreHost.StartAsync(demo: false));
        world.Blkp = await world.Partners.CreateAsync(world.Staff, new PartnerInput { Name = "BLKP Provinsi Jambi", Kind = PartnerKind.TrainingCentre });
        world.Baznas = await world.Partners.CreateAsync(world.Staff, new PartnerInput { Name = "Baznas Provinsi Jambi", Kind = PartnerKind.ZakatAgency });
        var groups = world.Host.Services.GetRequiredService<GroupService>();
        world.Melati = await groups.RegisterAsync(world.Staff, new GroupRegistrationInput
        {
            Name = "UPPKA Melati", RegistrationNumber = "UPPKA/1505/001", RegencyCode = "1505", District = "Sekernan", Village = "Sengeti",
            Sector = "Makanan Olahan", Stage = "Berkembang",
        });
        world.Jarum = await groups.RegisterAsync(world.Staff, new GroupRegistrationInput
        {
            Name = "UPPKA Jarum", RegistrationNumber = "UPPKA/1571/002", RegencyCode = "1571", District = "Telanaipura", Village = "Buluran Kenali",
            Sector = "Jahit dan Busana",
        });
        return world;
    }

    /// <summary>An open programme made by <paramref name="officer"/> from <paramref name="input"/>.</summary>
    public async Task<ProgrammeView> OpenAsync(Actor officer, ProgrammeInput input)
    {
        var p = await Programmes.CreateAsync(officer, input);
        await Programmes.SetStatusAsync(officer, p.Id, ProgrammeStatus.Open);
        return p;
    }

    public static ApplicationInput Application(params string[] attendees) => new()
    {
        Motivation = "Kami ingin produk kami lebih rapi dan laku.", Needs = "Mesin jahit portabel", Attendees = [.. attendees],
    };

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
