using SixLabors.ImageSharp;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Catalog.Permits;

/// <summary>Certificate photos: through the hostile-upload pipeline, private keys, readable by the group and staff only.</summary>
public sealed class PermitCertificateTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_phone_photo_of_a_certificate_is_stored_privately_with_no_GPS_or_other_metadata()
    {
        var input = UploadFiles.PhoneJpegWithAllMetadata();
        Assert.NotNull(Image.Identify(input).Metadata.ExifProfile?.GetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.GPSLatitude));
        var p = await w.ProductAsync(w.GroupA.Id, "sertifikat-gps", pirt: "2061505010010-27");

        using var upload = new MemoryStream(input);
        var view = await w.Permits().AddCertificateAsync(w.MemberA, p.Id, PermitKind.Pirt, upload, Ct);

        Assert.True(view.HasCertificate);
        Assert.Equal(PermitStatus.Waiting, view.State);
        var row = await w.RowAsync(p.Id, PermitKind.Pirt);
        Assert.Matches("^cert/[0-9a-f]{32}$", row!.CertificateKey);
        Assert.True(PermitRules.IsPrivateMediaKey(row.CertificateVariants[0].Key));
        foreach (var v in row.CertificateVariants)
        {
            using var image = Image.Load(await File.ReadAllBytesAsync(Path.Combine(w.Host.MediaPath, v.Key), Ct));
            Assert.Null(image.Metadata.ExifProfile);
            Assert.Null(image.Metadata.XmpProfile);
        }

        var opened = await w.Permits().OpenCertificateAsync(w.Staff, p.Id, PermitKind.Pirt, Ct);
        await using (opened.Content)
        {
            Assert.Equal("image/jpeg", opened.ContentType);
            using var image = Image.Load(opened.Content);
            Assert.Equal(row.CertificateVariants.Max(v => v.Width), image.Width);
            Assert.Null(image.Metadata.ExifProfile);
        }

        Assert.Single(await w.AuditAsync(p.Id), a => a.Action == "permit.certificate.add" && a.ActorId == w.MemberA.UserId);
    }

    [Fact]
    public async Task Nobody_but_the_group_and_staff_can_open_it_and_another_group_cannot_add_one()
    {
        var p = await w.ProductAsync(w.GroupA.Id, "sertifikat-rahasia", halal: "ID151100001");
        using (var upload = new MemoryStream(TestImages.Jpeg(400, 300)))
        {
            await w.Permits().AddCertificateAsync(w.MemberA, p.Id, PermitKind.Halal, upload, Ct);
        }

        await (await w.Permits().OpenCertificateAsync(w.MemberA, p.Id, PermitKind.Halal, Ct)).Content.DisposeAsync();
        await (await w.Permits().OpenCertificateAsync(w.Staff, p.Id, PermitKind.Halal, Ct)).Content.DisposeAsync();
        await Assert.ThrowsAsync<NotFoundException>(() => w.Permits().OpenCertificateAsync(null, p.Id, PermitKind.Halal, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Permits().OpenCertificateAsync(w.MemberB, p.Id, PermitKind.Halal, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Permits().OpenCertificateAsync(new Actor("officer", null, false, 1), p.Id, PermitKind.Halal, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Permits().OpenCertificateAsync(w.MemberA, p.Id, PermitKind.Pirt, Ct));

        var before = await w.SnapshotAsync();
        using (var upload = new MemoryStream(TestImages.Jpeg(400, 300)))
        {
            await Assert.ThrowsAsync<NotFoundException>(() => w.Permits().AddCertificateAsync(w.MemberB, p.Id, PermitKind.Halal, upload, Ct));
        }

        using (var upload = new MemoryStream(TestImages.Jpeg(400, 300)))
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Permits().AddCertificateAsync(w.Staff, p.Id, PermitKind.Halal, upload, Ct));
        }

        await Assert.ThrowsAsync<NotFoundException>(() => w.Permits().DeleteCertificateAsync(w.MemberB, p.Id, PermitKind.Halal, Ct));
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task A_second_photo_replaces_the_first_and_its_files_and_a_bad_file_is_refused_on_file()
    {
        var p = await w.ProductAsync(w.GroupA.Id, "sertifikat-ganti", bpom: "MD 55");
        using (var upload = new MemoryStream(TestImages.Jpeg(400, 300)))
        {
            await w.Permits().AddCertificateAsync(w.MemberA, p.Id, PermitKind.Bpom, upload, Ct);
        }

        var first = (await w.RowAsync(p.Id, PermitKind.Bpom))!;
        using (var upload = new MemoryStream(TestImages.Jpeg(500, 300)))
        {
            await w.Permits().AddCertificateAsync(w.MemberA, p.Id, PermitKind.Bpom, upload, Ct);
        }

        var second = (await w.RowAsync(p.Id, PermitKind.Bpom))!;
        Assert.NotEqual(first.CertificateKey, second.CertificateKey);
        Assert.All(first.CertificateVariants, v => Assert.False(File.Exists(Path.Combine(w.Host.MediaPath, v.Key))));
        Assert.All(second.CertificateVariants, v => Assert.True(File.Exists(Path.Combine(w.Host.MediaPath, v.Key))));

        var files = w.MediaFiles();
        using (var svg = new MemoryStream(UploadFiles.Svg()))
        {
            var refused = await Assert.ThrowsAsync<ValidationException>(() => w.Permits().AddCertificateAsync(w.MemberA, p.Id, PermitKind.Bpom, svg, Ct));
            Assert.Equal(["file"], refused.Errors.Keys);
        }

        Assert.Equal(files, w.MediaFiles());

        await w.Permits().DeleteCertificateAsync(w.MemberA, p.Id, PermitKind.Bpom, Ct);
        Assert.All(second.CertificateVariants, v => Assert.False(File.Exists(Path.Combine(w.Host.MediaPath, v.Key))));
        Assert.False((await w.Permits().ForProductAsync(w.MemberA, p.Id, Ct)).Of(PermitKind.Bpom).HasCertificate);
    }
}
