using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using UppkaCatalog.Core.Catalogues;

namespace UppkaCatalog.Web.Catalogues;

/// <summary>A made catalogue: its bytes, a strong ETag of them, and when it was made.</summary>
public sealed record CatalogueFile(byte[] Bytes, string ETag, DateTimeOffset MadeAt);

/// <summary>
/// Group catalogue PDFs, made on first request and kept until the catalogue's content changes: the same signal that
/// evicts the output-cached pages (<see cref="CatalogueChanges"/>, bumped by <see cref="Infrastructure.OutputCacheEviction"/>).
/// One file per group, language and (without Site:PublicBaseUrl) site root, since the links inside differ. Each file
/// is made once however many ask at the same moment: they share one <see cref="Lazy{T}"/>. A file begun before a
/// change is handed to those who asked, but never kept (its generation is old), so the next request makes it anew.
/// Per node, in memory, like the output cache.
/// </summary>
public sealed class GroupCatalogueFiles(GroupCatalogueService catalogues, GroupCataloguePdf pdf, CatalogueChanges changes, TimeProvider time)
{
    /// <summary>Bounds memory (and a visitor inventing Host headers without Site:PublicBaseUrl): beyond it, start over.</summary>
    public const int MaxFiles = 512;

    private readonly ConcurrentDictionary<string, (long Generation, Lazy<Task<CatalogueFile?>> File)> _files = new();
    /// <summary>How many files were made (tests check that a second request reuses the first).</summary>
    public int Made => _made;

    private int _made;

    /// <summary>Forgets every file (what a change does, for writes that bypass the change signal).</summary>
    public void Forget()
    {
        changes.Changed();
        _files.Clear();
    }

    /// <summary>The catalogue of the active group <paramref name="slug"/>, or null if there is none.</summary>
    /// <param name="root">The site root the links inside point to.</param>
    public async Task<CatalogueFile?> GetAsync(string slug, string root, Func<string, string> storefront, Func<string, string> product)
    {
        var culture = CultureInfo.CurrentUICulture;
        var key = string.Join('\n', slug, culture.Name, root);
        while (true)
        {
            var generation = changes.Generation;
            if (_files.Count >= MaxFiles) _files.Clear();
            var entry = _files.GetOrAdd(key, _ => (generation, new Lazy<Task<CatalogueFile?>>(() => MakeAsync(slug, culture, storefront, product))));
            if (entry.Generation != generation)
            {
                // Made before the last change: drop it (only if no one replaced it meanwhile) and ask again.
                _files.TryRemove(new KeyValuePair<string, (long, Lazy<Task<CatalogueFile?>>)>(key, entry));
                continue;
            }

            try
            {
                var file = await entry.File.Value;
                // Unknown groups are not kept: a visitor inventing slugs must not fill memory.
                if (file is null) _files.TryRemove(new KeyValuePair<string, (long, Lazy<Task<CatalogueFile?>>)>(key, entry));
                return file;
            }
            catch
            {
                // A failure is not kept either: the next request tries again.
                _files.TryRemove(new KeyValuePair<string, (long, Lazy<Task<CatalogueFile?>>)>(key, entry));
                throw;
            }
        }
    }

    private async Task<CatalogueFile?> MakeAsync(string slug, CultureInfo culture, Func<string, string> storefront, Func<string, string> product)
    {
        // The first asker's request may end before the file is made; others wait for it, so no request's token here.
        var group = await catalogues.GetAsync(slug, CancellationToken.None);
        if (group is null) return null;
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            // Whole seconds: Last-Modified and If-Modified-Since carry no fractions.
            var now = time.GetUtcNow();
            var madeAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
            var bytes = await Task.Run(() => pdf.Render(group, storefront(group.Slug), product, madeAt));
            Interlocked.Increment(ref _made);
            return new CatalogueFile(bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12))}\"", madeAt);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
