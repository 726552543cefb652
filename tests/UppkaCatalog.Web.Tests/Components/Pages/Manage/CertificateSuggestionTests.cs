using Bunit;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Manage;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary>
/// The product editor offers the P-IRT number a partner recorded as delivered to the member's group: one tap fills the
/// permit field, and the offer goes once the field holds it. Another group's certificate is not offered.
/// </summary>
public sealed class CertificateSuggestionTests : EditorTestBase
{
    private async Task DeliverPirtAsync(int groupId, string number)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        var now = DateTimeOffset.UtcNow;
        var partner = new UppkaCatalog.Core.Partners.Partner { Slug = "blkp-" + groupId, Name = "BLKP " + groupId, CreatedAt = now };
        var programme = new Programme
        {
            Slug = "pangan-" + groupId, Title = "Pelatihan Pengolahan Pangan", Partner = partner, Kind = ProgrammeKind.Certification, Status = ProgrammeStatus.Finished,
            ApplicationOpensAt = now.AddDays(-60), ApplicationClosesAt = now.AddDays(-30), Quota = 5, SeatsPerGroup = 1, CreatedAt = now, UpdatedAt = now,
        };
        var application = new ProgrammeApplication
        {
            Programme = programme, GroupId = groupId, Status = ApplicationStatus.Completed, AppliedAt = now.AddDays(-50), AcceptedAt = now.AddDays(-40), UpdatedAt = now,
        };
        db.Deliveries.Add(new Delivery
        {
            Application = application, Kind = DeliveryKind.Certificate, Date = DateOnly.FromDateTime(now.AddDays(-10).Date), Item = "SPP-IRT", Detail = number,
            RecordedById = "officer", RecordedAt = now,
        });
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task The_groups_PIRT_number_from_a_programme_is_offered_and_one_tap_fills_the_field()
    {
        using var culture = new CultureScope("id-ID");
        await DeliverPirtAsync(Member.GroupId!.Value, "2081505010123-26");
        await DeliverPirtAsync(OtherMember.GroupId!.Value, "9999999999999-99");
        var editor = Render<ProductEditor>(p => p.Add(x => x.DraftDelay, TimeSpan.FromMilliseconds(20)));
        editor.WaitForElement(".field-pirtNumber input");

        var offer = editor.WaitForElement(".certificate-suggestion");
        Assert.Contains("Pelatihan Pengolahan Pangan: 2081505010123-26", offer.TextContent);
        Assert.DoesNotContain("9999999999999-99", editor.Markup);
        Assert.Single(editor.FindAll(".certificate-suggestion"));  // P-IRT only: no halal or BPOM certificate

        await editor.Find(".certificate-suggestion__use").ClickAsync();

        editor.WaitForAssertion(() => Assert.Equal("2081505010123-26", editor.Find(".field-pirtNumber input").GetAttribute("value")));
        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll(".certificate-suggestion")));
    }
}
