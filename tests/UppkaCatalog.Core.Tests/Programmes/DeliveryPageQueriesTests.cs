using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Programmes;

/// <summary>
/// What the partner's application page reads: one application (<see cref="ProgrammeApplicationService.ManagedAsync"/>),
/// the sessions an attendance may name (<see cref="DeliveryService.SessionsAsync"/>) and a delivery's thumbnail, for the
/// programme's partner and staff only.
/// </summary>
public sealed class DeliveryPageQueriesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(ProgrammeWorld World, ApplicationView Application)> AppliedAsync()
    {
        var w = await ProgrammeWorld.StartAsync();
        var p = await w.OpenAsync(w.BlkpOfficer, ProgrammeWorld.Training());
        var a = await w.Applications.ApplyAsync(w.MelatiMember, p.Slug, ProgrammeWorld.Application("Siti Aminah", "Rina"), Ct);
        return (w, a);
    }

    private static DeliveryService Deliveries(ProgrammeWorld w) => w.Host.Services.GetRequiredService<DeliveryService>();

    [Fact]
    public async Task The_partner_and_staff_read_one_application_and_its_programmes_sessions_in_order()
    {
        var (w, a) = await AppliedAsync();
        await using var _ = w;

        var own = await w.Applications.ManagedAsync(w.BlkpOfficer, a.Id, Ct);
        var staff = await w.Applications.ManagedAsync(w.Staff, a.Id, Ct);
        var sessions = await Deliveries(w).SessionsAsync(w.BlkpOfficer, a.Id, Ct);

        Assert.Equal(("UPPKA Melati", ApplicationStatus.Applied), (own.GroupName, own.Status));
        Assert.Equal(["Siti Aminah", "Rina"], own.Attendees);
        Assert.Equal(own, staff with { Attendees = own.Attendees });
        // Entered 20 then 14 December: listed by start, each with the id an attendance record names.
        Assert.Equal([new DateTimeOffset(2026, 12, 14, 8, 0, 0, Wib.Offset), new DateTimeOffset(2026, 12, 20, 8, 0, 0, Wib.Offset)], sessions.Select(s => s.StartsAt));
        Assert.All(sessions, s => Assert.True(s.Id > 0));
    }

    [Fact]
    public async Task Another_partner_a_member_or_an_unknown_id_get_nothing()
    {
        var (w, a) = await AppliedAsync();
        await using var _ = w;

        await Assert.ThrowsAsync<NotFoundException>(() => w.Applications.ManagedAsync(w.BaznasOfficer, a.Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Deliveries(w).SessionsAsync(w.BaznasOfficer, a.Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Applications.ManagedAsync(w.Staff, a.Id + 1000, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Applications.ManagedAsync(w.MelatiMember, a.Id, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Deliveries(w).SessionsAsync(w.MelatiMember, a.Id, Ct));
    }

    [Fact]
    public async Task A_hand_over_photo_has_a_small_thumbnail_beside_the_largest_rendition()
    {
        var (w, a) = await AppliedAsync();
        await using var _ = w;
        await w.Applications.DecideAsync(w.BlkpOfficer, a.Id, ApplicationStatus.Accepted, null, Ct);
        using var photo = new MemoryStream(TestImages.Jpeg(1200, 900, grain: true));

        var recorded = await Deliveries(w).RecordAsync(w.BlkpOfficer, a.Id, new DeliveryInput
        {
            Kind = DeliveryKind.Equipment, Date = Wib.DayOf(w.Host.Time.GetUtcNow()), Item = "Mesin jahit", Quantity = 1, Rupiah = 2_500_000,
        }, photo, Ct);

        Assert.NotNull(recorded.Photo);
        Assert.NotNull(recorded.Thumbnail);
        Assert.Equal("jpg", recorded.Thumbnail.Format);
        Assert.True(recorded.Thumbnail.Width < recorded.Photo.Width, $"thumbnail {recorded.Thumbnail.Width} px, photo {recorded.Photo.Width} px");
        Assert.Equal(recorded.Thumbnail, (await Deliveries(w).ForApplicationAsync(w.Staff, a.Id, Ct)).Single().Thumbnail);
    }
}
