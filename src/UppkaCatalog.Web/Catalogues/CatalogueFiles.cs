using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;

namespace UppkaCatalog.Web.Catalogues;

/// <summary>A made catalogue: its bytes, a strong ETag of them, and when it was made.</summary>
public sealed record CatalogueFile(byte[] Bytes, string ETag, DateTimeOffset MadeAt);

/// <summary>
/// Catalogue PDFs (a group's, an exhibition's), made on first request and kept until the catalogue's content changes:
/// the same signal that evicts the output-cached pages (<see cref="CatalogueChanges"/>, bumped by
/// <see cref="Infrastructure.OutputCacheEviction"/>). One file per catalogue, language and (without
/// Site:PublicBaseUrl) site root, since the links inside differ. Each file is made once however many ask at the same
/// moment: they share one <see cref="Lazy{T}"/>. A file begun before a change is handed to those who asked, but never
/// kept (its generation is old), so the next request makes it anew. Kept per node, in memory; with Redis the change
/// signal reaches every node (<see cref="Infrastructure.RedisCatalogueChanges"/>).
/// </summary>
public sealed class CatalogueFiles(CatalogueChanges changes, TimeProvider time)
{
    /// <summary>Bounds memory (and a visitor inventing Host headers without Site:PublicBaseUrl): beyond it, start over.</summary>
    public const int MaxFiles = 512;

    private readonly ConcurrentDictionary<string, (long Generation, Lazy<Task<CatalogueFile?>> File)> _files = new();
    private int _made;

    /// <summary>How many files were made (tests check that a second request reuses the first).</summary>
    public int Made => _made;

    /// <summary>Forgets every file (what a change does, for writes that bypass the change signal).</summary>
    public void Forget()
    {
        changes.Changed();
        _files.Clear();
    }

    /// <summary>
    /// The file <paramref name="name"/> (e.g. <c>group/melati</c>) for <paramref name="root"/> in the current UI
    /// culture, made by <paramref name="make"/> if not kept: it renders in that culture and returns null when there is
    /// nothing to show (nothing is kept then, so invented slugs cannot fill memory).
    /// </summary>
    /// <param name="make">Given the moment the file is made (whole seconds, for Last-Modified); runs without the request's token, since others may wait for it.</param>
    public async Task<CatalogueFile?> GetAsync(string name, string root, Func<DateTimeOffset, Task<byte[]?>> make)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var key = string.Join('\n', name, culture.Name, uiCulture.Name, root);
        while (true)
        {
            var generation = changes.Generation;
            if (_files.Count >= MaxFiles) _files.Clear();
            var entry = _files.GetOrAdd(key, _ => (generation, new Lazy<Task<CatalogueFile?>>(() => MakeAsync(culture, uiCulture, make))));
            if (entry.Generation != generation)
            {
                // Made before the last change: drop it (only if no one replaced it meanwhile) and ask again.
                _files.TryRemove(new KeyValuePair<string, (long, Lazy<Task<CatalogueFile?>>)>(key, entry));
                continue;
            }

            try
            {
                var file = await entry.File.Value;
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

    private async Task<CatalogueFile?> MakeAsync(CultureInfo culture, CultureInfo uiCulture, Func<DateTimeOffset, Task<byte[]?>> make)
    {
        // Whole seconds: Last-Modified and If-Modified-Since carry no fractions.
        var now = time.GetUtcNow();
        var madeAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        // Off the request's thread, in the asker's language (the culture flows into the task).
        var bytes = await Task.Run(async () =>
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            return await make(madeAt);
        });
        if (bytes is null) return null;
        Interlocked.Increment(ref _made);
        return new CatalogueFile(bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12))}\"", madeAt);
    }
}
