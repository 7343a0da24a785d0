using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Consultation.IntegrationTests.Infrastructure;

/// <summary>Keeps every log line a site writes, with the values of the scopes around it, for tests that read the log.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<CapturedLogLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var scopes = new Dictionary<string, string>();
            owner._scopes.ForEachScope((scope, values) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, value) in pairs) values[key] = value?.ToString() ?? "";
                else values[$"scope{values.Count}"] = scope?.ToString() ?? "";
            }, scopes);
            owner.Lines.Enqueue(new CapturedLogLine(category, logLevel, formatter(state, exception) + " " + exception, scopes));
        }
    }
}
