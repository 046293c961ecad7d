namespace Audit.Data;

/// <summary>The database Audit runs on, chosen by <c>Database:Provider</c>. One model; each provider has its own migrations.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite, the default: one machine, one file. Migrations in Audit.Data.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql, for a hosted database shared by several instances. Migrations in Audit.Data.PostgreSQL.</summary>
    PostgreSQL,
}

/// <summary>A database setting that cannot be used; the message names the setting and what it accepts.</summary>
public sealed class DatabaseConfigurationException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
