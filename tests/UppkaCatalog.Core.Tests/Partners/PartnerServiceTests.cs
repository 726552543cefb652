using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Partners;
using UppkaCatalog.Core.Tests.Programmes;

namespace UppkaCatalog.Core.Tests.Partners;

/// <summary>Partner organisations: registered by staff only, with a checked contact.</summary>
public sealed class PartnerServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_register_a_partner_with_its_regencies_and_contact()
    {
        await using var w = await ProgrammeWorld.StartAsync();

        var p = await w.Partners.CreateAsync(w.Staff, new PartnerInput
        {
            Name = "  Disnakertrans Provinsi Jambi ", Kind = PartnerKind.GovernmentOffice, Regencies = ["Kota Jambi", "1505"],
            ContactName = "Bidang Penempatan", ContactPhone = "0741-555102", ContactEmail = "penempatan@disnakertrans.contoh",
        }, Ct);

        Assert.Equal(("Disnakertrans Provinsi Jambi", "disnakertrans-provinsi-jambi", "+62741555102"), (p.Name, p.Slug, p.ContactPhone));
        Assert.Equal(["1505", "1571"], p.Regencies.Select(r => r.Code));
        Assert.Equal(3, (await w.Partners.ListAsync(w.Staff, Ct)).Count);
    }

    [Fact]
    public async Task A_bad_partner_is_refused_field_by_field_and_only_staff_may_register_one()
    {
        await using var w = await ProgrammeWorld.StartAsync();

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Partners.CreateAsync(w.Staff, new PartnerInput
        {
            Name = "BLKP Provinsi Jambi", Regencies = ["Atlantis"], ContactPhone = "12", ContactEmail = "bukan email",
        }, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Partners.CreateAsync(w.BlkpOfficer, new PartnerInput { Name = "Bank Jambi" }, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Partners.CreateAsync(w.Member, new PartnerInput { Name = "Bank Jambi" }, Ct));

        Assert.Equal(["contactEmail", "contactPhone", "name", "regencies"], e.Errors.Keys.Order());
        Assert.Equal("Sudah ada mitra bernama \"BLKP Provinsi Jambi\".", e.Errors["name"]);
        Assert.Equal(2, (await w.Partners.ListAsync(w.Staff, Ct)).Count);
    }
}
