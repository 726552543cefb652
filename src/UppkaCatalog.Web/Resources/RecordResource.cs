namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the strings of a group's development record (member, staff and partner pages, the 90-day follow-up form, the
/// staff's consent withdrawal): <c>RecordResource.resx</c> is Bahasa Indonesia (neutral), <c>.en.resx</c> English.
/// </summary>
public sealed class RecordResource;
