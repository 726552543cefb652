namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the strings of the booth inquiry form, its refusal pages and the booth posters:
/// <c>BoothResource.resx</c> is Bahasa Indonesia (the neutral, default language), <c>BoothResource.en.resx</c> English.
/// </summary>
public sealed class BoothResource;
