using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Audit.Data;

/// <summary>
/// Sets SQLite's own busy timeout on every connection as it opens. Without it a writer that finds the database
/// locked is retried by Microsoft.Data.Sqlite in 150 ms steps, so a 5 ms lock costs the waiter 150 ms; with it SQLite
/// retries in steps of a few milliseconds and the waiter continues as soon as the lock is released. Set on the
/// native handle, so it costs no extra command.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 30_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds);
        }
    }
}
