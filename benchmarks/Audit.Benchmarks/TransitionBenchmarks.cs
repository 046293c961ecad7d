using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;
using BenchmarkDotNet.Attributes;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Audit.Benchmarks;

/// <summary>
/// One workflow transition through the real command pipeline (access, workflow guards, handler, history, deadline
/// hand-over, one transaction) against a bare EF Core commit of the same rows and against raw ADO.NET. Each
/// operation is a take and a release of moderation, so the audit ends where it started. Runs on SQLite, and on
/// PostgreSQL as well when AUDIT_TEST_POSTGRES names a server (as the tests' PostgreSQL pass does).
/// </summary>
[MemoryDiagnoser]
public class TransitionBenchmarks
{
    private AuditAppFactory app = default!;
    private AuditScenario scenario = default!;
    private string connectionString = default!;

    /// <summary>SQLite always; PostgreSQL when a server is given.</summary>
    public static IEnumerable<DatabaseProvider> Providers() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresTestDatabase.ServerVariable))
            ? [DatabaseProvider.Sqlite]
            : [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL];

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        app = AuditAppFactory.On(Provider);
        scenario = AuditScenario.CreateAsync(app).GetAwaiter().GetResult();
        scenario.ToStateAsync(AuditState.AwaitingModeration).GetAwaiter().GetResult();
        connectionString = app.DbAsync(db => Task.FromResult(db.Database.GetConnectionString()!)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "Take and release through AuditCommands")]
    public async Task ThroughTheWorkflow()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<AuditCommands>();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var version = await db.CaseAudits.Where(a => a.Id == scenario.AuditId).Select(a => a.Version).SingleAsync();
        Expect(await commands.SendAsync(new TakeForModerationCommand(scenario.AuditId, version), scenario.Moderator.Id));
        Expect(await commands.SendAsync(new ReleaseModerationCommand(scenario.AuditId, version + 1), scenario.Moderator.Id));
    }

    [Benchmark(Baseline = true, Description = "Bare EF Core commits of the same rows")]
    public async Task BareEfCore()
    {
        foreach (var take in new[] { true, false })
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            var audit = await db.CaseAudits.SingleAsync(a => a.Id == scenario.AuditId);
            audit.ModerationTakenById = take ? scenario.Moderator.Id : null;
            audit.ModerationTakenAt = take ? DateTimeOffset.UtcNow : null;
            db.AuditHistory.Add(new AuditHistoryEntry
            {
                CaseAuditId = audit.Id, OccurredAt = DateTimeOffset.UtcNow, ActorId = scenario.Moderator.Id,
                FromState = audit.State, ToState = audit.State, Trigger = take ? "TakeForModeration" : "ReleaseModeration",
            });
            await db.SaveChangesAsync();
        }
    }

    [Benchmark(Description = "Raw ADO.NET of the same rows")]
    public async Task RawAdoNet()
    {
        var sql = Provider == DatabaseProvider.PostgreSQL ? RawSql.PostgreSql : RawSql.Sqlite;
        foreach (var take in new[] { true, false })
        {
            await using var connection = Open();
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var now = DateTimeOffset.UtcNow;
            object at = Provider == DatabaseProvider.PostgreSQL ? now : now.ToBinaryTicks();
            await ExecuteAsync(connection, transaction, sql.Update,
                ("by", take ? scenario.Moderator.Id : DBNull.Value), ("at", take ? at : DBNull.Value), ("id", scenario.AuditId));
            await ExecuteAsync(connection, transaction, sql.Insert,
                ("at", at), ("by", scenario.Moderator.Id), ("trigger", take ? "TakeForModeration" : "ReleaseModeration"),
                ("id", scenario.AuditId));
            await transaction.CommitAsync();
        }
    }

    private DbConnection Open() => Provider == DatabaseProvider.PostgreSQL
        ? new NpgsqlConnection(connectionString)
        : new SqliteConnection(connectionString);

    private static async Task ExecuteAsync(
        DbConnection connection, DbTransaction transaction, string text, params (string Name, object Value)[] values)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach (var (name, value) in values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static void Expect(Audit.Workflows.Common.CommandResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Value)));
        }
    }
}

/// <summary>The two statements of one raw transition, in each provider's dialect.</summary>
internal sealed record RawSql(string Update, string Insert)
{
    public static readonly RawSql Sqlite = new(
        "UPDATE CaseAudits SET ModerationTakenById = $by, ModerationTakenAt = $at, Version = Version + 1 WHERE Id = $id",
        "INSERT INTO AuditHistory (CaseAuditId, OccurredAt, ActorId, FromState, ToState, Trigger) "
            + "SELECT Id, $at, $by, State, State, $trigger FROM CaseAudits WHERE Id = $id");

    public static readonly RawSql PostgreSql = new(
        "UPDATE \"CaseAudits\" SET \"ModerationTakenById\" = @by, \"ModerationTakenAt\" = @at, \"Version\" = \"Version\" + 1 WHERE \"Id\" = @id",
        "INSERT INTO \"AuditHistory\" (\"CaseAuditId\", \"OccurredAt\", \"ActorId\", \"FromState\", \"ToState\", \"Trigger\") "
            + "SELECT \"Id\", @at, @by, \"State\", \"State\", @trigger FROM \"CaseAudits\" WHERE \"Id\" = @id");
}

internal static class BinaryTicks
{
    private static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter Converter = new();

    /// <summary>How the app stores a DateTimeOffset on SQLite.</summary>
    public static long ToBinaryTicks(this DateTimeOffset value) => (long)Converter.ConvertToProvider(value)!;
}
