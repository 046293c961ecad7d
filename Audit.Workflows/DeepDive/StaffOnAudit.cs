using System.Linq.Expressions;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// The people a command on an audit works with, read narrow: who they are, whether they can act and where to email
/// them — never password hashes, security stamps or lockout columns. They are tracked as unchanged, so EF Core links
/// them to the audit's rows (the auditor, the post-holders, the moderator, the stand-in, the conversation's people)
/// and a handler asking for one of them again (<see cref="PersonAsync"/>) gets the same object without a query.
/// A command never changes a person; if one did, the missing concurrency stamp would make EF Core refuse the save.
/// </summary>
public static class StaffOnAudit
{
    /// <summary>The columns the workflow, its guards and its emails read.</summary>
    public static IQueryable<StaffMember> Narrow(this IQueryable<StaffMember> users) => users.AsNoTracking().Select(Columns);

    private static readonly Expression<Func<StaffMember, StaffMember>> Columns = u => new StaffMember
    {
        Id = u.Id,
        UserName = u.UserName,
        FullName = u.FullName,
        Email = u.Email,
        JobTitle = u.JobTitle,
        TeamId = u.TeamId,
        IsActive = u.IsActive,
        MayOwnActions = u.MayOwnActions,
    };

    /// <summary>
    /// The people with these ids, narrow: compiled (every command runs it), so EF Core neither walks nor looks up the
    /// query's expression each time.
    /// </summary>
    private static readonly CompiledQuery<Func<AuditDbContext, string[], IAsyncEnumerable<StaffMember>>> People = new(() => EF.CompileAsyncQuery(
        (AuditDbContext db, string[] ids) => db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(Columns)));

    /// <summary>Reads the people not yet tracked, narrow, in one query, and tracks them (EF Core links them to the audit).</summary>
    public static async Task TrackPeopleAsync(this AuditDbContext db, IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct().Where(id => db.Tracked(id) is null).ToArray();
        if (wanted.Length == 0)
        {
            return;
        }

        // Each person alone (a narrow row has nothing reachable to attach with it), without walking a graph or detecting.
        foreach (var person in await People.For(db)(db, wanted).ToListAsync(cancellationToken))
        {
            db.WithoutDetectingChanges(() => db.Entry(person)).State = EntityState.Unchanged;
        }
    }

    /// <summary>One person, from those the command already read when it can (no query), otherwise read narrow.</summary>
    public static async Task<StaffMember> PersonAsync(this AuditDbContext db, string id, CancellationToken cancellationToken)
    {
        await db.TrackPeopleAsync([id], cancellationToken);
        return db.Tracked(id) ?? throw new InvalidOperationException($"No staff member {id}");
    }

    /// <summary>
    /// The person if this context tracks them, looked up by key without detecting changes (<c>DbSet.Local</c> detects
    /// them across every tracked row each time it is read). People are only ever attached, never reached through a
    /// navigation alone, so detection could not find one the lookup misses.
    /// </summary>
    public static StaffMember? Tracked(this AuditDbContext db, string id) =>
        db.WithoutDetectingChanges(() => db.Users.Local.FindEntry(id)?.Entity);
}
