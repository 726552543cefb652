using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace UppkaCatalog.Bench;

/// <summary>
/// Phone-like product photos, different for every seed: a table and a wall with fractal (1/f) texture, a product in
/// the middle with shading, a soft shadow and a label of "text" strokes (sharp edges, as real packaging has), then
/// sensor grain at full size, saved as a camera does (JPEG q90 4:2:0). Flat colours would compress to almost nothing
/// and make the PDF look smaller than a member's real catalogue; pure per-pixel noise would make it far larger. The
/// scene is drawn at 1600 px (the largest rendition, where its detail matters) and scaled up, as a phone's lens and
/// demosaicing leave a 12 MP photo soft at pixel level; the grain is added after.
/// </summary>
internal static class Photos
{
    private const int SceneWidth = 1600;
    private static readonly JpegEncoder Camera = new() { Quality = 90, ColorType = JpegColorType.YCbCrRatio420 };

    public static byte[] Make(int seed, int width, int height)
    {
        var random = new Random(seed);
        var sceneHeight = SceneWidth * height / width;
        using var image = new Image<Rgb24>(SceneWidth, sceneHeight);
        var texture = new Fractal(random, SceneWidth, sceneHeight, 192, 2);
        var tint = new Fractal(random, SceneWidth, sceneHeight, 256, 32);

        var wall = Colour(random, 150, 235);
        var table = Colour(random, 60, 190);
        var product = Colour(random, 30, 230);
        var horizon = sceneHeight * (0.35 + 0.2 * random.NextDouble());
        // The product: an ellipse or a box (a jar, a pouch), 40-60 % of the height, near the middle.
        var round = random.Next(2) == 0;
        double cx = SceneWidth * (0.42 + 0.16 * random.NextDouble()), cy = sceneHeight * (0.5 + 0.08 * random.NextDouble());
        double rx = sceneHeight * (0.18 + 0.12 * random.NextDouble()), ry = sceneHeight * (0.22 + 0.1 * random.NextDouble());
        var label = new Label(random, cx - rx * 0.7, cy - ry * 0.35, rx * 1.4, ry * 0.7);

        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var t = texture.At(x, y);
                    var c = tint.At(x, y);
                    var dx = (x - cx) / rx;
                    var dy = (y - cy) / ry;
                    var inside = round ? dx * dx + dy * dy <= 1 : Math.Abs(dx) <= 0.85 && Math.Abs(dy) <= 1;
                    (double R, double G, double B) p;
                    if (inside)
                    {
                        // Lit from the upper left: brighter there, darker towards the lower right edge.
                        var light = 1.15 - 0.35 * (dx + dy + 2) / 4;
                        p = Scale(product, light, 42 * t, 14 * c);
                        if (label.Contains(x, y)) p = label.Ink(x, y) ? (30 + 10 * t, 30, 35) : (238 + 8 * t, 236 + 8 * t, 228);
                    }
                    else
                    {
                        var surface = y < horizon ? wall : table;
                        // A soft shadow on the table below and right of the product.
                        var sx = (x - cx - rx * 0.25) / (rx * 1.3);
                        var sy = (y - cy - ry * 0.9) / (ry * 0.45);
                        var shadow = y >= horizon ? Math.Clamp(sx * sx + sy * sy, 0.55, 1) : 1;
                        p = Scale(surface, shadow * (y < horizon ? 1 : 0.9 + 0.1 * y / rows.Height), 48 * t, 18 * c);
                    }

                    row[x] = new Rgb24(Byte(p.R), Byte(p.G), Byte(p.B));
                }
            }
        });

        image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(width, height), Mode = ResizeMode.Stretch, Sampler = KnownResamplers.Bicubic }));
        Grain(image, random);
        using var output = new MemoryStream();
        image.Save(output, Camera);
        return output.ToArray();
    }

    private static (double R, double G, double B) Colour(Random random, int min, int max) =>
        (random.Next(min, max), random.Next(min, max), random.Next(min, max));

    private static (double, double, double) Scale((double R, double G, double B) c, double light, double detail, double hue) =>
        (c.R * light + detail + hue, c.G * light + detail, c.B * light + detail - hue);

    private static byte Byte(double v) => (byte)Math.Clamp(v, 0, 255);

    /// <summary>Sensor grain (σ ≈ 5 levels, Box-Muller), per pixel at full size.</summary>
    private static void Grain(Image<Rgb24> image, Random random)
    {
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var n = 5 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                    var p = row[x];
                    row[x] = new Rgb24(Byte(p.R + n), Byte(p.G + n), Byte(p.B + n));
                }
            }
        });
    }

    /// <summary>Value noise summed over octaves from <c>largest</c> down to <c>smallest</c> px, each half the amplitude: about -1..1.</summary>
    private sealed class Fractal
    {
        private readonly List<(int Cell, double Amplitude, int Columns, float[] Values)> _octaves = [];

        public Fractal(Random random, int width, int height, int largest, int smallest)
        {
            var amplitude = 0.5;
            for (var cell = largest; cell >= smallest; cell /= 2, amplitude *= 0.75)
            {
                var columns = width / cell + 2;
                var values = new float[columns * (height / cell + 2)];
                for (var i = 0; i < values.Length; i++) values[i] = (float)(random.NextDouble() * 2 - 1);
                _octaves.Add((cell, amplitude, columns, values));
            }
        }

        public double At(int x, int y)
        {
            double sum = 0;
            foreach (var (cell, amplitude, columns, v) in _octaves)
            {
                int gx = x / cell, gy = y / cell;
                double fx = (double)(x % cell) / cell, fy = (double)(y % cell) / cell;
                var i = gy * columns + gx;
                var top = v[i] + (v[i + 1] - v[i]) * fx;
                var bottom = v[i + columns] + (v[i + columns + 1] - v[i + columns]) * fx;
                sum += amplitude * (top + (bottom - top) * fy);
            }

            return sum;
        }
    }

    /// <summary>A white label with rows of dark "words": the sharp edges packaging text gives a photo.</summary>
    private sealed class Label
    {
        private readonly int _left, _top, _width, _height;
        private readonly bool[] _ink;

        public Label(Random random, double left, double top, double width, double height)
        {
            (_left, _top, _width, _height) = ((int)left, (int)top, Math.Max(1, (int)width), Math.Max(1, (int)height));
            _ink = new bool[_width * _height];
            var lineHeight = (double)_height / random.Next(4, 8);
            var glyph = lineHeight * 0.5;
            for (var y = lineHeight * 0.3; y + lineHeight * 0.6 < _height; y += lineHeight)
            {
                for (var x = _width * 0.06; x < _width * 0.92;)
                {
                    var word = glyph * random.Next(2, 7) * 0.6;
                    for (var g = x; g < Math.Min(x + word, _width * 0.94); g += glyph * 0.6)
                    {
                        Fill(g, g + glyph * 0.12, y, y + glyph); // a vertical stroke
                        var bar = y + glyph * random.Next(0, 3) * 0.44;
                        if (random.Next(2) == 0) Fill(g, g + glyph * 0.45, bar, bar + glyph * 0.12);
                    }

                    x += word + glyph * 0.6;
                }
            }
        }

        public bool Contains(int x, int y) => x >= _left && x < _left + _width && y >= _top && y < _top + _height;

        public bool Ink(int x, int y) => _ink[(y - _top) * _width + x - _left];

        private void Fill(double x0, double x1, double y0, double y1)
        {
            for (var y = (int)y0; y < Math.Min((int)y1, _height); y++)
            {
                for (var x = (int)x0; x < Math.Min((int)x1, _width); x++) _ink[y * _width + x] = true;
            }
        }
    }
}
