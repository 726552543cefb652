using System.Globalization;
using System.Runtime.CompilerServices;

namespace UppkaCatalog.Tests.Shared;

/// <summary>
/// Every test process starts in Indonesian, the app's default language, whatever the machine's locale (under
/// <c>LANG=C.UTF-8</c> .NET would start in the invariant culture): service messages are read in the current UI
/// culture, and the tests pin the Indonesian texts. A test that needs another culture sets it in a scope.
/// Linked into every test project, like the rest of this folder.
/// </summary>
internal static class IndonesianByDefault
{
    [ModuleInitializer]
    internal static void Apply()
    {
        var indonesian = CultureInfo.GetCultureInfo("id-ID");
        CultureInfo.DefaultThreadCurrentCulture = indonesian;
        CultureInfo.DefaultThreadCurrentUICulture = indonesian;
    }
}
