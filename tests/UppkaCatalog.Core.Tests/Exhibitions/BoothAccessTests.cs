using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>Who sees and touches which booth, and what the member's list shows.</summary>
public sealed class BoothAccessTests(BoothWorld w) : IClassFixture<BoothWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_without_a_group_are_forbidden_everything()
    {
        var id = await w.ExhibitionAsync();
        var staff = w.World.Staff;

        await Assert.ThrowsAsync<ForbiddenException>(() => w.Booths.ListAsync(staff, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Booths.GetAsync(staff, id, Ct));
        await w.RefusedAsync<ForbiddenException>(async () => await w.Booths.ApplyAsync(staff, id, w.Input(), await w.SeenAsync(id, staff), Ct));
        await w.RefusedAsync<ForbiddenException>(async () => await w.Booths.UpdateAsync(staff, id, w.Input(), await w.ShownAsync(id, staff), Ct));
        await w.RefusedAsync<ForbiddenException>(async () => await w.Booths.WithdrawAsync(staff, id, await w.ShownAsync(id, staff), Ct));
    }

    [Fact]
    public async Task A_member_of_group_B_neither_sees_nor_changes_group_As_booth()
    {
        var id = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(3, "Rahasia kelompok A"), await w.SeenAsync(id, w.MemberA), Ct);

        var seenByB = await w.Booths.GetAsync(w.MemberB, id, Ct);
        Assert.Null(seenByB.Booth);
        Assert.DoesNotContain(seenByB.Choices, c => w.ProductsA.Contains(c.ProductId));
        Assert.All(await w.Booths.ListAsync(w.MemberB, Ct), r => Assert.Null(r.Booth));

        await w.RefusedAsync<NotFoundException>(async () => await w.Booths.UpdateAsync(w.MemberB, id, new BoothInput { Tagline = "x", Products = [new(w.ProductsB[0])] }, await w.ShownAsync(id, w.MemberB), Ct));
        await w.RefusedAsync<NotFoundException>(async () => await w.Booths.WithdrawAsync(w.MemberB, id, await w.ShownAsync(id, w.MemberB), Ct));
        await w.RefusedAsync<NotFoundException>(async () => await w.Booths.RemoveBannerAsync(w.MemberB, id, await w.ShownAsync(id, w.MemberB), Ct));
        // B applying with A's products: not found, as if they did not exist.
        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberB, id, w.Input(1), await w.SeenAsync(id, w.MemberB), Ct));
        Assert.Equal("products[0].productId", Assert.Single(refusal.Errors).Key);
    }

    [Fact]
    public async Task The_list_shows_open_exhibitions_and_the_groups_booths_but_no_drafts_nor_closed_ones_without_a_booth()
    {
        var open = await w.ExhibitionAsync(closes: w.Now.AddDays(3));
        var openLater = await w.ExhibitionAsync(closes: w.Now.AddDays(9));
        var notYet = await w.ExhibitionAsync(opens: w.Now.AddDays(1));
        var draft = await w.ExhibitionAsync(status: ExhibitionStatus.Draft);
        var joined = await w.ExhibitionAsync(closes: w.Now.AddDays(1), ends: w.Now.AddDays(6), starts: w.Now.AddDays(2));
        await w.Booths.ApplyAsync(w.MemberA, joined, w.Input(), await w.SeenAsync(joined, w.MemberA), Ct);
        await w.DecideAsync(joined, w.World.GroupA.Id, BoothStatus.Accepted, number: "D-02");

        var rows = (await w.Booths.ListAsync(w.MemberA, Ct)).Where(r => new[] { open, openLater, notYet, draft, joined }.Contains(r.ExhibitionId)).ToList();
        Assert.Equal([open, openLater, joined], rows.Select(r => r.ExhibitionId).ToArray());
        Assert.True(rows[0].CanApply);
        var mine = rows[2];
        Assert.Equal(("D-02", "Aula A", BoothStatus.Accepted), (mine.Booth!.Number, mine.Booth.HallName, mine.Booth.Status));
        Assert.True(mine.CanEdit);

        w.SetNow(w.Now.AddDays(7)); // all over: the booth is still listed, read-only
        var ended = Assert.Single(await w.Booths.ListAsync(w.MemberA, Ct), r => r.ExhibitionId == joined);
        Assert.Equal(ExhibitionPhase.Past, ended.Phase);
        Assert.False(ended.CanEdit);
        Assert.False(ended.CanApply);
    }

    [Fact]
    public async Task A_rejection_reason_is_shown_to_the_group()
    {
        var id = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), await w.SeenAsync(id, w.MemberA), Ct);
        await w.DecideAsync(id, w.World.GroupA.Id, BoothStatus.Rejected, reason: "Kuota aula penuh");

        var row = Assert.Single(await w.Booths.ListAsync(w.MemberA, Ct), r => r.ExhibitionId == id);
        var view = await w.Booths.GetAsync(w.MemberA, id, Ct);

        Assert.Equal((BoothStatus.Rejected, "Kuota aula penuh"), (row.Booth!.Status, row.Booth.DecisionReason));
        Assert.True(view.CanApply);
        Assert.False(view.CanEdit);
    }
}
