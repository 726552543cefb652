namespace UppkaCatalog.Web;

/// <summary>Logging for the moments before the host's own logging exists.</summary>
internal static class StartupLog
{
    public static void Critical(string message)
    {
        using var factory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
        factory.CreateLogger("UppkaCatalog.Startup").LogCritical("Start-up stopped: {Problem}", message);
    }
}
