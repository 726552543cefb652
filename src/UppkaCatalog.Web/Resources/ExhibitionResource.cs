namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the strings of the buyers' exhibition pages (<c>/pameran</c>, a hall, a booth):
/// <c>ExhibitionResource.resx</c> is Bahasa Indonesia (the neutral, default language), <c>ExhibitionResource.en.resx</c> English.
/// </summary>
public sealed class ExhibitionResource;
