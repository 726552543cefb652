namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the staff's partner pages (<c>/staf/mitra</c>, <c>/staf/program/laporan</c>) and staff nominations:
/// <c>StaffPartnerResource.resx</c> is Bahasa Indonesia (neutral), <c>StaffPartnerResource.en.resx</c> English.
/// </summary>
public sealed class StaffPartnerResource;
