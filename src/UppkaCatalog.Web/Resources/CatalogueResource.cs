namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the strings of the catalogue PDFs and their download/share links: <c>CatalogueResource.resx</c> is
/// Bahasa Indonesia (the neutral, default language), <c>CatalogueResource.en.resx</c> English.
/// </summary>
public sealed class CatalogueResource;
