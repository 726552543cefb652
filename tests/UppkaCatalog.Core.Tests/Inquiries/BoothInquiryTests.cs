using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Inquiries;

/// <summary>
/// An inquiry sent from a booth: stored for the booth's group and tagged with the booth, while the exhibition is
/// published (before it opens, while it runs, after it ends until archived); refused for an archived exhibition
/// and not found for booths buyers cannot see.
/// </summary>
public sealed class BoothInquiryTests(MemberWorld w) : IClassFixture<MemberWorld>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private InquiryService Inquiries => w.Get<InquiryService>();

    private DateTimeOffset Now => w.Host.Time.GetUtcNow();

    public async ValueTask InitializeAsync()
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        if (await db.Exhibitions.AnyAsync(Ct)) return;
        db.Exhibitions.AddRange(
            Exhibition("berlangsung", Now.AddDays(-1), Now.AddDays(5), ExhibitionStatus.Published, (w.GroupA.Id, BoothStatus.Accepted), (w.GroupB.Id, BoothStatus.Applied)),
            Exhibition("mendatang", Now.AddDays(3), Now.AddDays(9), ExhibitionStatus.Published, (w.GroupA.Id, BoothStatus.Accepted), (w.GroupB.Id, BoothStatus.Rejected)),
            Exhibition("selesai", Now.AddDays(-20), Now.AddDays(-10), ExhibitionStatus.Published, (w.GroupA.Id, BoothStatus.Accepted), (w.GroupB.Id, BoothStatus.Withdrawn)),
            Exhibition("arsip", Now.AddDays(-60), Now.AddDays(-50), ExhibitionStatus.Archived, (w.GroupA.Id, BoothStatus.Accepted)),
            Exhibition("draf", Now.AddDays(-1), Now.AddDays(5), ExhibitionStatus.Draft, (w.GroupA.Id, BoothStatus.Accepted)));
        await db.SaveChangesAsync(Ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("berlangsung")]
    [InlineData("mendatang")]
    [InlineData("selesai")]
    public async Task An_inquiry_is_stored_for_the_booths_group_and_tagged_with_that_booth(string exhibition)
    {
        var name = "Bu Stan " + exhibition;

        var id = await Inquiries.SubmitForBoothAsync(exhibition, w.GroupA.Slug, InquiryWorld.Valid(name), Ct);

        var stored = await InquiryWorld.LoadAsync(w, id);
        var boothId = await BoothIdAsync(exhibition, w.GroupA.Id);
        Assert.Equal((w.GroupA.Id, (int?)boothId, (int?)null, name, "+6281234567890", (int?)20, InquiryStatus.New, Now),
            (stored.GroupId, stored.BoothId, stored.ProductId, stored.BuyerName, stored.BuyerPhone, stored.Quantity, stored.Status, stored.CreatedAt));
    }

    [Fact]
    public async Task The_groups_list_says_which_booth_an_inquiry_came_from_and_another_group_does_not_see_it()
    {
        var id = await Inquiries.SubmitForBoothAsync("berlangsung", w.GroupA.Slug, InquiryWorld.Valid("Bu Daftar"), Ct);

        var row = Assert.Single(await Inquiries.ListOwnAsync(w.MemberA, ct: Ct), r => r.Id == id);
        Assert.Equal(new InquiryBooth("berlangsung", "Pameran berlangsung", w.GroupA.Slug), row.Booth);
        Assert.Null(row.ProductSlug);
        Assert.DoesNotContain(await Inquiries.ListOwnAsync(w.MemberB, ct: Ct), r => r.Id == id);
    }

    [Fact]
    public async Task An_archived_exhibition_refuses_with_a_message_about_the_booth_before_any_field_and_stores_nothing()
    {
        var before = await InquiryWorld.InquiryCountAsync(w);

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Inquiries.SubmitForBoothAsync("arsip", w.GroupA.Slug, new InquiryInput { BuyerName = "", Message = "x" }, Ct));

        Assert.Equal([InquiryService.BoothClosedField], refused.Errors.Keys);
        Assert.Contains("sudah ditutup", refused.Errors[InquiryService.BoothClosedField]);
        Assert.Equal(before, await InquiryWorld.InquiryCountAsync(w));
    }

    [Theory]
    [InlineData("berlangsung", "kelompok-b")] // only applied
    [InlineData("mendatang", "kelompok-b")] // rejected
    [InlineData("selesai", "kelompok-b")] // withdrawn
    [InlineData("draf", "kelompok-a")] // accepted, but the exhibition is a draft
    [InlineData("berlangsung", "tidak-ada")]
    [InlineData("tidak-ada", "kelompok-a")]
    [InlineData("arsip", "kelompok-b")] // no booth there at all: unknown wins over closed
    public async Task A_booth_buyers_cannot_see_is_not_found_and_nothing_is_stored(string exhibition, string group)
    {
        var before = await InquiryWorld.InquiryCountAsync(w);

        await Assert.ThrowsAsync<NotFoundException>(() => Inquiries.SubmitForBoothAsync(exhibition, group, InquiryWorld.Valid(), Ct));

        Assert.Equal(before, await InquiryWorld.InquiryCountAsync(w));
    }

    [Fact]
    public async Task An_inactive_groups_booth_is_not_found()
    {
        var before = await InquiryWorld.InquiryCountAsync(w);
        await SetActiveAsync(false);
        try
        {
            await Assert.ThrowsAsync<NotFoundException>(() => Inquiries.SubmitForBoothAsync("berlangsung", w.GroupA.Slug, InquiryWorld.Valid(), Ct));
        }
        finally
        {
            await SetActiveAsync(true);
        }

        Assert.Equal(before, await InquiryWorld.InquiryCountAsync(w));
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_with_the_same_rules_as_a_product_inquiry_and_stores_nothing()
    {
        var before = await InquiryWorld.InquiryCountAsync(w);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Inquiries.SubmitForBoothAsync("berlangsung", w.GroupA.Slug,
            new InquiryInput { BuyerName = " ", Phone = "0741 123456", Quantity = "0", Message = "Hai" }, Ct));

        Assert.Equal(["buyerName", "message", "phone", "quantity"], refused.Errors.Keys.Order());
        Assert.Equal(before, await InquiryWorld.InquiryCountAsync(w));
    }

    private async Task<int> BoothIdAsync(string exhibition, int groupId)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        return await db.Booths.Where(b => b.Exhibition!.Slug == exhibition && b.GroupId == groupId).Select(b => b.Id).SingleAsync(Ct);
    }

    private async Task SetActiveAsync(bool active)
    {
        await using var db = await w.Host.DbFactory.CreateDbContextAsync(Ct);
        await db.Groups.Where(g => g.Id == w.GroupA.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.IsActive, active), Ct);
    }

    private Exhibition Exhibition(string slug, DateTimeOffset starts, DateTimeOffset ends, ExhibitionStatus status, params (int GroupId, BoothStatus Status)[] booths)
    {
        var exhibition = new Exhibition
        {
            Slug = slug, Title = "Pameran " + slug, StartsAt = starts, EndsAt = ends, Status = status, CreatedAt = Now.AddDays(-90),
        };
        var hall = new Hall { Slug = "aula", Name = "Aula", Exhibition = exhibition };
        exhibition.Halls.Add(hall);
        var number = 0;
        foreach (var (groupId, boothStatus) in booths)
        {
            var accepted = boothStatus == BoothStatus.Accepted;
            hall.Booths.Add(new Booth
            {
                Exhibition = exhibition, GroupId = groupId, Status = boothStatus, AppliedAt = Now.AddDays(-80), Tagline = "Stan uji",
                // An application has no hall or number yet (the schema allows null); the others keep the hall.
                Number = accepted ? $"A-{++number:00}" : null,
            });
        }

        return exhibition;
    }
}
