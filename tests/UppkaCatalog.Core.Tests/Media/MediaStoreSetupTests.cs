using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Media;

public sealed class MediaStoreSetupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private (IMediaStore Store, StorageOptions Options) Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.PostConfigure<StorageOptions>(o => o.FullDataPath = _folder.Path);
        services.AddMediaStore(configuration, _folder.Path);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IMediaStore>(), provider.GetRequiredService<IOptions<StorageOptions>>().Value);
    }

    [Fact]
    public void By_default_media_is_a_folder_named_media_in_the_data_folder()
    {
        var (store, options) = Build(Config());

        Assert.IsType<FileSystemMediaStore>(store);
        Assert.Equal(Path.Combine(_folder.Path, "media"), options.FullMediaPath);
        Assert.True(Directory.Exists(options.FullMediaPath));
    }

    [Fact]
    public async Task A_shared_Storage_MediaPath_is_created_probed_and_written_to()
    {
        var shared = Path.Combine(_folder.Path, "mnt", "uppka-media");
        var (store, options) = Build(Config(("Storage:MediaPath", shared)));
        var key = $"p/{Guid.NewGuid():N}/320.webp";

        await store.SaveAsync(key, new byte[] { 9 }, TestContext.Current.CancellationToken);

        Assert.Equal(shared, options.FullMediaPath);
        Assert.Equal([9], File.ReadAllBytes(Path.Combine(shared, key)));
        Assert.Equal([Path.Combine(shared, key)], Directory.GetFiles(shared, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_relative_Storage_MediaPath_is_under_the_data_folder()
    {
        Assert.Equal(Path.Combine(_folder.Path, "photos"), MediaStoreSetup.MediaPathOf(Config(("Storage:MediaPath", "photos")), _folder.Path));
    }

    [Fact]
    public void A_Storage_MediaPath_under_a_regular_file_fails_with_one_line_naming_the_setting()
    {
        var file = Path.Combine(_folder.Path, "a-file");
        File.WriteAllText(file, "x");

        var e = Assert.Throws<DatabaseSetup.ConfigurationProblem>(() => Build(Config(("Storage:MediaPath", Path.Combine(file, "media")))));

        Assert.StartsWith("Storage:MediaPath '", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("Storage:Media", "Azure", "Storage:Media 'Azure'")]
    [InlineData("Storage:S3:Bucket", "", "Storage:S3:Bucket is not set")]
    [InlineData("Storage:S3:ServiceUrl", "s3.example.id", "Storage:S3:ServiceUrl 's3.example.id'")]
    [InlineData("Storage:S3:SecretKey", "", "Storage:S3:AccessKey and Storage:S3:SecretKey")]
    [InlineData("Storage:S3:ForcePathStyle", "ya", "Storage:S3:ForcePathStyle 'ya'")]
    public void S3_settings_that_cannot_work_fail_with_one_line_naming_the_setting(string key, string value, string start)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Media"] = "s3",
            ["Storage:S3:ServiceUrl"] = "http://127.0.0.1:9000",
            ["Storage:S3:Bucket"] = "uppka-media",
            ["Storage:S3:AccessKey"] = "key",
            ["Storage:S3:SecretKey"] = "secret",
            [key] = value,
        };

        var e = Assert.Throws<DatabaseSetup.ConfigurationProblem>(() => Build(Config(settings.Select(kv => (kv.Key, kv.Value)).ToArray())));

        Assert.StartsWith(start, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Storage_Media_S3_with_complete_settings_chooses_the_S3_store_and_touches_no_folder()
    {
        var (store, _) = Build(Config(("Storage:Media", "S3"), ("Storage:S3:ServiceUrl", "http://127.0.0.1:9"), ("Storage:S3:Bucket", "uppka-media")));

        Assert.IsType<S3MediaStore>(store);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "media")));
    }
}
