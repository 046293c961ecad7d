using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// Records the SQL that EF Core sends, and the connections it opens, from the code run inside
/// <c>using (SqlCommandLog.Start()) { … }</c> — only that code's own async flow, so tests running alongside do not
/// add their commands. For counting what one command costs the database.
/// </summary>
public sealed class SqlCommandLog : IDisposable
{
    private static readonly AsyncLocal<SqlCommandLog?> Current = new();
    private static readonly object Gate = new();
    private static bool subscribed;

    private readonly List<string> commands = [];
    private int connectionOpens;

    private SqlCommandLog()
    {
    }

    /// <summary>The SQL of every command executed, in order.</summary>
    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (commands)
            {
                return [.. commands];
            }
        }
    }

    /// <summary>The read commands (SELECTs), in order.</summary>
    public IReadOnlyList<string> Reads => Commands.Where(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).ToList();

    public int ConnectionOpens => connectionOpens;

    public static SqlCommandLog Start()
    {
        Listen();
        var log = new SqlCommandLog();
        Current.Value = log;
        return log;
    }

    public void Dispose() => Current.Value = null;

    /// <summary>One line per command, for a failure message or the benchmark's notes.</summary>
    public override string ToString() =>
        string.Join(Environment.NewLine + Environment.NewLine, Commands.Select((c, i) => $"-- {i + 1}{Environment.NewLine}{c}"))
        + $"{Environment.NewLine}-- connection opens: {ConnectionOpens}";

    /// <summary>
    /// Subscribes to EF Core's events, once for the process. Called before any app (and so any context) is made
    /// (<see cref="AuditAppFactory"/>): EF Core caches each context's "does anyone listen?" for up to a second
    /// (<c>ConfigureLoggingCacheTime</c>), and a pooled context keeps that answer across requests, so a listener
    /// subscribed only when a test starts its log could miss that test's first commands.
    /// </summary>
    public static void Listen()
    {
        lock (Gate)
        {
            if (subscribed)
            {
                return;
            }

            subscribed = true;
            DiagnosticListener.AllListeners.Subscribe(new ListenerObserver());
        }
    }

    private sealed class ListenerObserver : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(new EventObserver(), IsRecorded);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    // Only the two events recorded: a listener enabled for every event makes EF Core build and send event data for
    // each change detected, entity tracked and query compiled, in every test and benchmark, which the app as deployed
    // (with no listener) never does.
    private static bool IsRecorded(string name) =>
        name == RelationalEventId.CommandExecuting.Name || name == RelationalEventId.ConnectionOpened.Name;

    private sealed class EventObserver : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (Current.Value is not { } log)
            {
                return;
            }

            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data)
            {
                lock (log.commands)
                {
                    log.commands.Add(data.Command.CommandText);
                }
            }
            else if (value.Key == RelationalEventId.ConnectionOpened.Name)
            {
                Interlocked.Increment(ref log.connectionOpens);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
