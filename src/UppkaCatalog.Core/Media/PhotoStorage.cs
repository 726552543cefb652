namespace UppkaCatalog.Core.Media;

/// <summary>Writes a processed image's variants to the media store, all or nothing.</summary>
public sealed class PhotoStorage(IMediaStore store)
{
    public async Task<(string StorageKey, List<PhotoVariant> Variants)> SaveAsync(ProcessedImage image, string kind, CancellationToken ct = default)
    {
        var storageKey = $"{kind}/{Guid.NewGuid():N}";
        var saved = new List<PhotoVariant>();
        try
        {
            foreach (var v in image.Variants)
            {
                var key = $"{storageKey}/{v.Width}.{v.Format}";
                await store.SaveAsync(key, v.Bytes, ct);
                saved.Add(new PhotoVariant(v.Width, v.Height, v.Format, key, v.Bytes.Length));
            }

            return (storageKey, saved);
        }
        catch
        {
            await DeleteAsync(saved, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Removes stored variants, e.g. when the database write that should follow them failed.</summary>
    public async Task DeleteAsync(IEnumerable<PhotoVariant> variants, CancellationToken ct = default)
    {
        foreach (var v in variants) await store.DeleteAsync(v.Key, ct);
    }
}
