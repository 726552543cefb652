using MudBlazor;

namespace UppkaCatalog.Web.Components.Layout;

/// <summary>Brand colours (checked for WCAG AA contrast on white) and a system font stack: no font download.</summary>
public static class UppkaTheme
{
    private static readonly string[] SystemFonts =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5d45",
            Secondary = "#9a3412",
            Tertiary = "#1d4ed8",
            AppbarBackground = "#0b5d45",
            Background = "#fafaf7",
            TextPrimary = "#1f2421",
            TextSecondary = "#4a524d",
            // Status colours darker than MudBlazor's defaults, for AA contrast of error labels, alerts and buttons (axe).
            Error = "#b3261e",
            Success = "#0f7a3d",
            Info = "#1d4ed8",
            Warning = "#8a4b00",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
            H1 = new H1Typography { FontFamily = SystemFonts, FontSize = "1.75rem", FontWeight = "700", LineHeight = "1.25" },
            H2 = new H2Typography { FontFamily = SystemFonts, FontSize = "1.35rem", FontWeight = "700", LineHeight = "1.3" },
            H3 = new H3Typography { FontFamily = SystemFonts, FontSize = "1.1rem", FontWeight = "600", LineHeight = "1.35" },
            Button = new ButtonTypography { FontFamily = SystemFonts, TextTransform = "none" }, // sentence case, like the public pages' buttons
            Body1 = new Body1Typography { FontFamily = SystemFonts },
            Body2 = new Body2Typography { FontFamily = SystemFonts },
        },
    };
}
