using Audit.Data;
using Audit.Tests.Infrastructure;

namespace Audit.Tests.Data;

/// <summary>
/// SQLite's memory statistics are turned off before the app opens its first connection, so statements prepared at the
/// same time do not queue on SQLite's global mutex.
/// </summary>
public sealed class SqliteMemoryStatisticsTests
{
    private const string OffLine = "SQLite's memory statistics are off, so statements prepared at the same time do not queue on one lock";

    [Fact]
    public async Task TheAppStartedOnSqlite_SaysItsMemoryStatisticsAreOff()
    {
        var folder = Directory.CreateTempSubdirectory("audit-memstatus-");
        try
        {
            await using var instance = AuditWebProcess.Start("memstatus", new Dictionary<string, string>
            {
                ["ConnectionStrings:Audit"] = $"Data Source={Path.Combine(folder.FullName, "audit.db")}",
            });

            // Start-up logs the line after migrating, before the app listens: once ready, it has been written.
            await instance.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
            var logged = await Eventually.TrueAsync(() => Task.FromResult(instance.Output.Contains(OffLine, StringComparison.Ordinal)), TimeSpan.FromSeconds(10));

            Assert.True(logged, $"The app did not say its SQLite memory statistics are off:\n{instance.Output}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // In this test process another test may have opened SQLite first, so SQLite may have refused (false): only the
    // real process above shows the setting taking effect. Here: an outcome is recorded, and asking again keeps it.
    [Fact]
    public void TurnOff_RecordsAnOutcome_AndAskingAgainKeepsIt()
    {
        SqliteMemoryStatistics.TurnOff();
        var first = SqliteMemoryStatistics.Off;

        SqliteMemoryStatistics.TurnOff();

        Assert.NotNull(first);
        Assert.Equal(first, SqliteMemoryStatistics.Off);
    }
}
