namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the strings of the public programme pages (<c>/program</c>, a programme's page):
/// <c>ProgrammeResource.resx</c> is Bahasa Indonesia (the neutral, default language), <c>ProgrammeResource.en.resx</c> English.
/// </summary>
public sealed class ProgrammeResource;
