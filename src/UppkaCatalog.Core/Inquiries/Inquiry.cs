using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Inquiries;

public enum InquiryStatus
{
    New = 0,
    Read = 1,
    Answered = 2,
    Spam = 3,
}

/// <summary>A buyer's question to a group. The buyer's phone number is personal data: only the group's members and staff see it.</summary>
public sealed class Inquiry
{
    public int Id { get; set; }

    public int GroupId { get; set; }

    public Group? Group { get; set; }

    public int? ProductId { get; set; }

    public Product? Product { get; set; }

    public int? BoothId { get; set; }

    public Booth? Booth { get; set; }

    public required string BuyerName { get; set; }

    /// <summary>E.164.</summary>
    public required string BuyerPhone { get; set; }

    public required string Message { get; set; }

    public int? Quantity { get; set; }

    public InquiryStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
