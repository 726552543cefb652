namespace UppkaCatalog.Web.Resources;

/// <summary>
/// Marker for the strings around the label checklist (the editor's "Label kemasan" section, the printable page, the staff
/// review): <c>LabelResource.resx</c> is Bahasa Indonesia (neutral), <c>.en.resx</c> English. The items' own texts are
/// Core's <c>LabelMessages</c>.
/// </summary>
public sealed class LabelResource;
