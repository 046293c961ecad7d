using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Benchmarks;

/// <summary>
/// One workflow transition through the real command pipeline (access, workflow guards, handler, history, deadline
/// hand-over, one transaction) against a bare EF Core commit of the same rows and against raw ADO.NET. Each
/// operation is a take and a release of moderation, so the audit ends where it started.
/// </summary>
[MemoryDiagnoser]
public class TransitionBenchmarks
{
    private AuditAppFactory app = default!;
    private AuditScenario scenario = default!;
    private string connectionString = default!;

    [GlobalSetup]
    public void Setup()
    {
        app = new AuditAppFactory();
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
        foreach (var take in new[] { true, false })
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE CaseAudits SET ModerationTakenById = $by, ModerationTakenAt = $at, Version = Version + 1 WHERE Id = $id";
            update.Parameters.AddWithValue("$by", take ? scenario.Moderator.Id : DBNull.Value);
            update.Parameters.AddWithValue("$at", take ? DateTimeOffset.UtcNow.ToBinaryTicks() : DBNull.Value);
            update.Parameters.AddWithValue("$id", scenario.AuditId);
            await update.ExecuteNonQueryAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO AuditHistory (CaseAuditId, OccurredAt, ActorId, FromState, ToState, Trigger) "
                + "SELECT Id, $at, $by, State, State, $trigger FROM CaseAudits WHERE Id = $id";
            insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToBinaryTicks());
            insert.Parameters.AddWithValue("$by", scenario.Moderator.Id);
            insert.Parameters.AddWithValue("$trigger", take ? "TakeForModeration" : "ReleaseModeration");
            insert.Parameters.AddWithValue("$id", scenario.AuditId);
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
    }

    private static void Expect(Audit.Workflows.Common.CommandResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Value)));
        }
    }
}

internal static class BinaryTicks
{
    private static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter Converter = new();

    /// <summary>How the app stores a DateTimeOffset on SQLite.</summary>
    public static long ToBinaryTicks(this DateTimeOffset value) => (long)Converter.ConvertToProvider(value)!;
}
