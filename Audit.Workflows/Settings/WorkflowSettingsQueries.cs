using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Settings;

public static class WorkflowSettingsQueries
{
    /// <summary>The QA lead's settings (a single row), or the defaults if the row is missing.</summary>
    public static async Task<WorkflowSettings> CurrentWorkflowSettingsAsync(this AuditDbContext db, CancellationToken cancellationToken = default) =>
        await db.WorkflowSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == WorkflowSettings.SingletonId, cancellationToken)
            ?? new WorkflowSettings();
}
