namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the member area's strings (<c>/kelola</c>): <c>ManageResource.resx</c> is Bahasa
/// Indonesia (the neutral, default language), <c>ManageResource.en.resx</c> English.
/// </summary>
public sealed class ManageResource;
