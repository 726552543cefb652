using UppkaCatalog.Core.Data;
using UppkaCatalog.Web;

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
