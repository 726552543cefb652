namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the strings of the member's exhibition pages (<c>/kelola/pameran</c>):
/// <c>ExhibitionManageResource.resx</c> is Bahasa Indonesia (neutral), <c>.en.resx</c> English.
/// </summary>
public sealed class ExhibitionManageResource;
