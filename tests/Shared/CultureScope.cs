using System.Globalization;

namespace UppkaCatalog.Tests.Shared;

/// <summary>Sets the current culture and UI culture for the rest of a test, and puts them back.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    /// <summary>By name: <c>"id-ID"</c>, <c>"en-US"</c>, or <c>""</c> for the invariant culture.</summary>
    public CultureScope(string name)
        : this(CultureInfo.GetCultureInfo(name))
    {
    }

    public CultureScope(CultureInfo culture)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
