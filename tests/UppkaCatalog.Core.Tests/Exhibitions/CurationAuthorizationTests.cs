using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>Every curation call refuses a member (a signed-in user who is not staff) and writes nothing.</summary>
public sealed class CurationAuthorizationTests(CurationWorld w) : IClassFixture<CurationWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Calls() =>
    [
        "List", "Get", "Create", "Update", "Publish", "Archive", "AddHall", "RenameHall", "ReorderHalls", "MoveHall", "RemoveHall",
        "Candidates", "Accept", "Reject", "AddBooth", "MoveBooth", "RemoveBooth", "SetBanner", "RemoveBanner",
    ];

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task A_member_is_refused(string call)
    {
        var published = await w.PublishedAsync($"Pameran Hak {call}", "Aula A");
        var hall = published.Halls[0].Id;
        var application = await w.ApplicationAsync(published.Id, w.GroupA);
        var booth = await w.Curation.AddBoothAsync(w.Staff, published.Id, w.GroupB.Id, hall, "B-1", Ct);
        var before = await w.SnapshotAsync();
        var files = w.MediaFiles();
        var m = w.Member;
        var c = w.Curation;
        using var banner = new MemoryStream(TestImages.Jpeg(1000, 400));

        Task act = call switch
        {
            "List" => c.ListAsync(m, Ct),
            "Get" => c.GetAsync(m, published.Id, Ct),
            "Create" => c.CreateAsync(m, CurationWorld.Input($"Pameran Anggota {call}"), Ct),
            "Update" => c.UpdateAsync(m, published.Id, published.ToInput(), published.Version, Ct),
            "Publish" => c.PublishAsync(m, published.Id, published.Version, Ct),
            "Archive" => c.ArchiveAsync(m, published.Id, published.Version, true, Ct),
            "AddHall" => c.AddHallAsync(m, published.Id, "Aula Anggota", Ct),
            "RenameHall" => c.RenameHallAsync(m, hall, "Aula Anggota", Ct),
            "ReorderHalls" => c.ReorderHallsAsync(m, published.Id, [hall], Ct),
            "MoveHall" => c.MoveHallAsync(m, hall, 1, Ct),
            "RemoveHall" => c.RemoveHallAsync(m, hall, Ct),
            "Candidates" => c.ListBoothCandidatesAsync(m, published.Id, Ct),
            "Accept" => c.AcceptAsync(m, application, hall, "A-1", Guid.Empty, Ct),
            "Reject" => c.RejectAsync(m, application, "Alasan", Guid.Empty, Ct),
            "AddBooth" => c.AddBoothAsync(m, published.Id, w.GroupC.Id, hall, "C-1", Ct),
            "MoveBooth" => c.MoveBoothAsync(m, booth, hall, "B-2", Guid.Empty, Ct),
            "RemoveBooth" => c.RemoveBoothAsync(m, booth, "Alasan", Guid.Empty, Ct),
            "SetBanner" => c.SetBannerAsync(m, published.Id, banner, Ct),
            "RemoveBanner" => c.RemoveBannerAsync(m, published.Id, Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(call)),
        };

        await Assert.ThrowsAsync<ForbiddenException>(() => act);
        Assert.Equal(before, await w.SnapshotAsync());
        Assert.Equal(files, w.MediaFiles());
    }

    [Fact]
    public void Every_public_method_of_the_service_is_in_the_list()
    {
        var methods = typeof(Core.Exhibitions.ExhibitionCurationService).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Select(x => x.Name).Distinct().Order().ToList();

        Assert.Equal(19, methods.Count);
    }
}
