using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Audit.Data;

/// <summary>
/// A consistent copy of the running database. On SQLite, <c>VACUUM INTO</c> writes a compacted copy from one read
/// transaction, so the app can keep serving (and writing, thanks to WAL) while it runs; the copy is then opened and
/// checked with <c>PRAGMA integrity_check</c> before it is reported as good.
/// </summary>
public sealed class DatabaseBackup(AuditDbContext db)
{
    public sealed record Result(bool Succeeded, string Message);

    public async Task<Result> BackupAsync(string target, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return new(false, "Back up a PostgreSQL database with pg_dump (see the README); this command copies SQLite databases.");
        }

        var path = Path.GetFullPath(target);
        if (File.Exists(path))
        {
            return new(false, $"{path} already exists: choose a new file name so no earlier backup is overwritten.");
        }

        var folder = Path.GetDirectoryName(path);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return new(false, $"The folder {folder} does not exist.");
        }

        await db.Database.ExecuteSqlAsync($"VACUUM INTO {path}", cancellationToken);
        var check = await IntegrityCheckAsync(path, cancellationToken);
        return check == "ok"
            ? new(true, $"Backed up to {path} ({new FileInfo(path).Length / 1024:N0} KB); integrity check: ok.")
            : new(false, $"The copy at {path} failed its integrity check: {check}");
    }

    /// <summary>The first line of <c>PRAGMA integrity_check</c> on a database file ("ok" when it is sound).</summary>
    public static async Task<string> IntegrityCheckAsync(string path, CancellationToken cancellationToken = default)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "no answer";
    }
}
