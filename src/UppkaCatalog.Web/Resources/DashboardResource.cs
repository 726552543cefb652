namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the regency dashboard's strings (the figures on <c>/staf</c> and their downloads):
/// <c>DashboardResource.resx</c> is Bahasa Indonesia (neutral), <c>DashboardResource.en.resx</c> English.
/// </summary>
public sealed class DashboardResource;
