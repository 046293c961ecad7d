using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Audit.Data;

/// <summary>Creates and migrates the database at start-up.</summary>
public sealed class AuditDatabase(AuditDbContext db)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(dataSource);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets people read while the outbox sender writes; the setting is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>True while this build has migrations the database has not applied; /health/ready is not ready then.</summary>
    public async Task<bool> HasPendingMigrationsAsync(CancellationToken cancellationToken = default) =>
        (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    /// <summary>True when the database answers a trivial query; used by /health.</summary>
    public Task<bool> CanConnectAsync(CancellationToken cancellationToken = default) => db.Database.CanConnectAsync(cancellationToken);
}
