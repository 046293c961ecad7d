using System.Collections.Concurrent;
using System.Linq.Expressions;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// The one statement a command reads its audit with, compiled: every transition runs one, so EF Core neither builds
/// its expression tree, extracts its parameters nor looks it up in its query cache per command. There is one
/// statement per shape — the parts the command reads, and whether the person sees every audit, sees it through a
/// part they play, or may also act on one of its actions — each compiled the first time it runs (once per model:
/// <see cref="CompiledQuery{TDelegate}"/>). Who may see or act is the rules' own expressions
/// (<see cref="SeesByPart"/>, <see cref="ActsOnAction"/>), expanded into the statement, never a second copy.
/// </summary>
public sealed partial class AuditAccess
{
    private static readonly ConcurrentDictionary<CommandShape, CompiledQuery<Func<AuditDbContext, int, int, string, IAsyncEnumerable<CommandRow>>>> CommandStatements = new();

    // The audits in this scope whose open deadlines were read with them (by instance: a cleared context's are not).
    private readonly HashSet<CaseAudit> withOpenDeadlines = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether this tracked audit's open deadlines were read with it, so all of them are tracked.</summary>
    public bool OpenDeadlinesLoaded(CaseAudit audit) => withOpenDeadlines.Contains(audit);

    /// <summary>
    /// The audit (tracked) with its organisation, tool version and the <paramref name="parts"/> asked for — and, when
    /// the command asks, its open deadlines — in one statement, when this person may see it or, for a command on an
    /// action, act on that action. An audit has a handful of actions, invitees and extension requests, so the joined
    /// rows stay few, and one statement costs less than one per collection. Read by key as a list: no LIMIT subquery
    /// for the database to plan around the joins.
    /// </summary>
    private async Task<CaseAudit?> LoadAsync(int auditId, int? actionId, string staffId, AuditParts parts, CancellationToken cancellationToken)
    {
        var scope = SeesEverything(await RolesOfAsync(staffId, cancellationToken)) ? CommandScope.Everything
            : actionId is null ? CommandScope.SeesByPart
            : CommandScope.SeesByPartOrActsOnAction;
        var statement = CommandStatements.GetOrAdd(new CommandShape(parts, scope), static shape => new(() => EF.CompileAsyncQuery(Statement(shape))));
        var row = (await statement.For(db)(db, auditId, actionId ?? 0, staffId).ToListAsync(cancellationToken)).SingleOrDefault();
        if (row?.Open is not null)
        {
            withOpenDeadlines.Add(row.Audit);
        }

        return row?.Audit;
    }

    private static Expression<Func<AuditDbContext, int, int, string, IQueryable<CommandRow>>> Statement(CommandShape shape)
    {
        Expression<Func<AuditDbContext, CaseAudit, int, int, string, bool>> filter = shape.Scope switch
        {
            CommandScope.Everything => (db, a, auditId, actionId, staffId) => a.Id == auditId,
            CommandScope.SeesByPart => (db, a, auditId, actionId, staffId) => a.Id == auditId && SeesByPart.Holds(db, a, staffId),
            _ => (db, a, auditId, actionId, staffId) => a.Id == auditId
                && (SeesByPart.Holds(db, a, staffId) || ActsOnAction.Holds(db, a, actionId, staffId)),
        };
        var context = Expression.Parameter(typeof(AuditDbContext), "db");
        var key = Expression.Parameter(typeof(int), "auditId");
        var action = Expression.Parameter(typeof(int), "actionId");
        var staff = Expression.Parameter(typeof(string), "staffId");
        var row = Expression.Parameter(typeof(CaseAudit), "a");
        Expression query = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(CaseAudit)],
            Expression.Property(context, nameof(AuditDbContext.CaseAudits)),
            Expression.Quote(Expression.Lambda<Func<CaseAudit, bool>>(filter.Apply(context, row, key, action, staff), row)));
        query = Organisation.Apply(query);
        foreach (var (part, include) in PartIncludes)
        {
            query = shape.Parts.HasFlag(part) ? include.Apply(query) : query;
        }

        query = SingleQuery.Apply(query);
        query = shape.Parts.HasFlag(AuditParts.OpenDeadlines) ? WithOpenDeadlines.Apply(context, query) : Alone.Apply(query);
        return Filters.Expand(Expression.Lambda<Func<AuditDbContext, int, int, string, IQueryable<CommandRow>>>(query, context, key, action, staff));
    }

    // The templates the statement is built from, besides its filter.
    // What every command reads: the workflow's guards and StageHolding read the organisation, the scale its tool version.
    private static readonly Expression<Func<IQueryable<CaseAudit>, IQueryable<CaseAudit>>> Organisation = audits => audits
        .Include(a => a.CaseFile!).ThenInclude(c => c.Team!).ThenInclude(t => t.ServiceArea!).ThenInclude(s => s.Directorate!)
        .Include(a => a.ToolVersion);

    private static readonly (AuditParts Part, Expression<Func<IQueryable<CaseAudit>, IQueryable<CaseAudit>>> Include)[] PartIncludes =
    [
        (AuditParts.Actions, audits => audits.Include(a => a.Actions)),
        (AuditParts.Conversations, audits => audits.Include(a => a.Conversations).ThenInclude(c => c.Invitees)),
        (AuditParts.ExtensionRequests, audits => audits.Include(a => a.ExtensionRequests)),
    ];

    private static readonly Expression<Func<IQueryable<CaseAudit>, IQueryable<CaseAudit>>> SingleQuery = audits => audits.AsSingleQuery();

    private static readonly Expression<Func<IQueryable<CaseAudit>, IQueryable<CommandRow>>> Alone = audits => audits.Select(a => new CommandRow(a, null));

    private static readonly Expression<Func<AuditDbContext, IQueryable<CaseAudit>, IQueryable<CommandRow>>> WithOpenDeadlines = (db, audits) =>
        audits.Select(a => new CommandRow(a, db.Deadlines.Where(d => d.CaseAuditId == a.Id && d.CompletedAt == null).ToList()));

    private readonly record struct CommandShape(AuditParts Parts, CommandScope Scope);

    private enum CommandScope
    {
        Everything,
        SeesByPart,
        SeesByPartOrActsOnAction,
    }

    /// <summary>The audit a command read, with its open deadlines when it asked for them (null when it did not).</summary>
    private sealed record CommandRow(CaseAudit Audit, List<Deadline>? Open);
}
