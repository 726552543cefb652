using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>Each operation against another group's product, or by an actor with no group: refused, nothing changed.</summary>
public sealed class ProductEditingAuthorizationTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Operations => ["GetForEdit", "Update", "Submit", "Archive", "Restore"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Another_groups_product_answers_not_found_and_nothing_changes(string operation)
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, $"Rahasia A {operation}");
        await w.AddPhotoAsync(w.MemberA, draft.Id);
        if (operation == "Restore") await w.Editing.ArchiveAsync(w.MemberA, draft.Id, Ct);
        var version = (await w.LoadAsync(draft.Id)).Version;
        var before = await w.SnapshotAsync();

        var e = await Assert.ThrowsAsync<NotFoundException>(() => Run(operation, w.MemberB, draft.Id, version));

        Assert.Equal("Produk tidak ditemukan.", e.Message);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_product_that_does_not_exist_answers_the_same(string operation)
    {
        var e = await Assert.ThrowsAsync<NotFoundException>(() => Run(operation, w.MemberB, 987_654, Guid.NewGuid()));

        Assert.Equal("Produk tidak ditemukan.", e.Message);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Staff_without_a_group_are_forbidden_from_member_operations(string operation)
    {
        var draft = await w.CompleteDraftAsync(w.MemberA, $"Staf Tidak Boleh {operation}");
        var before = await w.SnapshotAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => Run(operation, w.Staff, draft.Id, draft.Version));

        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task Staff_without_a_group_can_neither_list_nor_create_as_a_member()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Editing.ListOwnAsync(w.Staff, ct: Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Editing.CreateDraftAsync(w.Staff, new ProductInput { Name = "Produk Staf" }, Ct));
    }

    private Task Run(string operation, Actor actor, int id, Guid version) => operation switch
    {
        "GetForEdit" => w.Editing.GetForEditAsync(actor, id, Ct),
        "Update" => w.Editing.UpdateAsync(actor, id, MemberWorld.CompleteInput("Diambil Alih"), version, Ct),
        "Submit" => w.Editing.SubmitAsync(actor, id, Ct),
        "Archive" => w.Editing.ArchiveAsync(actor, id, Ct),
        "Restore" => w.Editing.RestoreAsync(actor, id, Ct),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };
}
