namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the partner officers' area strings (<c>/mitra</c>): <c>PartnerResource.resx</c> is Bahasa Indonesia
/// (neutral), <c>PartnerResource.en.resx</c> English.
/// </summary>
public sealed class PartnerResource;
