namespace UppkaCatalog.Core.Media;

public enum ImageRejection
{
    Empty,
    TooLarge,
    UnsupportedFormat,
    Heic,
    TooManyPixels,
    Corrupt,
}

/// <summary>An upload refused by the pipeline, with a message for the member (<see cref="Common.ServiceMessages"/>).</summary>
public sealed class ImageRejectedException(ImageRejection reason, string message) : Exception(message)
{
    public ImageRejection Reason { get; } = reason;
}
