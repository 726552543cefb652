using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace UppkaCatalog.Bench;

/// <summary>
/// SSIM (Wang, Bovik, Sheikh, Simoncelli 2004) on luma, with the paper's 11 × 11 Gaussian window (σ 1.5),
/// K1 0.01, K2 0.03, averaged over the image: 1 means identical. Debian 12's ImageMagick 6.9.11 has no
/// SSIM metric, so it is computed here (the same definition as ImageMagick 7's and scikit-image's).
/// </summary>
internal static class Ssim
{
    private const double C1 = 0.01 * 255 * 0.01 * 255;
    private const double C2 = 0.03 * 255 * 0.03 * 255;
    private static readonly double[] Kernel = Gaussian(5, 1.5);

    public static double Compare(Image<Rgb24> a, Image<Rgb24> b)
    {
        if (a.Width != b.Width || a.Height != b.Height) throw new ArgumentException($"{a.Width}×{a.Height} against {b.Width}×{b.Height}");
        int w = a.Width, h = a.Height;
        var x = Luma(a);
        var y = Luma(b);
        var xx = new double[x.Length];
        var yy = new double[x.Length];
        var xy = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            xx[i] = x[i] * x[i];
            yy[i] = y[i] * y[i];
            xy[i] = x[i] * y[i];
        }

        var mx = Blur(x, w, h);
        var my = Blur(y, w, h);
        var sxx = Blur(xx, w, h);
        var syy = Blur(yy, w, h);
        var sxy = Blur(xy, w, h);
        // Only windows wholly inside the image (as the paper's "valid" mode): no made-up border pixels.
        var r = Kernel.Length / 2;
        double sum = 0;
        long n = 0;
        for (var j = r; j < h - r; j++)
        {
            for (var i = r; i < w - r; i++)
            {
                var k = j * w + i;
                double ux = mx[k], uy = my[k];
                double vx = sxx[k] - ux * ux, vy = syy[k] - uy * uy, cxy = sxy[k] - ux * uy;
                sum += (2 * ux * uy + C1) * (2 * cxy + C2) / ((ux * ux + uy * uy + C1) * (vx + vy + C2));
                n++;
            }
        }

        return sum / n;
    }

    private static double[] Luma(Image<Rgb24> image)
    {
        var luma = new double[image.Width * image.Height];
        image.ProcessPixelRows(rows =>
        {
            for (var j = 0; j < rows.Height; j++)
            {
                var row = rows.GetRowSpan(j);
                for (var i = 0; i < row.Length; i++) luma[j * row.Length + i] = 0.299 * row[i].R + 0.587 * row[i].G + 0.114 * row[i].B;
            }
        });
        return luma;
    }

    /// <summary>Separable Gaussian; edges clamped (only the interior is used).</summary>
    private static double[] Blur(double[] src, int w, int h)
    {
        var r = Kernel.Length / 2;
        var tmp = new double[src.Length];
        var dst = new double[src.Length];
        for (var j = 0; j < h; j++)
        {
            for (var i = 0; i < w; i++)
            {
                double s = 0;
                for (var t = -r; t <= r; t++) s += Kernel[t + r] * src[j * w + Math.Clamp(i + t, 0, w - 1)];
                tmp[j * w + i] = s;
            }
        }

        for (var j = 0; j < h; j++)
        {
            for (var i = 0; i < w; i++)
            {
                double s = 0;
                for (var t = -r; t <= r; t++) s += Kernel[t + r] * tmp[Math.Clamp(j + t, 0, h - 1) * w + i];
                dst[j * w + i] = s;
            }
        }

        return dst;
    }

    private static double[] Gaussian(int radius, double sigma)
    {
        var k = Enumerable.Range(-radius, 2 * radius + 1).Select(t => Math.Exp(-t * t / (2 * sigma * sigma))).ToArray();
        var total = k.Sum();
        return k.Select(v => v / total).ToArray();
    }
}
