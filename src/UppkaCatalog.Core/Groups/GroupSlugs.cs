using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Groups;

/// <summary>
/// A group's address (<c>/kelompok/{slug}</c>): its name and village as words, numbered from 2 when another group has it
/// (<c>uppka-melati-sengeti</c>, <c>uppka-melati-sengeti-2</c>). One rule for a group registered in the dialog and one
/// brought in by an import.
/// </summary>
public static class GroupSlugs
{
    /// <summary>The slug before numbering.</summary>
    public static string Root(string name, string? village) => Slug.From($"{name} {village}", 100);

    /// <summary>The first of <paramref name="root"/>, <c>root-2</c>, <c>root-3</c>… that <paramref name="taken"/> says is free.</summary>
    public static string Unique(string root, Func<string, bool> taken)
    {
        var slug = root;
        for (var n = 2; taken(slug); n++) slug = $"{root}-{n}";
        return slug;
    }
}
