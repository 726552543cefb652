using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Bench;

/// <summary>
/// Catalogue PDF benchmark (issue 14), three commands run by bench/catalogue-pdf.sh:
///
///   CatalogueBench generate --folder DIR --results FILE [--group-products 24] [--halls 4] [--booths-per-hall 10]
///                           [--booth-products 4] [--photo 4000x3000] [--jobs 2]
///       migrates DIR/uppka.db with the real migrations and writes the world (<see cref="World"/>), photos through
///       ImagePipeline into DIR/media: the data folder the app is then started on.
///   CatalogueBench measure --base URL --pid PID --phase first|group|exhibition --out DIR --results FILE [--runs 50]
///       one phase against a fresh app process (<see cref="Measure"/>).
///   CatalogueBench summary --results FILE --out DIR [--group-products 24] [--booth-products 160]
///       the figures against the targets (<see cref="Summary"/>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Length == 0) return Usage();
        var o = Options(args.Skip(1).ToArray());
        if (o is null) return Usage();
        string Need(string name) => o.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");
        int Int(string name, int fallback) => o.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        switch (args[0])
        {
            case "generate":
            {
                var photo = (o.GetValueOrDefault("photo") ?? "4000x3000").Split('x');
                var size = new WorldSize(Int("group-products", 24), Int("halls", 4), Int("booths-per-hall", 10), Int("booth-products", 4),
                    int.Parse(photo[0], CultureInfo.InvariantCulture), int.Parse(photo[1], CultureInfo.InvariantCulture), Int("jobs", 2));
                var folder = Path.GetFullPath(Need("folder"));
                var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = folder }).Build();
                var services = new ServiceCollection();
                services.AddLogging();
                services.AddSingleton<IConfiguration>(configuration);
                services.AddUppkaCore(configuration, DatabaseSetup.ResolveDataPath(configuration, folder));
                await using var provider = services.BuildServiceProvider();
                var factory = provider.GetRequiredService<IDbContextFactory<AppDbContext>>();
                await DatabaseSetup.MigrateAsync(factory);
                await using var results = File.AppendText(Need("results"));
                await World.GenerateAsync(factory, provider.GetRequiredService<ImagePipeline>(), provider.GetRequiredService<PhotoStorage>(), size, results);
                return 0;
            }

            case "measure":
            {
                await using var results = File.AppendText(Need("results"));
                using var measure = new Measure(Need("base"), Int("pid", 0), Int("runs", 50), Need("out"), results);
                await measure.RunAsync(Need("phase"));
                return 0;
            }

            case "summary":
                return Summary.Print(Need("results"), Need("out"), Int("group-products", 24), Int("booth-products", 160));
            default:
                return Usage();
        }
    }

    private static Dictionary<string, string>? Options(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length) return null;
            options[args[i][2..]] = args[i + 1];
        }

        return options;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: CatalogueBench generate --folder DIR --results FILE [--group-products N] [--halls N] [--booths-per-hall N] [--booth-products N] [--photo WxH] [--jobs N]");
        Console.Error.WriteLine("       CatalogueBench measure --base URL --pid PID --phase first|group|exhibition --out DIR --results FILE [--runs N]");
        Console.Error.WriteLine("       CatalogueBench summary --results FILE --out DIR [--group-products N] [--booth-products N]");
        return 2;
    }
}
