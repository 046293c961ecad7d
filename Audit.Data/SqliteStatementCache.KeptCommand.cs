using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Audit.Data;

public sealed partial class SqliteStatementCache
{
    /// <summary>
    /// A command on a <see cref="KeptOpenConnection"/>: holds its text, parameters and transaction, and runs them on
    /// one of the connection's prepared commands for that text, which it returns when it is disposed. Anything may be
    /// set in any order; nothing reaches SQLite before the command runs.
    /// </summary>
    private sealed class KeptCommand(KeptOpenConnection connection) : DbCommand
    {
        private readonly ParameterList parameters = new();
        private SqliteCommand? running;

        [AllowNull]
        public override string CommandText { get; set; } = string.Empty;

        public override int CommandTimeout { get; set; } = connection.DefaultTimeout;

        public override CommandType CommandType
        {
            get => CommandType.Text;
            set
            {
                if (value != CommandType.Text)
                {
                    throw new ArgumentException($"SQLite runs only {nameof(CommandType.Text)} commands.", nameof(value));
                }
            }
        }

        public override bool DesignTimeVisible { get; set; }

        public override UpdateRowSource UpdatedRowSource { get; set; }

        protected override DbConnection? DbConnection
        {
            get => connection;
            set
            {
                if (value != connection)
                {
                    throw new InvalidOperationException("A command from a kept-open SQLite connection runs only on that connection.");
                }
            }
        }

        protected override DbParameterCollection DbParameterCollection => parameters;

        protected override DbTransaction? DbTransaction { get; set; }

        public override void Cancel() => running?.Cancel();

        public override int ExecuteNonQuery() => Run(c => c.ExecuteNonQuery());

        public override object? ExecuteScalar() => Run(c => c.ExecuteScalar());

        public override void Prepare()
        {
        }

        protected override DbParameter CreateDbParameter() => new SqliteParameter();

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Ready().ExecuteReader(behavior);

        protected override void Dispose(bool disposing)
        {
            if (disposing && running is { } command)
            {
                running = null;
                connection.Return(command);
            }

            base.Dispose(disposing);
        }

        // Run to the end here (no reader outlives the call): the command goes back at once.
        private T Run<T>(Func<SqliteCommand, T> execute)
        {
            try
            {
                return execute(Ready());
            }
            finally
            {
                var command = running!;
                running = null;
                connection.Return(command);
            }
        }

        private SqliteCommand Ready()
        {
            // Run again (a retry) while the last run's reader may still be open: that command is not kept, since its
            // reader may still be reading; this run takes another.
            running?.Dispose();

            var command = connection.Take(CommandText);
            // As a command made by the connection would: in the connection's transaction unless given one.
            command.Transaction = (SqliteTransaction?)DbTransaction ?? connection.CurrentTransaction;
            command.CommandTimeout = CommandTimeout;
            command.Parameters.Clear();
            foreach (SqliteParameter parameter in parameters)
            {
                command.Parameters.Add(parameter);
            }

            running = command;
            return command;
        }

        private sealed class ParameterList : SqliteParameterCollection;
    }
}
