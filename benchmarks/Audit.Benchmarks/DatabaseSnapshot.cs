using Microsoft.Data.Sqlite;

namespace Audit.Benchmarks;

/// <summary>
/// A prepared SQLite database kept beside the app's own file, copied back over it before each iteration so every
/// iteration starts from the same rows. SQLite's online backup copies whole pages and honours the WAL the app keeps.
/// </summary>
internal sealed class DatabaseSnapshot(string liveConnectionString, string snapshotPath)
{
    private readonly string snapshotConnectionString = new SqliteConnectionStringBuilder { DataSource = snapshotPath, Pooling = false }.ToString();

    /// <summary>Copies the app's database, as it is now, into the snapshot file.</summary>
    public void Take() => Copy(liveConnectionString, snapshotConnectionString);

    /// <summary>Puts the snapshot back over the app's database.</summary>
    public void Restore() => Copy(snapshotConnectionString, liveConnectionString);

    private static void Copy(string from, string to)
    {
        using var source = new SqliteConnection(from);
        using var destination = new SqliteConnection(to);
        source.Open();
        destination.Open();
        source.BackupDatabase(destination);
    }
}
