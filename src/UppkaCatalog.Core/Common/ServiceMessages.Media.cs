namespace UppkaCatalog.Core.Common;

/// <summary>Uploads refused by the image pipeline, banners, and a product's photos.</summary>
public static partial class ServiceMessages
{
    public static string PhotoTooManyBytes => Text(nameof(PhotoTooManyBytes));

    public static string PhotoEmpty => Text(nameof(PhotoEmpty));

    public static string PhotoFormatUnsupported => Text(nameof(PhotoFormatUnsupported));

    public static string PhotoCorrupt => Text(nameof(PhotoCorrupt));

    public static string PhotoHeic => Text(nameof(PhotoHeic));

    public static string PhotoSideImplausible(int width, int height, int maxSide) => Format(nameof(PhotoSideImplausible), width, height, maxSide);

    public static string PhotoTooManyPixels(int width, int height) => Format(nameof(PhotoTooManyPixels), width, height);

    public static string BannerTooNarrow(int width, int minWidth) => Format(nameof(BannerTooNarrow), width, minWidth);

    public static string PhotoNotFound => Text(nameof(PhotoNotFound));

    public static string ProductArchivedNoPhotos => Text(nameof(ProductArchivedNoPhotos));

    public static string PhotoOrderMismatch => Text(nameof(PhotoOrderMismatch));

    public static string AltTextMissing => Text(nameof(AltTextMissing));

    public static string TooManyPhotos(int max) => Format(nameof(TooManyPhotos), max);
}
