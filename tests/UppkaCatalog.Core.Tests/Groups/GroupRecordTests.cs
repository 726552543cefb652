using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Groups;

/// <summary>The staff group page's read model, and deactivating / reactivating a group (never deleting it).</summary>
public sealed class GroupRecordTests(RegistryWorld w) : IClassFixture<RegistryWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_record_has_the_registry_profile_with_the_leader_members_products_inquiries_booths_and_invitation_status()
    {
        var group = await w.AddGroupAsync("UPPKA Rekam", leaderPhone: "+6281377770001", leaderName: "Ibu Rekam");
        var category = await CategoryAsync();
        var now = w.Now;
        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            db.Attach(group);
            db.Users.Add(new AppUser { UserName = "+6281377770002", PhoneNumber = "+6281377770002", DisplayName = "Ibu Anggota", GroupId = group.Id, CreatedAt = now.AddDays(-3) });
            db.Products.AddRange(
                TestData.Product(group, category, $"rekam-{group.Id}-1", ProductStatus.Published),
                TestData.Product(group, category, $"rekam-{group.Id}-2", ProductStatus.PendingReview),
                TestData.Product(group, category, $"rekam-{group.Id}-3", ProductStatus.PendingReview),
                TestData.Product(group, category, $"rekam-{group.Id}-4", ProductStatus.Rejected));
            db.Inquiries.AddRange(Inquiry(group.Id, now), Inquiry(group.Id, now));
            var exhibition = new Exhibition
            {
                Slug = $"pameran-rekam-{group.Id}", Title = "Pameran Rekam", StartsAt = now.AddDays(5), EndsAt = now.AddDays(12), Status = ExhibitionStatus.Published,
                CreatedAt = now, Halls = [new Hall { Slug = "aula-a", Name = "Aula A" }],
            };
            db.Exhibitions.Add(exhibition);
            await db.SaveChangesAsync(Ct);
            db.Booths.Add(new Booth { ExhibitionId = exhibition.Id, HallId = exhibition.Halls[0].Id, GroupId = group.Id, Number = "A-01", Status = BoothStatus.Accepted, AppliedAt = now });
            db.Invitations.Add(RegistryWorld.Invitation(group, now.AddDays(-2)));
            await db.SaveChangesAsync(Ct);
        }

        var record = await w.Registry.GetAsync(w.Staff, group.Id, Ct);

        Assert.Equal((group.Name, "Ibu Rekam", "+6281377770001"), (record.Profile.Name, record.Profile.LeaderName, record.Profile.LeaderPhone));
        Assert.Equal(group.CreatedAt, record.CreatedAt);
        Assert.Equal([("Ibu Anggota", "+6281377770002")], record.Members.Select(m => (m.DisplayName, m.Phone)));
        Assert.Equal((1, 2, 1, 0), (record.ProductCount(ProductStatus.Published), record.ProductCount(ProductStatus.PendingReview),
            record.ProductCount(ProductStatus.Rejected), record.ProductCount(ProductStatus.Draft)));
        Assert.Equal(4, record.Products.Count);
        Assert.Equal(2, record.Inquiries);
        Assert.Equal([("Pameran Rekam", "A-01", "Aula A", BoothStatus.Accepted)], record.Booths.Select(b => (b.ExhibitionTitle, b.Number, b.HallName, b.Status)));
        Assert.Equal(new InvitationStatus(InvitationState.Invited, now.AddDays(-2), now.AddDays(5), null), record.Invitation);
    }

    [Fact]
    public async Task The_audit_trail_holds_staff_decisions_about_the_group_its_products_and_booths_newest_first_and_not_the_members_own_edits()
    {
        var group = await w.AddGroupAsync("UPPKA Jejak");
        var other = await w.AddGroupAsync("UPPKA Lain");
        var category = await CategoryAsync();
        var now = w.Now;
        int productId, boothId;
        string productName;
        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            db.Attach(group);
            var staffUser = new AppUser { UserName = $"staf-jejak-{group.Id}", DisplayName = "Bu Staf Jejak", CreatedAt = now };
            var member = new AppUser { UserName = $"anggota-jejak-{group.Id}", DisplayName = "Anggota Jejak", GroupId = group.Id, CreatedAt = now };
            db.Users.AddRange(staffUser, member);
            var product = TestData.Product(group, category, $"jejak-{group.Id}", ProductStatus.Published);
            db.Products.Add(product);
            var exhibition = new Exhibition { Slug = $"pameran-jejak-{group.Id}", Title = "Pameran Jejak", StartsAt = now, EndsAt = now.AddDays(3), CreatedAt = now };
            db.Exhibitions.Add(exhibition);
            await db.SaveChangesAsync(Ct);
            var booth = new Booth { ExhibitionId = exhibition.Id, GroupId = group.Id, Status = BoothStatus.Rejected, AppliedAt = now };
            db.Booths.Add(booth);
            await db.SaveChangesAsync(Ct);
            (productId, boothId, productName) = (product.Id, booth.Id, product.Name);
            AuditLog.Record(db, now.AddMinutes(1), staffUser.Id, "group.register", $"Group:{group.Id}");
            AuditLog.Record(db, now.AddMinutes(2), member.Id, "product.update", $"Product:{productId}");
            AuditLog.Record(db, now.AddMinutes(3), staffUser.Id, "product.approve", $"Product:{productId}");
            AuditLog.Record(db, now.AddMinutes(4), staffUser.Id, "booth.reject", $"Booth:{boothId}", "Foto kurang jelas");
            AuditLog.Record(db, now.AddMinutes(5), null, "group.import-update", $"Group:{group.Id}", "name");
            AuditLog.Record(db, now.AddMinutes(6), staffUser.Id, "group.register", $"Group:{other.Id}");
            await db.SaveChangesAsync(Ct);
        }

        var audit = (await w.Registry.GetAsync(w.Staff, group.Id, Ct)).Audit;

        Assert.Equal(
            [
                ("group.import-update", $"Group:{group.Id}", null),
                ("booth.reject", $"Booth:{boothId}", "Bu Staf Jejak"),
                ("product.approve", $"Product:{productId}", "Bu Staf Jejak"),
                ("group.register", $"Group:{group.Id}", "Bu Staf Jejak"),
            ],
            audit.Select(a => (a.Action, a.Subject, a.ActorName)));
        Assert.Equal("Foto kurang jelas", audit[1].Details);
        // Named as staff know them: the booth by its exhibition, the product by its name, the group itself by nothing.
        Assert.Equal([null, "Pameran Jejak", productName, null], audit.Select(a => a.SubjectName));
    }

    [Fact]
    public async Task An_unknown_group_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => w.Registry.GetAsync(w.Staff, 987_654, Ct));
    }

    [Fact]
    public async Task Deactivating_hides_the_group_from_buyers_ends_its_usable_link_audits_and_deletes_nothing()
    {
        var group = await w.AddGroupAsync("UPPKA Nonaktif");
        var category = await CategoryAsync();
        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            db.Attach(group);
            db.Products.Add(TestData.Product(group, category, $"nonaktif-{group.Id}", ProductStatus.Published));
            await db.SaveChangesAsync(Ct);
        }

        var invitation = await w.Get<InvitationService>().InviteGroupAsync(w.Staff, group.Id, Ct);
        Assert.NotNull(await w.Get<StorefrontService>().GetAsync(group.Slug, Ct));

        await w.Registry.SetActiveAsync(w.Staff, group.Id, active: false, "  Kelompok sudah bubar  ", Ct);

        Assert.Null(await w.Get<StorefrontService>().GetAsync(group.Slug, Ct));
        var refused = await Assert.ThrowsAsync<ValidationException>(() => w.Get<InvitationService>().PreviewAsync(invitation.Token, Ct));
        Assert.Contains("tidak berlaku", refused.Errors["token"]);
        var record = await w.Registry.GetAsync(w.Staff, group.Id, Ct);
        Assert.False(record.Profile.IsActive);
        Assert.Equal(w.Now, record.UpdatedAt);
        Assert.Equal(1, record.ProductCount(ProductStatus.Published));
        Assert.Equal(InvitationState.Expired, record.Invitation.State);
        var entry = await AuditAsync(group.Id, "group.deactivate");
        Assert.Equal(("Kelompok sudah bubar", w.Staff.UserId), (entry.Details, entry.ActorId));
    }

    [Fact]
    public async Task Reactivating_shows_the_group_again_and_is_audited_and_repeating_a_state_changes_nothing()
    {
        var group = await w.AddGroupAsync("UPPKA Kembali", active: false);

        await w.Registry.SetActiveAsync(w.Staff, group.Id, active: true, ct: Ct);
        await w.Registry.SetActiveAsync(w.Staff, group.Id, active: true, ct: Ct);

        Assert.NotNull(await w.Get<StorefrontService>().GetAsync(group.Slug, Ct));
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var subject = $"Group:{group.Id}";
        Assert.Equal(["group.reactivate"], await db.AuditEntries.Where(a => a.Subject == subject).Select(a => a.Action).ToListAsync(Ct));
        Assert.Null((await db.AuditEntries.SingleAsync(a => a.Subject == subject, Ct)).Details);
    }

    [Fact]
    public async Task A_reason_of_more_than_500_letters_is_refused_and_the_group_stays_active()
    {
        var group = await w.AddGroupAsync("UPPKA Alasan");

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Registry.SetActiveAsync(w.Staff, group.Id, false, new string('x', 501), Ct));

        Assert.Equal(["reason"], e.Errors.Keys);
        Assert.True((await w.Registry.GetAsync(w.Staff, group.Id, Ct)).Profile.IsActive);
    }

    [Fact]
    public async Task Deactivating_an_unknown_group_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => w.Registry.SetActiveAsync(w.Staff, 987_654, false, ct: Ct));
    }

    [Fact]
    public async Task A_member_may_neither_read_the_record_nor_deactivate_even_their_own_group()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Registry.GetAsync(w.Member, w.Anggrek.Id, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Registry.SetActiveAsync(w.Member, w.Anggrek.Id, false, ct: Ct));

        Assert.True((await w.Registry.GetAsync(w.Staff, w.Anggrek.Id, Ct)).Profile.IsActive);
    }

    private async Task<int> CategoryAsync()
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Categories.Select(c => c.Id).FirstAsync(Ct);
    }

    private async Task<AuditEntry> AuditAsync(int groupId, string action)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        var subject = $"Group:{groupId}";
        return await db.AuditEntries.SingleAsync(a => a.Subject == subject && a.Action == action, Ct);
    }

    private static Inquiry Inquiry(int groupId, DateTimeOffset at) => new()
    {
        GroupId = groupId, BuyerName = "Pembeli", BuyerPhone = "+6281211112222", Message = "Masih ada?", CreatedAt = at,
    };
}
