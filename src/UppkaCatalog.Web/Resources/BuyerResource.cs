namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the strings of the buyer-facing product and group pages, the inquiry form and the
/// inquiry lists: <c>BuyerResource.resx</c> is Bahasa Indonesia (the neutral, default language),
/// <c>BuyerResource.en.resx</c> English.
/// </summary>
public sealed class BuyerResource;
