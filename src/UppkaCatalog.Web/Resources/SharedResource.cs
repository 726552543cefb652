namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the UI strings: <c>SharedResource.resx</c> is Bahasa Indonesia (the neutral,
/// default language), <c>SharedResource.en.resx</c> English.
/// </summary>
public sealed class SharedResource;
