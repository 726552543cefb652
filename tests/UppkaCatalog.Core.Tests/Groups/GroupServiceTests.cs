using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Groups;

/// <summary>A member keeps their own group's profile; staff register groups.</summary>
public sealed class GroupServiceTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_reads_and_updates_their_own_groups_profile_with_the_WhatsApp_number_stored_as_E164()
    {
        var before = await w.Groups.GetOwnAsync(w.MemberA, Ct);
        Assert.Equal(w.GroupA.Id, before.Id);
        var otherBefore = await w.Groups.GetOwnAsync(w.MemberB, Ct);

        var after = await w.Groups.UpdateOwnAsync(w.MemberA, new GroupProfileInput
        {
            Story = "  Kami ibu-ibu akseptor KB yang membuat keripik sejak 2015.  ",
            Village = " Mendalo Darat ",
            District = "Jambi Luar Kota",
            RegencyCode = "1505",
            PublicWhatsApp = "0812-3456-7890",
        }, Ct);

        Assert.Equal("+6281234567890", after.PublicWhatsApp);
        Assert.Equal("Kami ibu-ibu akseptor KB yang membuat keripik sejak 2015.", after.Story);
        Assert.Equal(("Mendalo Darat", "Jambi Luar Kota", "1505", "Kabupaten Muaro Jambi"), (after.Village, after.District, after.RegencyCode, after.RegencyName));
        Assert.Equal(after, await w.Groups.GetOwnAsync(w.MemberA, Ct));
        Assert.Equal(otherBefore, await w.Groups.GetOwnAsync(w.MemberB, Ct));
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "group.update-profile" && a.Subject == $"Group:{w.GroupA.Id}", Ct));
    }

    [Fact]
    public async Task A_bad_WhatsApp_number_and_an_unknown_regency_are_refused_and_nothing_changes()
    {
        var before = await w.Groups.GetOwnAsync(w.MemberB, Ct);

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Groups.UpdateOwnAsync(w.MemberB, new GroupProfileInput
        {
            Village = "Desa Baru", District = "Kecamatan Baru", RegencyCode = "9999", PublicWhatsApp = "12345",
        }, Ct));

        Assert.Equal(["publicWhatsApp", "regencyCode"], e.Errors.Keys.Order());
        Assert.Equal(before, await w.Groups.GetOwnAsync(w.MemberB, Ct));
    }

    [Fact]
    public async Task Village_and_district_are_required()
    {
        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Groups.UpdateOwnAsync(w.MemberB, new GroupProfileInput
        {
            Village = " ", District = null, RegencyCode = "1571",
        }, Ct));

        Assert.Equal(["district", "village"], e.Errors.Keys.Order());
    }

    [Fact]
    public async Task Staff_have_no_own_group_to_read_or_update()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Groups.GetOwnAsync(w.Staff, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Groups.UpdateOwnAsync(w.Staff, new GroupProfileInput
        {
            Village = "Desa", District = "Kecamatan", RegencyCode = "1571",
        }, Ct));
    }

    [Fact]
    public async Task Members_can_neither_list_nor_register_groups()
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var groups = await db.Groups.CountAsync(Ct);

        await Assert.ThrowsAsync<ForbiddenException>(() => w.Groups.ListAsync(w.MemberA, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Groups.RegisterAsync(w.MemberA, Registration("UPPKA Curang", "UPPKA/CURANG/1"), Ct));

        Assert.Equal(groups, await db.Groups.CountAsync(Ct));
    }

    [Fact]
    public async Task Staff_register_a_group_with_an_E164_WhatsApp_number()
    {
        var input = Registration("UPPKA Melati", "UPPKA/1505/001");
        input.PublicWhatsApp = "0813 9999 0000";

        var group = await w.Groups.RegisterAsync(w.Staff, input, Ct);

        Assert.Equal("uppka-melati-desa-sembubuk", group.Slug);
        Assert.Equal("+6281399990000", group.PublicWhatsApp);
        Assert.Equal(("UPPKA Melati", "UPPKA/1505/001", "1505"), (group.Name, group.RegistrationNumber, group.RegencyCode));
        Assert.True(group.IsActive);
        Assert.Contains(await w.Groups.ListAsync(w.Staff, Ct), g => g.Id == group.Id);
    }

    [Fact]
    public async Task Registration_names_every_missing_field()
    {
        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Groups.RegisterAsync(w.Staff, new GroupRegistrationInput(), Ct));

        Assert.Equal(["district", "name", "regencyCode", "registrationNumber", "sector", "village"], e.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_registration_number_is_registered_once()
    {
        await w.Groups.RegisterAsync(w.Staff, Registration("UPPKA Mawar", "UPPKA/1505/002"), Ct);

        var e = await Assert.ThrowsAsync<ValidationException>(() =>
            w.Groups.RegisterAsync(w.Staff, Registration("UPPKA Mawar Kedua", " UPPKA/1505/002 "), Ct));

        Assert.Equal(["registrationNumber"], e.Errors.Keys);
        Assert.Contains("sudah terdaftar", e.Errors["registrationNumber"]);
    }

    [Fact]
    public async Task Groups_with_the_same_name_and_village_get_unique_slugs()
    {
        var first = await w.Groups.RegisterAsync(w.Staff, Registration("UPPKA Anggrek", "UPPKA/1505/003"), Ct);
        var second = await w.Groups.RegisterAsync(w.Staff, Registration("UPPKA Anggrek", "UPPKA/1505/004"), Ct);

        Assert.Equal("uppka-anggrek-desa-sembubuk", first.Slug);
        Assert.Equal("uppka-anggrek-desa-sembubuk-2", second.Slug);
    }

    [Fact]
    public async Task A_bad_WhatsApp_number_is_refused_at_registration()
    {
        var input = Registration("UPPKA Kenanga", "UPPKA/1505/005");
        input.PublicWhatsApp = "0741 123456"; // a landline: not on WhatsApp as a mobile

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Groups.RegisterAsync(w.Staff, input, Ct));

        Assert.Equal(["publicWhatsApp"], e.Errors.Keys);
    }

    private static GroupRegistrationInput Registration(string name, string number) => new()
    {
        Name = name,
        RegistrationNumber = number,
        RegencyCode = "1505",
        District = "Jambi Luar Kota",
        Village = "Desa Sembubuk",
        Sector = "Makanan olahan",
        MemberCount = 12,
    };
}
