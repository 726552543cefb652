namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the catalogue search page's strings (<c>/katalog</c>): <c>CatalogResource.resx</c> is
/// Bahasa Indonesia (the neutral, default language), <c>CatalogResource.en.resx</c> English.
/// </summary>
public sealed class CatalogResource;
