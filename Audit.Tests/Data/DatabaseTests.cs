using Audit.Data;
using Audit.Tests.Infrastructure;
using Audit.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Data;

public sealed class DatabaseTests
{
    [Fact]
    public async Task EveryConnection_HasSqlitesOwnBusyTimeout()
    {
        await using var app = new AuditAppFactory();

        var timeout = await app.DbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.Equal(SqliteBusyTimeout.Milliseconds, timeout);
    }

    [Fact]
    public async Task Backup_WritesACopyThatOpensAndPassesItsIntegrityCheck_WithTheSameData()
    {
        await using var app = new AuditAppFactory();
        var scenario = await Builders.AuditScenario.CreateAsync(app);
        var target = Path.Combine(app.Folder, "backup.db");
        using var output = new StringWriter();

        var exitCode = await CommandLine.BackupAsync(app.Services, [target], output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.Contains("integrity check: ok", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("ok", await DatabaseBackup.IntegrityCheckAsync(target));
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await copy.OpenAsync();
        await using var command = copy.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM CaseAudits WHERE Id = {scenario.AuditId};";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Backup_NeverOverwritesAnEarlierBackup_AndSaysWhy()
    {
        await using var app = new AuditAppFactory();
        _ = app.Services;
        var target = Path.Combine(app.Folder, "backup.db");
        await File.WriteAllTextAsync(target, "an earlier backup");
        using var errors = new StringWriter();

        var exitCode = await CommandLine.BackupAsync(app.Services, [target], TextWriter.Null, errors);

        Assert.Equal(1, exitCode);
        Assert.Contains("already exists", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal("an earlier backup", await File.ReadAllTextAsync(target));
    }
}
