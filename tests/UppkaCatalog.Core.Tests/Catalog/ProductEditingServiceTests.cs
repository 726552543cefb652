using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>A member's own listings: drafts, submitting, editing published products, archiving, slugs, conflicts.</summary>
public sealed class ProductEditingServiceTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Draft_saves_with_only_a_name()
    {
        var draft = await w.Editing.CreateDraftAsync(w.MemberA, new ProductInput { Name = "  Dodol Nanas  " }, Ct);

        Assert.Equal(ProductStatus.Draft, draft.Status);
        Assert.Equal("Dodol Nanas", draft.Input.Name);
        Assert.Equal("dodol-nanas", draft.Slug);
        Assert.Null(draft.Input.CategorySlug);
        Assert.Null(draft.Input.Price);
        var stored = await w.LoadAsync(draft.Id);
        Assert.Equal(w.GroupA.Id, stored.GroupId);
        Assert.Contains(await w.AuditAsync(draft.Id), a => a is { Action: "product.create", ActorId: "member-a" });
    }

    [Fact]
    public async Task Draft_without_a_name_is_refused_with_the_name_key()
    {
        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Editing.CreateDraftAsync(w.MemberA, new ProductInput { Name = "   ", Price = 5_000 }, Ct));

        Assert.Equal(["name"], e.Errors.Keys);
    }

    [Fact]
    public async Task Draft_with_an_unknown_category_is_refused()
    {
        var input = new ProductInput { Name = "Kategori Asing", CategorySlug = "senjata" };

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Editing.CreateDraftAsync(w.MemberA, input, Ct));

        Assert.Equal(["categorySlug"], e.Errors.Keys);
    }

    [Fact]
    public async Task Submitting_a_name_only_draft_names_every_missing_field_and_changes_nothing()
    {
        var draft = await w.Editing.CreateDraftAsync(w.MemberA, new ProductInput { Name = "Rempeyek Kacang" }, Ct);

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Editing.SubmitAsync(w.MemberA, draft.Id, Ct));

        Assert.Equal(["categorySlug", "description", "photos", "price", "unit"], e.Errors.Keys.Order());
        Assert.All(e.Errors.Values, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        Assert.Contains("foto", e.Errors["photos"]);
        Assert.Equal(ProductStatus.Draft, (await w.LoadAsync(draft.Id)).Status);
    }

    [Fact]
    public async Task Submitting_a_complete_draft_without_a_photo_asks_for_a_photo_only()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Kerupuk Ikan Tanpa Foto");

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Editing.SubmitAsync(w.MemberA, draft.Id, Ct));

        Assert.Equal(["photos"], e.Errors.Keys);
    }

    [Fact]
    public async Task Description_shorter_than_the_minimum_blocks_submitting()
    {
        var input = MemberWorld.CompleteInput("Kue Bangkit Pendek");
        input.Description = "Enak sekali.";
        var draft = await w.Editing.CreateDraftAsync(w.MemberA, input, Ct);
        await w.AddPhotoAsync(w.MemberA, draft.Id);

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Editing.SubmitAsync(w.MemberA, draft.Id, Ct));

        Assert.Equal(["description"], e.Errors.Keys);
    }

    [Fact]
    public async Task Complete_draft_with_a_photo_is_submitted_for_review_and_audited()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Lempok Durian");
        await w.AddPhotoAsync(w.MemberA, draft.Id);

        var submitted = await w.Editing.SubmitAsync(w.MemberA, draft.Id, Ct);

        Assert.Equal(ProductStatus.PendingReview, submitted.Status);
        Assert.Equal(ProductStatus.PendingReview, (await w.LoadAsync(draft.Id)).Status);
        Assert.Contains(await w.AuditAsync(draft.Id), a => a.Action == "product.submit" && a.Subject == $"Product:{draft.Id}");
        Assert.Null(await w.Catalog.GetPublishedAsync(submitted.Slug, Ct));
    }

    [Fact]
    public async Task A_product_already_waiting_cannot_be_submitted_again()
    {
        var id = await w.PendingProductAsync(w.MemberA, "Bolu Kemojo Menunggu");

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Editing.SubmitAsync(w.MemberA, id, Ct));

        Assert.Equal(["status"], e.Errors.Keys);
    }

    [Fact]
    public async Task Second_product_with_the_same_name_gets_a_numbered_slug()
    {
        var first = await w.Editing.CreateDraftAsync(w.MemberA, new ProductInput { Name = "Keripik Pisang" }, Ct);
        var second = await w.Editing.CreateDraftAsync(w.MemberB, new ProductInput { Name = "Keripik Pisang" }, Ct);
        var third = await w.Editing.CreateDraftAsync(w.MemberA, new ProductInput { Name = "keripik  pisang!" }, Ct);

        Assert.Equal("keripik-pisang", first.Slug);
        Assert.Equal("keripik-pisang-2", second.Slug);
        Assert.Equal("keripik-pisang-3", third.Slug);
    }

    [Fact]
    public async Task A_drafts_slug_follows_its_name_until_first_published_then_stays()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Sambal Lado");
        var renamed = await w.Editing.UpdateAsync(w.MemberA, draft.Id, MemberWorld.CompleteInput("Sambal Lado Mudo"), draft.Version, Ct);
        Assert.Equal("sambal-lado-mudo", renamed.Slug);

        await w.AddPhotoAsync(w.MemberA, draft.Id);
        await w.Editing.SubmitAsync(w.MemberA, draft.Id, Ct);
        await w.Moderation.ApproveAsync(w.Staff, draft.Id, Ct);
        var published = await w.Editing.GetForEditAsync(w.MemberA, draft.Id, Ct);
        var renamedAgain = await w.Editing.UpdateAsync(w.MemberA, draft.Id, MemberWorld.CompleteInput("Sambal Lado Mudo Pedas"), published.Version, Ct);

        // Links to /produk/sambal-lado-mudo have been shared since it was published: the address stays.
        Assert.Equal("sambal-lado-mudo", renamedAgain.Slug);
        Assert.Equal("Sambal Lado Mudo Pedas", renamedAgain.Input.Name);
    }

    [Fact]
    public async Task Renaming_a_draft_to_a_taken_name_numbers_its_slug()
    {
        await w.Editing.CreateDraftAsync(w.MemberB, new ProductInput { Name = "Tempoyak" }, Ct);
        var draft = await w.Editing.CreateDraftAsync(w.MemberA, new ProductInput { Name = "Tempoyak Lama" }, Ct);

        var renamed = await w.Editing.UpdateAsync(w.MemberA, draft.Id, new ProductInput { Name = "Tempoyak" }, draft.Version, Ct);

        Assert.Equal("tempoyak-2", renamed.Slug);
    }

    [Fact]
    public async Task Changing_a_published_products_name_sends_it_back_to_review_and_out_of_the_catalogue()
    {
        var id = await w.PublishedProductAsync(w.MemberA, "Kopi Liberika Tungkal");
        var loaded = await w.Editing.GetForEditAsync(w.MemberA, id, Ct);
        Assert.NotNull(await w.Catalog.GetPublishedAsync(loaded.Slug, Ct));

        var edited = await w.Editing.UpdateAsync(w.MemberA, id, MemberWorld.CompleteInput("Kopi Liberika Tungkal Premium"), loaded.Version, Ct);

        Assert.Equal(ProductStatus.PendingReview, edited.Status);
        Assert.Null(await w.Catalog.GetPublishedAsync(loaded.Slug, Ct));
        Assert.Contains(await w.AuditAsync(id), a => a.Action == "product.back-to-review");
    }

    [Fact]
    public async Task Changing_a_published_products_price_sends_it_back_to_review()
    {
        var id = await w.PublishedProductAsync(w.MemberA, "Madu Hutan Sialang");
        var loaded = await w.Editing.GetForEditAsync(w.MemberA, id, Ct);

        var edited = await w.Editing.UpdateAsync(w.MemberA, id, MemberWorld.CompleteInput("Madu Hutan Sialang", price: 27_500), loaded.Version, Ct);

        Assert.Equal(ProductStatus.PendingReview, edited.Status);
        Assert.Null(await w.Catalog.GetPublishedAsync(loaded.Slug, Ct));
    }

    [Fact]
    public async Task Changing_only_the_description_keeps_a_product_published()
    {
        var id = await w.PublishedProductAsync(w.MemberA, "Gula Aren Cetak");
        var loaded = await w.Editing.GetForEditAsync(w.MemberA, id, Ct);
        var input = MemberWorld.CompleteInput("Gula Aren Cetak");
        input.Description = "Gula aren murni dari nira pohon aren, dicetak dalam batok kelapa.";

        var edited = await w.Editing.UpdateAsync(w.MemberA, id, input, loaded.Version, Ct);

        Assert.Equal(ProductStatus.Published, edited.Status);
        var detail = await w.Catalog.GetPublishedAsync(loaded.Slug, Ct);
        Assert.NotNull(detail);
        Assert.Equal(input.Description, detail.Description);
        Assert.DoesNotContain(await w.AuditAsync(id), a => a.Action == "product.back-to-review");
    }

    [Fact]
    public async Task A_published_product_cannot_be_emptied_of_what_review_required()
    {
        var id = await w.PublishedProductAsync(w.MemberA, "Kemplang Panggang");
        var loaded = await w.Editing.GetForEditAsync(w.MemberA, id, Ct);
        var input = MemberWorld.CompleteInput("Kemplang Panggang");
        input.Description = "";
        input.CategorySlug = null;
        input.Unit = " ";

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Editing.UpdateAsync(w.MemberA, id, input, loaded.Version, Ct));

        Assert.Equal(["categorySlug", "description", "unit"], e.Errors.Keys.Order());
        var detail = await w.Catalog.GetPublishedAsync(loaded.Slug, Ct);
        Assert.NotNull(detail);
        Assert.Equal(MemberWorld.CompleteInput("x").Description, detail.Description);
    }

    [Fact]
    public async Task Archiving_hides_a_product_and_restoring_brings_it_back_as_a_draft()
    {
        var id = await w.PublishedProductAsync(w.MemberA, "Pempek Kapal Selam");
        var slug = (await w.LoadAsync(id)).Slug;

        await w.Editing.ArchiveAsync(w.MemberA, id, Ct);

        Assert.Equal(ProductStatus.Archived, (await w.LoadAsync(id)).Status);
        Assert.Null(await w.Catalog.GetPublishedAsync(slug, Ct));
        Assert.DoesNotContain((await w.Catalog.ListPublishedAsync(1, CatalogService.MaxPageSize, Ct)).Items, c => c.Id == id);
        var version = (await w.LoadAsync(id)).Version;
        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Editing.UpdateAsync(w.MemberA, id, MemberWorld.CompleteInput("Pempek Kapal Selam"), version, Ct));
        Assert.Equal(["status"], e.Errors.Keys);

        await w.Editing.RestoreAsync(w.MemberA, id, Ct);

        Assert.Equal(ProductStatus.Draft, (await w.LoadAsync(id)).Status);
        Assert.Null(await w.Catalog.GetPublishedAsync(slug, Ct));
        var audit = await w.AuditAsync(id);
        Assert.Contains(audit, a => a.Action == "product.archive");
        Assert.Contains(audit, a => a.Action == "product.restore");
    }

    [Fact]
    public async Task Restoring_a_product_that_is_not_archived_changes_nothing()
    {
        var id = await w.PublishedProductAsync(w.MemberA, "Kue Srikaya Terbit");

        await w.Editing.RestoreAsync(w.MemberA, id, Ct);

        Assert.Equal(ProductStatus.Published, (await w.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Text_is_trimmed_and_blanks_are_stored_as_null()
    {
        var input = MemberWorld.CompleteInput("  Sirup Kayu Manis  ");
        input.PirtNumber = "   ";
        input.HalalNumber = "  ID1511000123  ";
        input.MarketplaceLinks = [new MarketplaceLink(" Shopee ", " https://shopee.co.id/sirup "), new MarketplaceLink("", " ")];

        var draft = await w.Editing.CreateDraftAsync(w.MemberA, input, Ct);

        var stored = await w.LoadAsync(draft.Id);
        Assert.Equal("Sirup Kayu Manis", stored.Name);
        Assert.Null(stored.PirtNumber);
        Assert.Equal("ID1511000123", stored.HalalNumber);
        Assert.Equal([new MarketplaceLink("Shopee", "https://shopee.co.id/sirup")], stored.MarketplaceLinks);
    }

    [Fact]
    public async Task The_second_of_two_editors_on_the_same_version_gets_a_conflict_and_the_first_save_stands()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Bika Ambon Jambi");
        var editor1 = await w.Editing.GetForEditAsync(w.MemberA, draft.Id, Ct);
        var editor2 = await w.Editing.GetForEditAsync(w.MemberA, draft.Id, Ct);
        var first = MemberWorld.CompleteInput("Bika Ambon Jambi", price: 30_000);
        var second = MemberWorld.CompleteInput("Bika Ambon Jambi", price: 99_000);
        second.Description = "Tulisan editor kedua yang tidak boleh menimpa editor pertama.";

        var saved = await w.Editing.UpdateAsync(w.MemberA, draft.Id, first, editor1.Version, Ct);
        var e = await Assert.ThrowsAsync<ConflictException>(() => w.Editing.UpdateAsync(w.MemberA, draft.Id, second, editor2.Version, Ct));

        Assert.Contains("orang lain", e.Message);
        var stored = await w.LoadAsync(draft.Id);
        Assert.Equal(30_000, stored.Price);
        Assert.Equal(first.Description, stored.Description);
        Assert.Equal(saved.Version, stored.Version);
        Assert.NotEqual(editor1.Version, saved.Version);
    }

    [Fact]
    public async Task Two_saves_racing_on_the_same_version_never_both_succeed()
    {
        for (var round = 0; round < 5; round++)
        {
            var draft = await w.CompleteDraftAsync(w.MemberA, $"Lemang Tapai {round}");
            var a = MemberWorld.CompleteInput(draft.Input.Name!, price: 11_000);
            var b = MemberWorld.CompleteInput(draft.Input.Name!, price: 22_000);

            var results = await Task.WhenAll(
                Attempt(() => w.Editing.UpdateAsync(w.MemberA, draft.Id, a, draft.Version, Ct)),
                Attempt(() => w.Editing.UpdateAsync(w.MemberA, draft.Id, b, draft.Version, Ct)));

            Assert.Single(results, r => r is null);
            Assert.Single(results, r => r is ConflictException);
            var winner = results[0] is null ? a : b;
            Assert.Equal(winner.Price, (await w.LoadAsync(draft.Id)).Price);
        }
    }

    [Fact]
    public async Task ListOwn_shows_every_status_of_the_members_own_group_only()
    {
        var draft = await w.Editing.CreateDraftAsync(w.MemberB, new ProductInput { Name = "Milik B Draf" }, Ct);
        var pending = await w.PendingProductAsync(w.MemberB, "Milik B Menunggu");
        var other = await w.Editing.CreateDraftAsync(w.MemberA, new ProductInput { Name = "Milik A Saja" }, Ct);

        var all = await w.Editing.ListOwnAsync(w.MemberB, ct: Ct);
        var onlyPending = await w.Editing.ListOwnAsync(w.MemberB, ProductStatus.PendingReview, Ct);

        Assert.Contains(all, r => r.Id == draft.Id);
        Assert.Contains(all, r => r.Id == pending && r.PhotoCount == 1 && r.Cover is not null);
        Assert.DoesNotContain(all, r => r.Id == other.Id);
        Assert.All(onlyPending, r => Assert.Equal(ProductStatus.PendingReview, r.Status));
        Assert.Contains(onlyPending, r => r.Id == pending);
    }

    private static async Task<Exception?> Attempt(Func<Task> save)
    {
        try
        {
            await save();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
