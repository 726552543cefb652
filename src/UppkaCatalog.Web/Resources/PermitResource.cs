namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the permit-verification strings (issue 16): the editor's permit states and certificate photos, the staff
/// queue, the badges and the catalogue filter. <c>PermitResource.resx</c> is Bahasa Indonesia (neutral),
/// <c>PermitResource.en.resx</c> English.
/// </summary>
public sealed class PermitResource;
