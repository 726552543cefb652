namespace UppkaCatalog.Core.Common;

/// <summary>Buyers' inquiries: the form's rules and the closed booth.</summary>
public static partial class ServiceMessages
{
    public static string InquiryNotFound => Text(nameof(InquiryNotFound));

    public static string BuyerNameMissing => Text(nameof(BuyerNameMissing));

    public static string BuyerNameTooLong(int max) => Format(nameof(BuyerNameTooLong), max);

    public static string BuyerPhoneMissing => Text(nameof(BuyerPhoneMissing));

    public static string BuyerPhoneInvalid => Text(nameof(BuyerPhoneInvalid));

    public static string QuantityInvalid => Text(nameof(QuantityInvalid));

    public static string InquiryMessageMissing => Text(nameof(InquiryMessageMissing));

    public static string InquiryMessageTooShort(int min) => Format(nameof(InquiryMessageTooShort), min);

    public static string InquiryMessageTooLong => Text(nameof(InquiryMessageTooLong));

    public static string BoothClosedForInquiries => Text(nameof(BoothClosedForInquiries));
}
