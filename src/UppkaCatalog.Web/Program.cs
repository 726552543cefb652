using UppkaCatalog.Core.Data;
using UppkaCatalog.Web;
using UppkaCatalog.Web.Infrastructure;

// `backup DIR` is a command, not a server start: it runs before (and instead of) building the web host.
if (BackupCommand.IsBackup(args))
{
    return await BackupCommand.RunAsync(args, Console.Out, Console.Error);
}

// Configuration that cannot work stops start-up with one line naming the setting, not a stack trace.
try
{
    var app = AppHost.Build(args);
    await AppHost.PrepareDatabaseAsync(app);
    await app.RunAsync();
    return 0;
}
catch (DatabaseSetup.ConfigurationProblem problem)
{
    StartupLog.Critical(problem.Message);
    return 1;
}

/// <summary>Exposed for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
