namespace UppkaCatalog.Core.Inquiries;

/// <summary>What a buyer types into the inquiry form, as typed (the service trims, cleans and checks it).</summary>
public sealed class InquiryInput
{
    public string? BuyerName { get; set; }

    /// <summary>WhatsApp number: <c>08…</c>, <c>628…</c> or <c>+628…</c>, spaces and dashes allowed.</summary>
    public string? Phone { get; set; }

    /// <summary>Optional, as typed: a form field is text, and "dua" deserves a message, not a crash.</summary>
    public string? Quantity { get; set; }

    public string? Message { get; set; }
}

/// <summary>Which inquiries a list shows: still open (new or read), handled (answered), or every one.</summary>
public enum InquiryFilter
{
    All = 0,
    Open = 1,
    Handled = 2,
}

/// <summary>The exhibition booth an inquiry was sent from (its page is <c>/pameran/{ExhibitionSlug}/stan/{GroupSlug}</c>).</summary>
public sealed record InquiryBooth(string ExhibitionSlug, string ExhibitionTitle, string GroupSlug);

/// <summary>
/// One inquiry as its group's members and staff see it. Carries the buyer's phone number: never hand
/// it to a public page.
/// </summary>
public sealed record InquiryRow(
    int Id,
    string GroupName,
    string? ProductName,
    string? ProductSlug,
    string BuyerName,
    string BuyerPhone,
    int? Quantity,
    string Message,
    InquiryStatus Status,
    DateTimeOffset CreatedAt,
    InquiryBooth? Booth = null)
{
    public bool IsHandled => Status == InquiryStatus.Answered;
}
