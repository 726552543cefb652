using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>
/// A group's member and staff acting on one booth at once, through the real services over one SQLite file:
/// whoever acts on what their page showed after the other changed it gets a conflict, never an overwrite.
/// </summary>
public sealed class BoothConcurrencyTests(BoothWorld w) : IClassFixture<BoothWorld>
{
    private const string Changed = "Stan ini baru saja diubah oleh orang lain";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ExhibitionCurationService Curation => w.World.Get<ExhibitionCurationService>();

    [Fact]
    public async Task A_withdraw_from_a_page_that_showed_the_application_after_staff_accepted_it_is_a_conflict_and_the_booth_stays_accepted()
    {
        var id = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), null, Ct);
        var memberPage = await w.Booths.GetAsync(w.MemberA, id, Ct);
        var staffPage = await Curation.GetAsync(w.World.Staff, id, Ct);
        var application = Assert.Single(staffPage.Applications);

        await Curation.AcceptAsync(w.World.Staff, application.Id, staffPage.Halls[0].Id, "A-01", application.Version, Ct);
        var refusal = await w.RefusedAsync<ConflictException>(() => w.Booths.WithdrawAsync(w.MemberA, id, memberPage.Booth!.Version, Ct));

        Assert.StartsWith(Changed, refusal.Message, StringComparison.Ordinal);
        var booth = await w.BoothAsync(id, w.World.GroupA.Id);
        Assert.Equal((BoothStatus.Accepted, "A-01"), (booth.Status, booth.Number));
        // From a page loaded after the decision the member may still withdraw (before the exhibition opens).
        var fresh = await w.Booths.GetAsync(w.MemberA, id, Ct);
        Assert.Equal(BoothStatus.Withdrawn, (await w.Booths.WithdrawAsync(w.MemberA, id, fresh.Booth!.Version, Ct)).Booth!.Status);
    }

    [Fact]
    public async Task Staff_accepting_from_a_page_that_showed_the_application_after_the_group_withdrew_it_is_refused_and_says_so()
    {
        var id = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), null, Ct);
        var staffPage = await Curation.GetAsync(w.World.Staff, id, Ct);
        var application = Assert.Single(staffPage.Applications);
        await w.Booths.WithdrawAsync(w.MemberA, id, (await w.Booths.GetAsync(w.MemberA, id, Ct)).Booth!.Version, Ct);

        var refusal = await w.RefusedAsync<ConflictException>(() =>
            Curation.AcceptAsync(w.World.Staff, application.Id, staffPage.Halls[0].Id, "A-02", application.Version, Ct));

        Assert.Contains("menarik pendaftarannya", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(BoothStatus.Withdrawn, (await w.BoothAsync(id, w.World.GroupA.Id)).Status);
    }

    [Fact]
    public async Task A_tagline_edit_from_a_page_loaded_before_staff_accepted_is_a_conflict_and_keeps_the_booth_as_saved()
    {
        var id = await w.ExhibitionAsync();
        var applied = await w.Booths.ApplyAsync(w.MemberA, id, w.Input(2, "Slogan lama"), null, Ct);
        var page = await Curation.GetAsync(w.World.Staff, id, Ct);
        var application = Assert.Single(page.Applications);
        await Curation.AcceptAsync(w.World.Staff, application.Id, page.Halls[0].Id, "T-1", application.Version, Ct);

        var refusal = await w.RefusedAsync<ConflictException>(() =>
            w.Booths.UpdateAsync(w.MemberA, id, w.Input(3, "Slogan baru"), applied.Booth!.Version, Ct));

        Assert.StartsWith(Changed, refusal.Message, StringComparison.Ordinal);
        var booth = await w.BoothAsync(id, w.World.GroupA.Id);
        Assert.Equal(("Slogan lama", BoothStatus.Accepted, "T-1"), (booth.Tagline, booth.Status, booth.Number));
    }

    [Fact]
    public async Task A_second_member_applying_from_a_page_that_showed_no_booth_gets_a_conflict_not_a_second_application()
    {
        var id = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(2, "Pertama"), null, Ct);

        var refusal = await w.RefusedAsync<ConflictException>(() => w.Booths.ApplyAsync(w.MemberA, id, w.Input(3, "Kedua"), null, Ct));

        Assert.Contains("baru saja mengajukan", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("Pertama", (await w.BoothAsync(id, w.World.GroupA.Id)).Tagline);
    }

    /// <summary>
    /// Both calls start from the same page state and run at once, many times: however they interleave (one after
    /// the other, or both reading before either writes), exactly one lands and the other is a conflict. Without the
    /// token in the UPDATE, the interleaved case would let both "succeed", the withdraw silently undoing the accept.
    /// </summary>
    [Fact]
    public async Task A_withdraw_racing_a_staff_accept_lands_exactly_one_of_them_every_time()
    {
        for (var round = 0; round < 12; round++)
        {
            var id = await w.ExhibitionAsync();
            await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), null, Ct);
            var version = (await w.Booths.GetAsync(w.MemberA, id, Ct)).Booth!.Version;
            var staffPage = await Curation.GetAsync(w.World.Staff, id, Ct);
            var boothId = staffPage.Applications.Single().Id;

            var withdraw = Task.Run(() => w.Booths.WithdrawAsync(w.MemberA, id, version, Ct), Ct);
            var accept = Task.Run(() => Curation.AcceptAsync(w.World.Staff, boothId, staffPage.Halls[0].Id, "R-1", version, Ct), Ct);
            var outcomes = await Task.WhenAll(Outcome(withdraw), Outcome(accept));

            Assert.Equal(1, outcomes.Count(o => o is null));
            Assert.IsType<ConflictException>(Assert.Single(outcomes, o => o is not null));
            var booth = await w.BoothAsync(id, w.World.GroupA.Id);
            var actions = await w.AuditActionsAsync(boothId);
            if (outcomes[0] is null)
            {
                Assert.Equal((BoothStatus.Withdrawn, null, null), (booth.Status, booth.HallId, booth.Number));
                Assert.DoesNotContain("booth.accept", actions);
            }
            else
            {
                Assert.Equal((BoothStatus.Accepted, "R-1"), (booth.Status, booth.Number));
                Assert.DoesNotContain("booth.withdraw", actions);
            }
        }
    }

    [Fact]
    public async Task Two_staff_deciding_one_application_at_once_land_exactly_one_decision()
    {
        for (var round = 0; round < 8; round++)
        {
            var id = await w.ExhibitionAsync();
            await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), null, Ct);
            var page = await Curation.GetAsync(w.World.Staff, id, Ct);
            var a = page.Applications.Single();
            var other = new Actor("staff-2", null, IsStaff: true);

            var accept = Task.Run(() => Curation.AcceptAsync(w.World.Staff, a.Id, page.Halls[0].Id, "S-1", a.Version, Ct), Ct);
            var reject = Task.Run(() => Curation.RejectAsync(other, a.Id, "Kuota penuh.", a.Version, Ct), Ct);
            var outcomes = await Task.WhenAll(Outcome(accept), Outcome(reject));

            Assert.Equal(1, outcomes.Count(o => o is null));
            Assert.IsType<ConflictException>(Assert.Single(outcomes, o => o is not null));
            var booth = await w.BoothAsync(id, w.World.GroupA.Id);
            Assert.Equal(outcomes[0] is null ? BoothStatus.Accepted : BoothStatus.Rejected, booth.Status);
        }
    }

    [Fact]
    public async Task A_banner_removal_from_a_stale_page_is_a_conflict_and_keeps_the_banner()
    {
        var id = await w.ExhibitionAsync();
        var applied = await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), null, Ct);
        using (var image = new MemoryStream(TestImages.Jpeg(1200, 400)))
        {
            await w.Booths.ReplaceBannerAsync(w.MemberA, id, image, applied.Booth!.Version, Ct);
        }

        var refusal = await w.RefusedAsync<ConflictException>(() => w.Booths.RemoveBannerAsync(w.MemberA, id, applied.Booth!.Version, Ct));

        Assert.StartsWith(Changed, refusal.Message, StringComparison.Ordinal);
        Assert.NotNull((await w.BoothAsync(id, w.World.GroupA.Id)).BannerKey);
    }

    [Fact]
    public async Task Every_change_gives_the_booth_a_new_version()
    {
        var id = await w.ExhibitionAsync();
        var seen = new List<Guid>();
        var applied = await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), null, Ct);
        seen.Add(applied.Booth!.Version);
        seen.Add((await w.Booths.UpdateAsync(w.MemberA, id, w.Input(3), seen[^1], Ct)).Booth!.Version);
        var a = Assert.Single((await Curation.GetAsync(w.World.Staff, id, Ct)).Applications);
        Assert.Equal(seen[^1], a.Version);
        await Curation.AcceptAsync(w.World.Staff, a.Id, (await Curation.GetAsync(w.World.Staff, id, Ct)).Halls[0].Id, "V-1", a.Version, Ct);
        seen.Add((await w.BoothAsync(id, w.World.GroupA.Id)).Version);
        seen.Add((await w.Booths.WithdrawAsync(w.MemberA, id, seen[^1], Ct)).Booth!.Version);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.DoesNotContain(Guid.Empty, seen);
    }

    private static async Task<Exception?> Outcome(Task call)
    {
        try
        {
            await call;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
