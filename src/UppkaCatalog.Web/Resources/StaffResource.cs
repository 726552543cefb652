namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the staff area's strings (<c>/staf</c>): <c>StaffResource.resx</c> is Bahasa
/// Indonesia (neutral), <c>StaffResource.en.resx</c> English.
/// </summary>
public sealed class StaffResource;
