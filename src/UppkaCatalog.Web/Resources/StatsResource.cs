namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the visitor statistics' strings (staff and member statistics pages, exports, the WhatsApp redirect's
/// message): <c>StatsResource.resx</c> is Bahasa Indonesia (neutral), <c>StatsResource.en.resx</c> English.
/// </summary>
public sealed class StatsResource;
