using Bunit;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>A bUnit context with the app's localization (SharedResource, Indonesian neutral, English .en).</summary>
public abstract class ComponentTest : BunitContext
{
    protected ComponentTest()
    {
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected static PhotoView Photo(string alt = "Keripik pisang dalam kemasan", int width = 1600, int height = 1200)
    {
        const string key = "p/0123456789abcdef0123456789abcdef";
        var variants = new[] { 320, 800, 1600 }
            .SelectMany(w => new[] { "webp", "jpg" }.Select(f => new PhotoVariant(w, w * height / width, f, $"{key}/{w}.{f}", 1000)))
            .ToList();
        return new PhotoView(alt, width, height, "#a0b0c0", variants);
    }

    protected static ProductCard Card(long price = 25_000, Availability availability = Availability.Ready, int? preOrderDays = null, PhotoView? cover = null) =>
        new(1, "keripik-pisang-melati", "Keripik Pisang Manis", price, "bungkus", availability, preOrderDays,
            "UPPKA Melati", "uppka-melati-sengeti", "Kabupaten Muaro Jambi", "Makanan Olahan", cover);
}
