using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog.Permits;

/// <summary>
/// Halal certificates issued under UU 6/2023 give no last day (valid while ingredients and process stay the same): staff
/// verify them with "no expiry date", and they stay verified.
/// </summary>
public sealed class PermitWithoutExpiryTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_halal_certificate_without_a_last_day_stays_verified_years_on_and_is_never_on_a_warning_list()
    {
        var (group, member) = await w.GroupInAsync("halal-tanpa-batas", "1508");
        var p = await w.ProductAsync(group.Id, "halal-tanpa-batas-produk", halal: "ID15110000888", name: "Dodol Tanpa Batas");
        await w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Halal, new("SIHALAL: terbit 2024, tanpa masa berlaku", NoExpiry: true), Ct);
        // Beside it, an older certificate with a last day: that one does expire.
        var dated = await w.ProductAsync(group.Id, "halal-bertanggal-produk", halal: "ID15110000889", name: "Dodol Bertanggal");
        await w.Permits().VerifyAsync(w.Staff, dated.Id, PermitKind.Halal, new("Sertifikat MUI 2022", w.Today().AddDays(30)), Ct);
        // Ten years on (the clock of this class's own world only moves forward, so nothing else here shares it).
        w.Host.Time.SetUtcNow(w.Host.Time.GetUtcNow().AddYears(10));
        var state = (await w.Permits().ForProductAsync(member, p.Id, Ct)).Of(PermitKind.Halal);
        Assert.Equal((PermitStatus.Verified, (DateOnly?)null, false), (state.State, state.ExpiresOn, state.ExpiresSoon));
        Assert.Equal([PermitKind.Halal], await w.CardPermitsAsync(p.Id));
        Assert.Empty(await w.CardPermitsAsync(dated.Id));
        Assert.Equal([p.Slug], (await w.Catalog.SearchAsync(new CatalogQuery { Regency = "1508", VerifiedOnly = true }, Ct)).Results.Items.Select(c => c.Slug));
        Assert.Equal([p.Slug], (await w.Catalog.SearchAsync(new CatalogQuery { Text = "tanpa batas", VerifiedOnly = true }, Ct)).Results.Items.Select(c => c.Slug));
        var shown = Assert.Single((await w.Catalog.GetPublishedAsync(p.Slug, Ct))!.Permits);
        Assert.Equal((true, (DateOnly?)null), (shown.Verified, shown.ExpiresOn));
        // The dated one stays on the group's list as expired until renewed; the undated one is never there.
        Assert.Equal([dated.Id], (await w.Permits().ExpiringForMyGroupAsync(member, Ct)).Select(x => x.ProductId));
        Assert.DoesNotContain(await w.Permits().ExpiringAsync(w.Staff, Ct), x => x.ProductId == p.Id);
    }
}
