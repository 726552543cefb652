using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Regions;

/// <summary>
/// Finds a regency or city the many ways a spreadsheet names it: by BPS code (<c>1505</c>) or by name, with or without
/// its kind, abbreviated or not, in any case (<c>Kabupaten Muaro Jambi</c>, <c>Kab. Muaro Jambi</c>, <c>muaro jambi</c>).
/// <c>Kota Jambi</c> is the city; a bare name matches only when one regency or city carries it.
/// </summary>
public sealed class RegencyNames
{
    private readonly Dictionary<string, Regency> _byKey = new(StringComparer.Ordinal);

    public RegencyNames(IEnumerable<Regency> regencies)
    {
        var bare = new Dictionary<string, List<Regency>>(StringComparer.Ordinal);
        foreach (var r in regencies)
        {
            _byKey[r.Code] = r;
            _byKey[RegistryNames.Loose(r.Name)] = r;
            var (kind, rest) = Split(r.Name);
            var restKey = RegistryNames.Loose(rest);
            if (kind == "kabupaten")
            {
                _byKey["kab" + restKey] = r;
                _byKey["kabupaten" + restKey] = r;
            }
            else if (kind == "kota")
            {
                _byKey["kota" + restKey] = r;
            }

            if (!bare.TryGetValue(restKey, out var list)) bare[restKey] = list = [];
            list.Add(r);
        }

        foreach (var (key, list) in bare)
        {
            if (list.Count == 1) _byKey.TryAdd(key, list[0]);
        }
    }

    /// <summary>The regency <paramref name="text"/> names, or null.</summary>
    public Regency? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        // A code typed into a number cell comes back as "1505" or "1505.0".
        if (trimmed.EndsWith(".0", StringComparison.Ordinal)) trimmed = trimmed[..^2];
        return _byKey.GetValueOrDefault(trimmed) ?? _byKey.GetValueOrDefault(RegistryNames.Loose(trimmed));
    }

    private static (string Kind, string Remainder) Split(string name)
    {
        foreach (var kind in new[] { "Kabupaten ", "Kota " })
        {
            if (name.StartsWith(kind, StringComparison.OrdinalIgnoreCase)) return (kind.Trim().ToLowerInvariant(), name[kind.Length..]);
        }

        return ("", name);
    }
}
