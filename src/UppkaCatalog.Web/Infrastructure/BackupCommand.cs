using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// <c>dotnet UppkaCatalog.Web.dll backup DIR</c> (or <c>dotnet run --project src/UppkaCatalog.Web -- backup DIR</c>):
/// backs up the data folder the app would use, with the app's own configuration (appsettings, environment variables,
/// further <c>--Key=value</c> arguments), without starting the web host, so it can run beside the serving app.
/// Exit codes: 0 written (one summary line), 1 failed (one "Backup failed: …" line), 2 no DIR given.
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";

    public static bool IsBackup(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || string.IsNullOrWhiteSpace(args[1]) || args[1].StartsWith('-'))
        {
            await error.WriteLineAsync("Usage: dotnet UppkaCatalog.Web.dll backup DIR   (DIR: a new or empty folder; see README, \"Backup and restore\")");
            return 2;
        }

        try
        {
            var rest = args[2..];
            // The same configuration sources and content root as the app, so the backup reads the data folder it serves.
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = rest, ContentRootPath = AppHost.DefaultContentRoot(rest) });
            var dataPath = DatabaseSetup.DataPathOf(builder.Configuration, builder.Environment.ContentRootPath);
            var connectionString = DatabaseSetup.SqliteConnectionString(builder.Configuration, dataPath);
            // Media in a bucket is backed up with the object store's own tools (README, "Running on several machines").
            var s3 = MediaStoreSetup.KindOf(builder.Configuration) == MediaStoreKinds.S3;
            var mediaPath = s3 ? null : MediaStoreSetup.MediaPathOf(builder.Configuration, dataPath);
            var summary = await Backup.RunAsync(connectionString, dataPath, TargetPath(args[1]), mediaPath: mediaPath);
            await output.WriteLineAsync(summary.ToString());
            if (s3) await output.WriteLineAsync("Media is in the S3 bucket (Storage:S3:Bucket) and not in this backup: copy the bucket with the store's own tools.");
            return 0;
        }
        catch (Exception e) when (e is Backup.BackupFailed or DatabaseSetup.ConfigurationProblem or IOException
                                      or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await error.WriteLineAsync($"Backup failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// A relative DIR is taken from the folder the command was typed in. <c>dotnet run</c> starts the app in the project
    /// folder, but the shell's <c>PWD</c> still names where the user was.
    /// </summary>
    private static string TargetPath(string dir)
    {
        var typedIn = Environment.GetEnvironmentVariable("PWD");
        return Path.IsPathRooted(dir) || string.IsNullOrEmpty(typedIn) || !Path.IsPathRooted(typedIn) || !Directory.Exists(typedIn)
            ? Path.GetFullPath(dir)
            : Path.GetFullPath(dir, typedIn);
    }
}
