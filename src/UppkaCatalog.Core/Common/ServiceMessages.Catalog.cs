namespace UppkaCatalog.Core.Common;

/// <summary>Listings: the product rules, the member's editing, staff moderation.</summary>
public static partial class ServiceMessages
{
    public static string ProductNotFound => Text(nameof(ProductNotFound));

    public static string ProductNameMissing => Text(nameof(ProductNameMissing));

    public static string PriceOutOfRange => Text(nameof(PriceOutOfRange));

    public static string MinimumOrderTooSmall => Text(nameof(MinimumOrderTooSmall));

    public static string AvailabilityUnknown => Text(nameof(AvailabilityUnknown));

    public static string PreOrderDaysOutOfRange => Text(nameof(PreOrderDaysOutOfRange));

    public static string TooManyMarketplaceLinks => Text(nameof(TooManyMarketplaceLinks));

    public static string MarketplaceNameInvalid => Text(nameof(MarketplaceNameInvalid));

    public static string MarketplaceUrlInvalid => Text(nameof(MarketplaceUrlInvalid));

    public static string CategoryMissing => Text(nameof(CategoryMissing));

    public static string CategoryUnknown => Text(nameof(CategoryUnknown));

    public static string DescriptionTooShort(int min) => Format(nameof(DescriptionTooShort), min);

    public static string PriceMissing => Text(nameof(PriceMissing));

    public static string UnitMissing => Text(nameof(UnitMissing));

    public static string PackagingPhotoMissing => Text(nameof(PackagingPhotoMissing));

    public static string ProductArchivedNoEdit => Text(nameof(ProductArchivedNoEdit));

    public static string ProductAlreadyPending => Text(nameof(ProductAlreadyPending));

    public static string ProductAlreadyPublished => Text(nameof(ProductAlreadyPublished));

    public static string ProductArchivedNoSubmit => Text(nameof(ProductArchivedNoSubmit));

    public static string ProductChanged => Text(nameof(ProductChanged));

    /// <summary>Staff approving a listing that lacks what submitting needs: <paramref name="missing"/> is that field's message.</summary>
    public static string IncompleteForApproval(string missing) => Format(nameof(IncompleteForApproval), missing);

    public static string ProductRejectionReasonMissing => Text(nameof(ProductRejectionReasonMissing));

    public static string ProductNotPending => Text(nameof(ProductNotPending));
}
