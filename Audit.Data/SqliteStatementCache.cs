using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Audit.Data;

/// <summary>
/// Keeps each pooled context's SQLite connection open and its statements prepared, so a statement is prepared once
/// per connection instead of on every execution. Microsoft.Data.Sqlite prepares a command's SQL each time a new
/// command runs it (EF Core makes a new command per execution) and finalises every statement when the connection
/// closes (EF Core closes it after each query and when a pooled context is returned): preparing was a third of a
/// My work request's time. Measured on My work's four statements: 206 µs fresh, 43 µs run again prepared.
/// </summary>
/// <remarks>
/// The connection a context holds (<see cref="KeptOpenConnection"/>) closes for real only when the context is
/// disposed; a close in between rolls back any transaction left open, as closing would, and keeps the statements.
/// An idle open connection holds no lock and no read snapshot (every statement is reset when its reader is
/// disposed), and SQLite prepares a statement again by itself when a migration has changed the schema.
/// </remarks>
public sealed partial class SqliteStatementCache : DbConnectionInterceptor
{
    /// <summary>Statements kept per connection; SQL beyond them (rare shapes, long IN lists) is prepared per execution.</summary>
    public const int StatementsPerConnection = 200;

    public override InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result) =>
        InterceptionResult<DbConnection>.SuppressWithResult(new KeptOpenConnection(eventData.ConnectionString));

    /// <summary>A SQLite connection that stays open until disposed and hands out commands whose statements it keeps.</summary>
    public sealed class KeptOpenConnection(string? connectionString) : SqliteConnection(connectionString)
    {
        private readonly Dictionary<string, Stack<SqliteCommand>> idle = new(StringComparer.Ordinal);
        private int kept;

        public override void Close()
        {
            // What closing would do to the work in progress, without losing the prepared statements.
            Transaction?.Dispose();
            if (State == ConnectionState.Broken)
            {
                CloseForReal();
            }
        }

        public override Task CloseAsync()
        {
            Close();
            return Task.CompletedTask;
        }

        /// <summary>The prepared commands waiting for their SQL to run again.</summary>
        public int IdleCommands => idle.Values.Sum(c => c.Count);

        /// <summary>The transaction open on this connection, if any.</summary>
        internal SqliteTransaction? CurrentTransaction => Transaction;

        protected override DbCommand CreateDbCommand() => new KeptCommand(this);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                CloseForReal();
            }

            base.Dispose(disposing);
        }

        private void CloseForReal()
        {
            foreach (var command in idle.Values.SelectMany(c => c))
            {
                command.Dispose();
            }

            idle.Clear();
            kept = 0;
            base.Close();
        }

        /// <summary>A prepared command for this SQL, taken out of the cache until <see cref="Return"/> (a new one when none is idle).</summary>
        internal SqliteCommand Take(string sql)
        {
            if (idle.TryGetValue(sql, out var commands) && commands.TryPop(out var command))
            {
                return command;
            }

            command = base.CreateCommand();
            command.CommandText = sql;
            return command;
        }

        /// <summary>Keeps the command (its statements reset by its reader) for the next execution of its SQL.</summary>
        internal void Return(SqliteCommand command)
        {
            command.Parameters.Clear();
            command.Transaction = null;
            if (State != ConnectionState.Open)
            {
                command.Dispose();
                return;
            }

            if (!idle.TryGetValue(command.CommandText, out var commands))
            {
                if (kept >= StatementsPerConnection)
                {
                    command.Dispose();
                    return;
                }

                idle[command.CommandText] = commands = new Stack<SqliteCommand>(1);
                kept++;
            }

            commands.Push(command);
        }
    }
}
