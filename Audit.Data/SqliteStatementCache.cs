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
    /// <summary>
    /// SQL texts kept per connection, the least recently run given up first for a new one: start-up's migrations run
    /// hundreds of texts once on a pooled context's connection, and must not leave no room for the app's own.
    /// </summary>
    public const int StatementsPerConnection = 200;

    public override InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result) =>
        InterceptionResult<DbConnection>.SuppressWithResult(new KeptOpenConnection(eventData.ConnectionString));

    /// <summary>A SQLite connection that stays open until disposed and hands out commands whose statements it keeps.</summary>
    public sealed class KeptOpenConnection(string? connectionString) : SqliteConnection(connectionString)
    {
        private readonly Dictionary<string, LinkedListNode<KeptText>> bySql = new(StringComparer.Ordinal);

        // The texts kept, the most recently run first.
        private readonly LinkedList<KeptText> byUse = new();

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
        public int IdleCommands => byUse.Sum(t => t.Commands.Count);

        /// <summary>Whether a prepared command for this SQL is waiting to run it again.</summary>
        public bool Keeps(string sql) => bySql.TryGetValue(sql, out var text) && text.Value.Commands.Count > 0;

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
            foreach (var text in byUse)
            {
                text.Dispose();
            }

            bySql.Clear();
            byUse.Clear();
            base.Close();
        }

        /// <summary>A prepared command for this SQL, taken out of the cache until <see cref="Return"/> (a new one when none is idle).</summary>
        internal SqliteCommand Take(string sql)
        {
            if (bySql.TryGetValue(sql, out var text) && text.Value.Commands.TryPop(out var command))
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

            if (bySql.TryGetValue(command.CommandText, out var text))
            {
                byUse.Remove(text);
                byUse.AddFirst(text);
            }
            else if (ChangesTheSchema(command.CommandText))
            {
                // Run once (a migration): a statement made before the schema changed is prepared again anyway.
                command.Dispose();
                return;
            }
            else
            {
                if (bySql.Count >= StatementsPerConnection && byUse.Last is { } leastRecent)
                {
                    byUse.RemoveLast();
                    bySql.Remove(leastRecent.Value.Sql);
                    leastRecent.Value.Dispose();
                }

                text = byUse.AddFirst(new KeptText(command.CommandText));
                bySql[command.CommandText] = text;
            }

            text.Value.Commands.Push(command);
        }

        private static bool ChangesTheSchema(string sql)
        {
            var start = sql.AsSpan().TrimStart();
            return start.StartsWith("CREATE", StringComparison.OrdinalIgnoreCase) || start.StartsWith("ALTER", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("DROP", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>One SQL text and its prepared commands waiting to run it again.</summary>
    private sealed class KeptText(string sql) : IDisposable
    {
        public string Sql => sql;

        public Stack<SqliteCommand> Commands { get; } = new(1);

        public void Dispose()
        {
            foreach (var command in Commands)
            {
                command.Dispose();
            }

            Commands.Clear();
        }
    }
}
