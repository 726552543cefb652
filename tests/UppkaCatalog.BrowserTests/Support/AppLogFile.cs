using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace UppkaCatalog.BrowserTests.Support;

/// <summary>
/// The shared app host's warnings and errors, one line each, in <c>$TEST_RESULTS_DIR/browser-app.log</c>: the test
/// runner does not show what the app logs, and a time-out in a browser test is only explained by what the server
/// was doing then (a slow request, thread-pool lag — see StallWatch in the app).
/// </summary>
public sealed class AppLogFile(string path) : ILoggerProvider
{
    private readonly StreamWriter _writer = new(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    private readonly ConcurrentDictionary<string, FileLogger> _loggers = new();
    private readonly Lock _gate = new();

    public string Path { get; } = path;

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, c => new FileLogger(this, c));

    private void Write(string line)
    {
        lock (_gate) _writer.WriteLine(line);
    }

    public void Dispose() => _writer.Dispose();

    private sealed class FileLogger(AppLogFile file, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}";
            if (exception is not null) line += " | " + exception.GetType().Name + ": " + exception.Message.ReplaceLineEndings(" ");
            file.Write(line);
        }
    }
}
