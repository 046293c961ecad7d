using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Audit.Data;

/// <summary>
/// Whether a save failed on one unique index, on either provider: the index is the last word when two people save the
/// same value at once, after each passed the check before the save. SQLite names the table and column ("UNIQUE
/// constraint failed: AspNetUsers.StaffNumber"); PostgreSQL names the index.
/// </summary>
public static class UniqueViolations
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const string PostgresUniqueViolation = "23505";

    /// <summary>
    /// Whether the save failed on any unique index or primary key: for a save that can break only one, so that a
    /// refusal of another kind (a missing row it refers to, a locked or full database) is not taken for a duplicate.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException switch
        {
            SqliteException { SqliteErrorCode: SqliteConstraint } sqlite =>
                sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            PostgresException postgres => postgres.SqlState == PostgresUniqueViolation,
            _ => false,
        };

    public static bool IsUniqueViolation(this DbUpdateException exception, string indexName, string table, string column) =>
        exception.InnerException switch
        {
            SqliteException { SqliteErrorCode: SqliteConstraint } sqlite =>
                sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique
                && sqlite.Message.Contains($"UNIQUE constraint failed: {table}.{column}", StringComparison.Ordinal),
            PostgresException { SqlState: PostgresUniqueViolation } postgres => postgres.ConstraintName == indexName,
            _ => false,
        };
}

/// <summary>Unique indexes a command may catch a violation of by name.</summary>
public static class UniqueIndexes
{
    public const string StaffNumber = "UX_Staff_StaffNumber";
}
