using UppkaCatalog.Core.Partners;

namespace UppkaCatalog.Web.Components.Pages.Staff.Partners;

/// <summary>Resource keys of the staff partner pages that are built from enum values.</summary>
public static class PartnerTexts
{
    public static string KindKey(PartnerKind kind) => "PartnerKind" + kind;
}
