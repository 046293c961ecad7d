using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Common;

/// <summary>
/// EF Core detects changes — compares every property of every tracked row with its snapshot — each time a command
/// asks for an entry, the entries or <c>DbSet.Local</c>, and again when it saves. A command asks many times, and the
/// profile of a take for moderation put a fifth of its time there (docs/performance.md). Where the answer cannot
/// depend on a change not yet detected (a lookup by key of a row only ever attached or added, a collection's loaded
/// flag), ask without detecting; the save still detects once.
/// </summary>
public static class ChangeDetection
{
    public static T WithoutDetectingChanges<T>(this DbContext db, Func<T> read)
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return read();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }
}
