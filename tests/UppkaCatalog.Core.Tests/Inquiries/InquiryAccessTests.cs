using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Inquiries;

/// <summary>A group reads and handles only its own inquiries; staff read every group's; nobody else reads any.</summary>
public sealed class InquiryAccessTests : IAsyncLifetime
{
    private MemberWorld _w = default!;
    private int _forA;
    private int _forB;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private InquiryService Inquiries => _w.Get<InquiryService>();

    // A world per test: the lists are compared whole.
    public async ValueTask InitializeAsync()
    {
        _w = await MemberWorld.StartAsync();
        var productA = await TestData.AddProductAsync(_w, _w.GroupA.Id, "keripik-a");
        var productB = await TestData.AddProductAsync(_w, _w.GroupB.Id, "dodol-b");
        _forA = await Inquiries.SubmitForProductAsync(productA.Slug, InquiryWorld.Valid("Pembeli A"), Ct);
        _w.Host.Time.Advance(TimeSpan.FromMinutes(5));
        _forB = await Inquiries.SubmitForProductAsync(productB.Slug, InquiryWorld.Valid("Pembeli B"), Ct);
    }

    public ValueTask DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task A_member_lists_only_their_own_groups_inquiries_with_the_buyers_number()
    {
        var rows = await Inquiries.ListOwnAsync(_w.MemberA, ct: Ct);

        var row = Assert.Single(rows);
        Assert.Equal((_forA, "Pembeli A", "+6281234567890", "Produk keripik-a", "keripik-a", 20), (row.Id, row.BuyerName, row.BuyerPhone, row.ProductName, row.ProductSlug, row.Quantity));
        Assert.Equal(_forB, Assert.Single(await Inquiries.ListOwnAsync(_w.MemberB, ct: Ct)).Id);
    }

    [Fact]
    public async Task A_member_of_another_group_cannot_mark_or_reopen_an_inquiry_and_it_stays_as_it_was()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Inquiries.MarkHandledAsync(_w.MemberB, _forA, Ct));
        await Inquiries.MarkHandledAsync(_w.MemberA, _forA, Ct);
        await Assert.ThrowsAsync<NotFoundException>(() => Inquiries.ReopenAsync(_w.MemberB, _forA, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Inquiries.MarkHandledAsync(_w.MemberA, 999_999, Ct));

        Assert.Equal(InquiryStatus.Answered, (await InquiryWorld.LoadAsync(_w, _forA)).Status);
        Assert.Equal(InquiryStatus.New, (await InquiryWorld.LoadAsync(_w, _forB)).Status);
    }

    [Fact]
    public async Task Marking_handled_and_reopening_move_it_between_the_filters_and_are_audited()
    {
        await Inquiries.MarkHandledAsync(_w.MemberA, _forA, Ct);

        Assert.Empty(await Inquiries.ListOwnAsync(_w.MemberA, InquiryFilter.Open, Ct));
        Assert.Equal(_forA, Assert.Single(await Inquiries.ListOwnAsync(_w.MemberA, InquiryFilter.Handled, Ct)).Id);
        Assert.Equal(0, await Inquiries.CountOpenAsync(_w.MemberA, Ct));

        await Inquiries.ReopenAsync(_w.MemberA, _forA, Ct);

        Assert.Equal(_forA, Assert.Single(await Inquiries.ListOwnAsync(_w.MemberA, InquiryFilter.Open, Ct)).Id);
        Assert.Empty(await Inquiries.ListOwnAsync(_w.MemberA, InquiryFilter.Handled, Ct));
        await using var db = await _w.Host.DbFactory.CreateDbContextAsync(Ct);
        var audit = await db.AuditEntries.Where(a => a.Subject == $"Inquiry:{_forA}").OrderBy(a => a.Id).Select(a => new { a.Action, a.ActorId }).ToListAsync(Ct);
        Assert.Equal([("inquiry.handled", "member-a"), ("inquiry.reopen", "member-a")], audit.Select(a => (a.Action, a.ActorId)));
    }

    [Fact]
    public async Task Staff_list_every_groups_inquiries_newest_first_but_cannot_mark_them()
    {
        var rows = await Inquiries.ListAllAsync(_w.Staff, ct: Ct);

        Assert.Equal([_forB, _forA], rows.Select(r => r.Id));
        Assert.Equal([_w.GroupB.Name, _w.GroupA.Name], rows.Select(r => r.GroupName));
        await Assert.ThrowsAsync<ForbiddenException>(() => Inquiries.MarkHandledAsync(_w.Staff, _forA, Ct));
    }

    [Fact]
    public async Task A_member_cannot_use_the_staff_list_and_a_signed_in_user_without_a_group_cannot_use_the_member_list()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Inquiries.ListAllAsync(_w.MemberA, ct: Ct));
        var nobody = new Actor("no-group", null, IsStaff: false);
        await Assert.ThrowsAsync<ForbiddenException>(() => Inquiries.ListOwnAsync(nobody, ct: Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Inquiries.ListAllAsync(nobody, ct: Ct));
    }
}
