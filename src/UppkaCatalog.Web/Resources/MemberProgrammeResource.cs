namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the strings of the member's partner programme pages (<c>/kelola/program</c>, the application form and the
/// overview's section): <c>MemberProgrammeResource.resx</c> is Bahasa Indonesia (neutral), <c>.en.resx</c> English.
/// </summary>
public sealed class MemberProgrammeResource;
