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

    /// <summary>The history comment a release writes (the handler names who had taken it).</summary>
    private string ReleaseComment => $"Back in the moderation queue: it had been taken by {scenario.Moderator.FullName}";

    [GlobalSetup]
    public void Setup()
    {
        app = AuditAppFactory.On(Provider);
        scenario = AuditScenario.CreateAsync(app).GetAwaiter().GetResult();
        scenario.ToStateAsync(AuditState.AwaitingModeration).GetAwaiter().GetResult();
        connectionString = app.DbAsync(db => Task.FromResult(db.Database.GetConnectionString()!)).GetAwaiter().GetResult();
        version = app.DbAsync(db => db.CaseAudits.Where(a => a.Id == scenario.AuditId).Select(a => a.Version).SingleAsync())
            .GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// The audit's version as a form would post it (a hidden field): each command moves it on by one, so the
    /// benchmark keeps it here instead of reading it before each operation, which the bare commit does not do.
    /// A wrong version would be refused as a conflict, and <see cref="Expect"/> would stop the run.
    /// </summary>
    private int version;

    [Benchmark(Description = "Take and release through AuditCommands")]
    public async Task ThroughTheWorkflow()
    {
        // One scope per command, as one request each, as the bare commit has one scope per transition.
        await SendAsync(new TakeForModerationCommand(scenario.AuditId, version));
        await SendAsync(new ReleaseModerationCommand(scenario.AuditId, version));
    }

    private async Task SendAsync<TCommand>(TCommand command) where TCommand : IAuditCommand
    {
        await using var scope = app.Services.CreateAsyncScope();
        Expect(await scope.ServiceProvider.GetRequiredService<AuditCommands>().SendAsync(command, scenario.Moderator.Id));
        version++;
    }

    [Benchmark(Baseline = true, Description = "Bare EF Core commits of the same rows")]
    public async Task BareEfCore()
    {
        foreach (var take in new[] { true, false })
        {
            // The rows the command writes (TransitionCommandsTests): the audit's taker and version, a history row,
            // and the open moderation deadline's owner (the moderator on a take, the pool on a release).
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            var audit = await db.CaseAudits.SingleAsync(a => a.Id == scenario.AuditId);
            var deadline = await db.Deadlines.SingleAsync(
                d => d.CaseAuditId == audit.Id && d.CompletedAt == null && d.Kind == DeadlineKind.ModerationDue);
            var now = DateTimeOffset.UtcNow;
            audit.ModerationTakenById = take ? scenario.Moderator.Id : null;
            audit.ModerationTakenAt = take ? now : null;
            deadline.OwnerId = take ? scenario.Moderator.Id : null;
            deadline.OwnerRole = take ? null : Roles.PracticeImprovementManager;
            db.AuditHistory.Add(new AuditHistoryEntry
            {
                CaseAuditId = audit.Id, OccurredAt = now, ActorId = scenario.Moderator.Id,
                FromState = audit.State, ToState = audit.State, Trigger = take ? "TakeForModeration" : "ReleaseModeration",
                Comment = take ? null : ReleaseComment,
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
            var deadlineId = await ScalarAsync(connection, transaction, sql.OpenDeadline,
                ("id", scenario.AuditId), ("kind", nameof(DeadlineKind.ModerationDue)));
            await ExecuteAsync(connection, transaction, sql.Update,
                ("by", take ? scenario.Moderator.Id : DBNull.Value), ("at", take ? at : DBNull.Value), ("id", scenario.AuditId));
            await ExecuteAsync(connection, transaction, sql.Insert,
                ("at", at), ("by", scenario.Moderator.Id), ("trigger", take ? "TakeForModeration" : "ReleaseModeration"),
                ("comment", take ? DBNull.Value : ReleaseComment), ("id", scenario.AuditId));
            await ExecuteAsync(connection, transaction, sql.HandOver,
                ("owner", take ? scenario.Moderator.Id : DBNull.Value),
                ("role", take ? DBNull.Value : Roles.PracticeImprovementManager), ("deadline", deadlineId));
            await transaction.CommitAsync();
        }
    }

    private DbConnection Open() => Provider == DatabaseProvider.PostgreSQL
        ? new NpgsqlConnection(connectionString)
        : new SqliteConnection(connectionString);

    private static async Task ExecuteAsync(
        DbConnection connection, DbTransaction transaction, string text, params (string Name, object Value)[] values)
    {
        await using var command = Command(connection, transaction, text, values);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object> ScalarAsync(
        DbConnection connection, DbTransaction transaction, string text, params (string Name, object Value)[] values)
    {
        await using var command = Command(connection, transaction, text, values);
        return await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("No open moderation deadline");
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string text, (string Name, object Value)[] values)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach (var (name, value) in values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Expect(Audit.Workflows.Common.CommandResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Value)));
        }
    }
}

/// <summary>
/// The statements of one raw transition, in each provider's dialect: read the open moderation deadline, update the
/// audit, add the history row, hand the deadline over (the rows <c>TakeForModerationHandler</c> and
/// <c>ReleaseModerationHandler</c> write).
/// </summary>
internal sealed record RawSql(string OpenDeadline, string Update, string Insert, string HandOver)
{
    public static readonly RawSql Sqlite = new(
        "SELECT Id FROM Deadlines WHERE CaseAuditId = $id AND CompletedAt IS NULL AND Kind = $kind",
        "UPDATE CaseAudits SET ModerationTakenById = $by, ModerationTakenAt = $at, Version = Version + 1 WHERE Id = $id",
        "INSERT INTO AuditHistory (CaseAuditId, OccurredAt, ActorId, FromState, ToState, Trigger, Comment) "
            + "SELECT Id, $at, $by, State, State, $trigger, $comment FROM CaseAudits WHERE Id = $id",
        "UPDATE Deadlines SET OwnerId = $owner, OwnerRole = $role, Version = Version + 1 WHERE Id = $deadline");

    public static readonly RawSql PostgreSql = new(
        "SELECT \"Id\" FROM \"Deadlines\" WHERE \"CaseAuditId\" = @id AND \"CompletedAt\" IS NULL AND \"Kind\" = @kind",
        "UPDATE \"CaseAudits\" SET \"ModerationTakenById\" = @by, \"ModerationTakenAt\" = @at, \"Version\" = \"Version\" + 1 WHERE \"Id\" = @id",
        "INSERT INTO \"AuditHistory\" (\"CaseAuditId\", \"OccurredAt\", \"ActorId\", \"FromState\", \"ToState\", \"Trigger\", \"Comment\") "
            + "SELECT \"Id\", @at, @by, \"State\", \"State\", @trigger, @comment FROM \"CaseAudits\" WHERE \"Id\" = @id",
        "UPDATE \"Deadlines\" SET \"OwnerId\" = @owner, \"OwnerRole\" = @role, \"Version\" = \"Version\" + 1 WHERE \"Id\" = @deadline");
}

internal static class BinaryTicks
{
    private static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter Converter = new();

    /// <summary>How the app stores a DateTimeOffset on SQLite.</summary>
    public static long ToBinaryTicks(this DateTimeOffset value) => (long)Converter.ConvertToProvider(value)!;
}
