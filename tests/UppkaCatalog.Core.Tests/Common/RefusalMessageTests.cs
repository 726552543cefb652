using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Common;

/// <summary>
/// The words each service refuses the wrong caller with, pinned per service: the pages and the API show these
/// messages as they are, so moving the checks to one place must not change a single one.
/// </summary>
public sealed class RefusalMessageTests : IAsyncLifetime
{
    private const string StaffOnly = "Hanya staf BKKBN yang dapat melakukan ini.";
    private const string ProductMembersOnly = "Hanya anggota kelompok yang dapat mengelola produk.";

    private static readonly Actor Member = new("member", 1, IsStaff: false);
    private static readonly Actor Staff = new("staff", null, IsStaff: true);

    private CoreHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await CoreHost.StartAsync(demo: false);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string> Calls() => new()
    {
        { "Moderation.List", StaffOnly },
        { "Groups.List", StaffOnly },
        { "Inquiries.ListAll", StaffOnly },
        { "Invitations.List", StaffOnly },
        { "Curation.List", "Hanya staf BKKBN yang dapat mengelola pameran." },
        { "Stats.Get", "Statistik pameran hanya untuk staf BKKBN." },
        { "Editing.ListOwn", ProductMembersOnly },
        { "Groups.GetOwn", ProductMembersOnly },
        { "Inquiries.ListOwn", ProductMembersOnly },
        { "Photos.Delete", ProductMembersOnly },
        { "Booths.List", "Hanya pengurus kelompok yang dapat mengajukan dan mengelola stan pameran." },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task The_wrong_caller_is_refused_with_the_services_own_message(string call, string message)
    {
        // A scope, as a request or circuit has: some services (invitations, through Identity) are scoped.
        await using var scope = _host.Services.CreateAsyncScope();
        var s = scope.ServiceProvider;
        Task act = call switch
        {
            "Moderation.List" => s.GetRequiredService<ModerationService>().ListAsync(Member, ct: Ct),
            "Groups.List" => s.GetRequiredService<GroupService>().ListAsync(Member, Ct),
            "Inquiries.ListAll" => s.GetRequiredService<InquiryService>().ListAllAsync(Member, ct: Ct),
            "Invitations.List" => s.GetRequiredService<InvitationService>().ListAsync(Member, 1, Ct),
            "Curation.List" => s.GetRequiredService<ExhibitionCurationService>().ListAsync(Member, Ct),
            "Stats.Get" => s.GetRequiredService<ExhibitionStatsService>().GetAsync(Member, 1, Ct),
            "Editing.ListOwn" => s.GetRequiredService<ProductEditingService>().ListOwnAsync(Staff, ct: Ct),
            "Groups.GetOwn" => s.GetRequiredService<GroupService>().GetOwnAsync(Staff, Ct),
            "Inquiries.ListOwn" => s.GetRequiredService<InquiryService>().ListOwnAsync(Staff, ct: Ct),
            "Photos.Delete" => s.GetRequiredService<ProductPhotoService>().DeleteAsync(Staff, 1, 1, Ct),
            "Booths.List" => s.GetRequiredService<BoothApplicationService>().ListAsync(Staff, Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(call)),
        };

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => act);
        Assert.Equal(message, refused.Message);
    }
}
