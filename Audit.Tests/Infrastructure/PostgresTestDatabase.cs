using Audit.Data;
using Npgsql;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test app on the PostgreSQL server named by AUDIT_TEST_POSTGRES (a connection string
/// to any database there, as <c>.ci/postgres start</c> prints), created empty and dropped afterwards.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "AUDIT_TEST_POSTGRES";

    /// <summary>AUDIT_TEST_PROVIDER=PostgreSQL runs every test app on PostgreSQL; otherwise they use SQLite.</summary>
    public const string ProviderVariable = "AUDIT_TEST_PROVIDER";

    private readonly string server;

    private PostgresTestDatabase(string server, string name)
    {
        this.server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public static DatabaseProvider DefaultProvider =>
        DataServiceCollectionExtensions.ReadProvider(Environment.GetEnvironmentVariable(ProviderVariable));

    /// <summary>
    /// Skips the calling test outside CI when no server is given; under CI=true a missing server fails the test, so a
    /// CI run can never pass by running nothing on PostgreSQL.
    /// </summary>
    public static void RequireServer()
    {
        if (Server is not null)
        {
            return;
        }

        if (RepositoryPaths.IsCi)
        {
            Assert.Fail($"{ServerVariable} is not set: CI must start PostgreSQL (.ci/postgres start) and export its connection string.");
        }

        Assert.Skip($"{ServerVariable} is not set (start a throwaway server with .ci/postgres start and export its connection string).");
    }

    public static PostgresTestDatabase Create()
    {
        var server = Server ?? throw new InvalidOperationException(
            $"{ServerVariable} is not set: start a throwaway server with .ci/postgres start and export its connection string.");
        var database = new PostgresTestDatabase(server, $"audit_test_{Guid.NewGuid():N}");
        database.Execute($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public ValueTask DisposeAsync()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Execute($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        return ValueTask.CompletedTask;
    }

    private void Execute(string sql)
    {
        // The server's own database (the one named in AUDIT_TEST_POSTGRES) holds the connection that creates or drops.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
