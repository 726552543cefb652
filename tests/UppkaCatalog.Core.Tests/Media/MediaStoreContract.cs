using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Tests.Media;

/// <summary>
/// What every <see cref="IMediaStore"/> must do, run against each store (FileSystemMediaStoreTests, S3MediaStoreTests)
/// through the interface only: the pipeline and <c>/media/{key}</c> rely on nothing else.
/// </summary>
public abstract class MediaStoreContract
{
    protected abstract IMediaStore Store { get; }

    /// <summary>How many objects the store holds (files, or objects in the bucket), to prove a refusal wrote nothing.</summary>
    protected abstract Task<int> CountStoredAsync();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static string NewKey(string name = "320.webp") => $"p/{Guid.NewGuid():N}/{name}";

    protected async Task<byte[]?> ReadAsync(string key)
    {
        await using var stream = await Store.OpenReadAsync(key, Ct);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Ct);
        return copy.ToArray();
    }

    [Fact]
    public async Task Saved_bytes_are_read_back_unchanged()
    {
        var key = NewKey();
        var content = new byte[70_000];
        new Random(15).NextBytes(content);

        await Store.SaveAsync(key, content, Ct);

        Assert.Equal(content, await ReadAsync(key));
        Assert.Equal(1, await CountStoredAsync());
    }

    [Fact]
    public async Task Opening_a_key_that_was_never_saved_gives_null()
    {
        Assert.Null(await Store.OpenReadAsync(NewKey("320.jpg"), Ct));
    }

    [Fact]
    public async Task Saving_over_an_existing_key_is_refused_and_keeps_the_first_bytes()
    {
        var key = NewKey("800.jpg");
        await Store.SaveAsync(key, new byte[] { 1 }, Ct);

        await Assert.ThrowsAnyAsync<IOException>(() => Store.SaveAsync(key, new byte[] { 2 }, Ct));

        Assert.Equal([1], await ReadAsync(key));
        Assert.Equal(1, await CountStoredAsync());
    }

    [Fact]
    public async Task Deleting_removes_only_that_key_and_deleting_again_is_no_error()
    {
        var folder = $"p/{Guid.NewGuid():N}";
        await Store.SaveAsync($"{folder}/320.webp", new byte[] { 1 }, Ct);
        await Store.SaveAsync($"{folder}/320.jpg", new byte[] { 2 }, Ct);

        await Store.DeleteAsync($"{folder}/320.webp", Ct);

        Assert.Null(await Store.OpenReadAsync($"{folder}/320.webp", Ct));
        Assert.Equal([2], await ReadAsync($"{folder}/320.jpg"));
        await Store.DeleteAsync($"{folder}/320.webp", Ct);
        await Store.DeleteAsync($"{folder}/320.jpg", Ct);
        Assert.Equal(0, await CountStoredAsync());
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("p/abc/1.exe")]
    [InlineData("p/0123456789abcdef0123456789abcdef/1.exe")]
    [InlineData("p/0123456789abcdef0123456789abcdef/../../../x.jpg")]
    [InlineData("p/0123456789ABCDEF0123456789ABCDEF/320.jpg")]
    [InlineData("p\\0123456789abcdef0123456789abcdef\\320.jpg")]
    [InlineData("p/0123456789abcdef0123456789abcdef/320.jpg\n")]
    [InlineData("p/0123456789abcdef0123456789abcdef/320.jpg?x=1")]
    [InlineData("")]
    public async Task Keys_the_app_does_not_make_are_refused_for_every_operation(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(key, new byte[] { 1 }, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(key, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key, Ct));
        Assert.Equal(0, await CountStoredAsync());
    }
}
