using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Conversations;

/// <summary>What the conversation pages list.</summary>
public sealed class ConversationQueries(AuditDbContext db)
{
    public sealed record Person(string Id, string Name);

    /// <summary>
    /// Who else may be invited: active staff other than the practitioner and team manager (always invited) and the
    /// person scheduling, by name.
    /// </summary>
    public async Task<IReadOnlyList<Person>> OthersToInviteAsync(CaseAudit audit, string organiserId, CancellationToken cancellationToken = default)
    {
        var always = new[] { audit.CaseFile?.PractitionerId, audit.CaseFile?.Team?.TeamManagerId, organiserId }.OfType<string>().ToList();
        return await db.Users.AsNoTracking().Where(u => u.IsActive && !always.Contains(u.Id))
            .OrderBy(u => u.FullName).Select(u => new Person(u.Id, u.FullName)).ToListAsync(cancellationToken);
    }
}
