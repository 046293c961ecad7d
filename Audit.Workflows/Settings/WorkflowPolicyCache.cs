using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Audit.Workflows.Settings;

/// <summary>
/// The QA lead's settings row and the bank holidays, read once and shared by every command, instead of twice more
/// per command. Any save through EF Core that adds, changes or removes either is seen by
/// <see cref="WorkflowPolicyInvalidation"/> and empties the cache, so the next command reads them afresh: the QA
/// lead's edit pages, the bank-holidays import and anything else that saves them. On several application
/// instances an edit made on one reaches the others within <see cref="Lifetime"/>.
/// The cached objects are shared: read them, never change or attach them.
/// </summary>
public sealed class WorkflowPolicyCache(TimeProvider clock)
{
    /// <summary>How long another instance may go on using what it read before an edit made elsewhere.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private long generation;
    private Cached<WorkflowSettings>? settings;
    private Cached<BankHolidayCalendar>? holidays;

    public Task<WorkflowSettings> SettingsAsync(AuditDbContext db, CancellationToken cancellationToken = default) =>
        GetAsync(() => settings, () => db.CurrentWorkflowSettingsAsync(cancellationToken), value => settings = value);

    public Task<BankHolidayCalendar> HolidaysAsync(AuditDbContext db, CancellationToken cancellationToken = default) =>
        GetAsync(() => holidays, async () => new BankHolidayCalendar(await db.BankHolidays.AsNoTracking().ToListAsync(cancellationToken)), value => holidays = value);

    /// <summary>Forgets both: the next read goes to the database.</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            generation++;
            settings = null;
            holidays = null;
        }
    }

    private async Task<T> GetAsync<T>(Func<Cached<T>?> current, Func<Task<T>> read, Action<Cached<T>> store)
    {
        var now = clock.GetUtcNow();
        long seen;
        lock (gate)
        {
            if (current() is { } cached && cached.Until > now)
            {
                return cached.Value;
            }

            seen = generation;
        }

        var value = await read();
        lock (gate)
        {
            // An edit saved while this read ran may not be in it: keep the value for this command only.
            if (generation == seen)
            {
                store(new Cached<T>(value, now + Lifetime));
            }
        }

        return value;
    }

    private sealed record Cached<T>(T Value, DateTimeOffset Until);
}

/// <summary>
/// Empties <see cref="WorkflowPolicyCache"/> around any save that touches the settings row or a bank holiday: before
/// it, and again once it is saved, so that no command that read the old rows while the save ran keeps them.
/// </summary>
public sealed class WorkflowPolicyInvalidation(WorkflowPolicyCache cache) : SaveChangesInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> saving = [];

    // How many saves of settings or holidays are under way: almost always none, and then a save's end looks no further.
    private int pending;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return Task.CompletedTask;
    }

    private void Saving(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // SaveChanges has just detected the changes: no need to scan the entities again.
        if (context.WithoutDetectingChanges(() => context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is WorkflowSettings or BankHoliday)))
        {
            if (saving.TryAdd(context, this))
            {
                Interlocked.Increment(ref pending);
            }

            cache.Invalidate();
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && Volatile.Read(ref pending) > 0 && saving.Remove(context))
        {
            Interlocked.Decrement(ref pending);
            cache.Invalidate();
        }
    }
}
