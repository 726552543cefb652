namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the staff's exhibition curation strings (<c>/staf/pameran</c>): <c>ExhibitionStaffResource.resx</c>
/// is Bahasa Indonesia (neutral), <c>ExhibitionStaffResource.en.resx</c> English.
/// </summary>
public sealed class ExhibitionStaffResource;
