using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Media;

/// <summary>A member's packaging photos, through the real pipeline onto the real disk.</summary>
public sealed class ProductPhotoServiceTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Phone_photo_is_stored_upright_in_six_renditions_on_disk_with_no_metadata_left()
    {
        var input = UploadFiles.PhoneJpegWithAllMetadata();
        // Guard: the upload really carries what must be stripped (else "stripped" would pass trivially).
        var inputInfo = Image.Identify(input);
        Assert.Equal((4000, 3000), (inputInfo.Width, inputInfo.Height));
        Assert.NotNull(inputInfo.Metadata.ExifProfile?.GetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.GPSLatitude));
        Assert.NotNull(inputInfo.Metadata.IccProfile);
        Assert.NotNull(inputInfo.Metadata.XmpProfile);
        Assert.Contains("APP2", ContainerParts.JpegMarkers(input));
        var draft = await w.CompleteDraftAsync(w.MemberA, "Keripik Talas Foto Ponsel");

        var photo = await w.AddPhotoAsync(w.MemberA, draft.Id, input, alt: "  Kemasan keripik talas tampak depan  ");

        var row = Assert.Single((await w.LoadAsync(draft.Id)).Photos);
        Assert.Equal(photo.Id, row.Id);
        Assert.True(row.Width < row.Height, $"{row.Width}×{row.Height} is not upright");
        Assert.Equal((1600, 2133), (row.Width, row.Height));
        Assert.Equal("Kemasan keripik talas tampak depan", row.AltText);
        Assert.Matches("^#[0-9a-f]{6}$", row.PlaceholderColor);
        Assert.Equal(
            [(320, "jpg"), (320, "webp"), (480, "jpg"), (480, "webp"), (800, "jpg"), (800, "webp"), (1600, "jpg"), (1600, "webp")],
            row.Variants.Select(v => (v.Width, v.Format)).OrderBy(v => v.Width).ThenBy(v => v.Format).ToArray());
        foreach (var v in row.Variants)
        {
            var path = Path.Combine(w.Host.MediaPath, v.Key);
            Assert.True(File.Exists(path), $"{v.Key} is not on disk");
            Assert.StartsWith(row.StorageKey + "/", v.Key);
            var bytes = await File.ReadAllBytesAsync(path, Ct);
            Assert.Equal(v.Bytes, bytes.Length);
            using var image = Image.Load(bytes, out var format);
            Assert.Equal(v.Format == "jpg" ? "JPEG" : "Webp", format.Name, ignoreCase: true);
            Assert.Equal((v.Width, v.Height), (image.Width, image.Height));
            Assert.True(image.Height > image.Width, $"{v.Key} is {image.Width}×{image.Height}");
            Assert.Null(image.Metadata.ExifProfile);
            Assert.Null(image.Metadata.XmpProfile);
            Assert.Null(image.Metadata.IccProfile);
            Assert.Null(image.Metadata.IptcProfile);
            var parts = v.Format == "jpg" ? ContainerParts.JpegMarkers(bytes) : ContainerParts.WebpChunks(bytes);
            Assert.NotEmpty(parts);
            Assert.DoesNotContain(parts, p => p is "APP1" or "APP2" or "APP13" or "EXIF" or "XMP " or "ICCP");
        }
    }

    [Fact]
    public async Task Photo_without_alt_text_is_described_by_the_product_name()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Kue Bolu Pandan");

        var photo = await w.AddPhotoAsync(w.MemberA, draft.Id, alt: "   ");

        Assert.Equal("Kue Bolu Pandan", photo.AltText);
        Assert.Equal(0, photo.SortOrder);
        Assert.Contains(await w.AuditAsync(draft.Id), a => a.Action == "photo.add" && a.Details == $"Photo:{photo.Id}");
    }

    [Fact]
    public async Task A_ninth_photo_is_refused_and_leaves_nothing_behind()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Delapan Foto Saja");
        for (var i = 0; i < 8; i++) await w.AddPhotoAsync(w.MemberA, draft.Id, TestImages.Jpeg(64 + i, 48));
        var rows = await w.PhotoRowCountAsync();
        var files = w.MediaFiles();

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.AddPhotoAsync(w.MemberA, draft.Id));

        Assert.Equal(["file"], e.Errors.Keys);
        Assert.Contains("8 foto", e.Errors["file"]);
        Assert.Equal(rows, await w.PhotoRowCountAsync());
        Assert.Equal(files, w.MediaFiles());
        Assert.Equal(8, (await w.LoadAsync(draft.Id)).Photos.Count);
    }

    [Fact]
    public async Task SetCover_puts_the_photo_first_and_keeps_the_others_in_order()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Sampul Dipilih");
        var p1 = await w.AddPhotoAsync(w.MemberA, draft.Id);
        var p2 = await w.AddPhotoAsync(w.MemberA, draft.Id);
        var p3 = await w.AddPhotoAsync(w.MemberA, draft.Id);

        await w.Photos.SetCoverAsync(w.MemberA, draft.Id, p3.Id, Ct);

        Assert.Equal([p3.Id, p1.Id, p2.Id], await OrderAsync(draft.Id));
        var view = await w.Editing.GetForEditAsync(w.MemberA, draft.Id, Ct);
        Assert.Equal(p3.Id, view.Photos[0].Id);
    }

    [Fact]
    public async Task Reorder_applies_a_complete_list()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Urutan Baru");
        var p1 = await w.AddPhotoAsync(w.MemberA, draft.Id);
        var p2 = await w.AddPhotoAsync(w.MemberA, draft.Id);
        var p3 = await w.AddPhotoAsync(w.MemberA, draft.Id);

        await w.Photos.ReorderAsync(w.MemberA, draft.Id, [p2.Id, p3.Id, p1.Id], Ct);

        Assert.Equal([p2.Id, p3.Id, p1.Id], await OrderAsync(draft.Id));
    }

    [Fact]
    public async Task Reorder_with_a_wrong_list_is_refused_and_changes_nothing()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Urutan Salah");
        var p1 = await w.AddPhotoAsync(w.MemberA, draft.Id);
        var p2 = await w.AddPhotoAsync(w.MemberA, draft.Id);
        var elsewhere = await w.CompleteDraftAsync(w.MemberA, "Foto Produk Lain");
        var foreign = await w.AddPhotoAsync(w.MemberA, elsewhere.Id);
        int[][] wrongLists = [[p1.Id], [p1.Id, p1.Id], [p1.Id, foreign.Id], [p1.Id, p2.Id, foreign.Id], []];

        foreach (var list in wrongLists)
        {
            var e = await Assert.ThrowsAsync<ValidationException>(() => w.Photos.ReorderAsync(w.MemberA, draft.Id, list, Ct));
            Assert.Equal(["photos"], e.Errors.Keys);
        }

        Assert.Equal([p1.Id, p2.Id], await OrderAsync(draft.Id));
        Assert.Equal([foreign.Id], await OrderAsync(elsewhere.Id));
    }

    [Fact]
    public async Task Delete_removes_the_row_and_its_files_and_nothing_else()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Foto Dihapus");
        var keep = await w.AddPhotoAsync(w.MemberA, draft.Id);
        var gone = await w.AddPhotoAsync(w.MemberA, draft.Id);
        Assert.All(gone.Variants, v => Assert.True(File.Exists(Path.Combine(w.Host.MediaPath, v.Key))));

        await w.Photos.DeleteAsync(w.MemberA, draft.Id, gone.Id, Ct);

        Assert.Equal([keep.Id], await OrderAsync(draft.Id));
        Assert.All(gone.Variants, v => Assert.False(File.Exists(Path.Combine(w.Host.MediaPath, v.Key)), v.Key));
        Assert.All(keep.Variants, v => Assert.True(File.Exists(Path.Combine(w.Host.MediaPath, v.Key)), v.Key));
        Assert.Contains(await w.AuditAsync(draft.Id), a => a.Action == "photo.delete");
    }

    [Fact]
    public async Task Adding_or_deleting_a_photo_of_a_published_product_sends_it_back_to_review()
    {
        var added = await w.PublishedProductAsync(w.MemberA, "Foto Ditambah Setelah Terbit");
        var deleted = await w.PublishedProductAsync(w.MemberA, "Foto Dihapus Setelah Terbit");
        var deletedPhoto = (await w.LoadAsync(deleted)).Photos.Single();

        await w.AddPhotoAsync(w.MemberA, added);
        await w.Photos.DeleteAsync(w.MemberA, deleted, deletedPhoto.Id, Ct);

        foreach (var id in new[] { added, deleted })
        {
            var product = await w.LoadAsync(id);
            Assert.Equal(ProductStatus.PendingReview, product.Status);
            Assert.Null(await w.Catalog.GetPublishedAsync(product.Slug, Ct));
            Assert.Contains(await w.AuditAsync(id), a => a.Action == "product.back-to-review");
        }
    }

    [Fact]
    public async Task Reordering_choosing_the_cover_and_alt_text_keep_a_product_published()
    {
        var id = await w.PendingProductAsync(w.MemberA, "Tetap Tayang");
        var second = await w.AddPhotoAsync(w.MemberA, id);
        await w.Moderation.ApproveAsync(w.Staff, id, Ct);
        var first = (await w.LoadAsync(id)).Photos.Single(p => p.Id != second.Id);

        await w.Photos.ReorderAsync(w.MemberA, id, [second.Id, first.Id], Ct);
        await w.Photos.SetCoverAsync(w.MemberA, id, first.Id, Ct);
        await w.Photos.SetAltTextAsync(w.MemberA, id, second.Id, "  Kemasan tampak belakang  ", Ct);

        var product = await w.LoadAsync(id);
        Assert.Equal(ProductStatus.Published, product.Status);
        var detail = await w.Catalog.GetPublishedAsync(product.Slug, Ct);
        Assert.NotNull(detail);
        Assert.Equal([first.Id, second.Id], await OrderAsync(id));
        Assert.Equal("Kemasan tampak belakang", product.Photos.Single(p => p.Id == second.Id).AltText);
    }

    [Fact]
    public async Task Blank_alt_text_is_refused()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Keterangan Kosong");
        var photo = await w.AddPhotoAsync(w.MemberA, draft.Id, alt: "Awal");

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Photos.SetAltTextAsync(w.MemberA, draft.Id, photo.Id, "  ", Ct));

        Assert.Equal(["altText"], e.Errors.Keys);
        Assert.Equal("Awal", (await w.LoadAsync(draft.Id)).Photos.Single().AltText);
    }

    [Fact]
    public async Task Archived_product_takes_no_new_photos()
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, "Arsip Tanpa Foto Baru");
        await w.Editing.ArchiveAsync(w.MemberA, draft.Id, Ct);
        var files = w.MediaFiles();

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.AddPhotoAsync(w.MemberA, draft.Id));

        Assert.Equal(["status"], e.Errors.Keys);
        Assert.Equal(files, w.MediaFiles());
    }

    [Fact]
    public async Task A_failure_after_the_files_are_written_leaves_no_row_and_no_file()
    {
        await using var fresh = await MemberWorld.StartAsync();
        var draft = await fresh.CompleteDraftAsync(fresh.MemberA, "Gagal Setelah Tulis");
        // The database write that follows the files fails (here: its audit entry).
        await fresh.BreakAuditLogAsync();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => fresh.AddPhotoAsync(fresh.MemberA, draft.Id));

        Assert.Equal(0, await fresh.PhotoRowCountAsync());
        Assert.Empty(fresh.MediaFiles());
    }

    private async Task<List<int>> OrderAsync(int productId) =>
        (await w.LoadAsync(productId)).Photos.OrderBy(p => p.SortOrder).Select(p => p.Id).ToList();
}
