namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the registry import and export's strings (<c>/staf/kelompok/impor</c>, the downloads, the import API):
/// <c>ImportResource.resx</c> is Bahasa Indonesia (neutral), <c>ImportResource.en.resx</c> English.
/// </summary>
public sealed class ImportResource;
