using Audit.Data.Models;
using Audit.Workflows.Common;

namespace Audit.Workflows.Programme;

/// <summary>The checks opening and changing a cycle share: its month, its due date and its planned numbers.</summary>
internal static class CycleRules
{
    public static void CheckDueDate(CommandResult errors, DateOnly month, DateOnly? dueDate, DateOnly today)
    {
        if (dueDate is null)
        {
            errors.AddError("DueDate", "Enter the date the month's audits are due");
        }
        else if (dueDate < month)
        {
            errors.AddError("DueDate", "The due date must be in or after the month of the cycle");
        }
        else if (dueDate > DateBounds.LatestDueDate(today))
        {
            errors.AddError("DueDate", DateBounds.TooFarAhead(today));
        }
    }

    public static void CheckPlans(CommandResult errors, IReadOnlyList<PlannedAudits> plans, IReadOnlySet<int> serviceAreaIds)
    {
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            if (!serviceAreaIds.Contains(plan.ServiceAreaId) || !Enum.IsDefined(plan.Tool))
            {
                errors.AddError($"Plans[{i}]", "Enter the planned numbers in the table");
            }
            else if (plan.Planned is < 0 or > CycleLimits.MaxPlanned)
            {
                errors.AddError($"Plans[{i}]", $"Planned audits must be a whole number from 0 to {CycleLimits.MaxPlanned}");
            }
        }
    }

    public static List<CyclePlan> Plans(IReadOnlyList<PlannedAudits> plans) =>
        plans.Where(p => p.Planned is > 0)
            .GroupBy(p => (p.ServiceAreaId, p.Tool))
            .Select(g => new CyclePlan { ServiceAreaId = g.Key.ServiceAreaId, ToolKind = g.Key.Tool, Planned = g.Last().Planned!.Value })
            .ToList();
}
