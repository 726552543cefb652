using PdfSharp.Drawing;

namespace UppkaCatalog.Web.Catalogues;

/// <summary>Word wrapping for PDFsharp, which draws single lines only: text never runs past its cell.</summary>
public static class PdfText
{
    /// <summary>
    /// <paramref name="text"/> broken into lines at most <paramref name="width"/> wide (a word too long for a line is cut),
    /// at most <paramref name="maxLines"/> of them; text cut short ends in "…".
    /// </summary>
    public static List<string> Wrap(XGraphics gfx, string text, XFont font, double width, int maxLines)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(gfx, candidate, font, width))
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0) lines.Add(line);
                line = word;
                // A word wider than the line (a long number, a URL): cut it where it no longer fits.
                while (!Fits(gfx, line, font, width) && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && !Fits(gfx, line[..cut], font, width)) cut--;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            if (line.Length > 0) lines.Add(line);
        }

        if (lines.Count <= maxLines) return lines;
        lines = lines.Take(maxLines).ToList();
        var last = lines[^1];
        while (last.Length > 0 && !Fits(gfx, last + "…", font, width)) last = last[..^1];
        lines[^1] = last.TrimEnd() + "…";
        return lines;
    }

    private static bool Fits(XGraphics gfx, string text, XFont font, double width) => gfx.MeasureString(text, font).Width <= width;
}
