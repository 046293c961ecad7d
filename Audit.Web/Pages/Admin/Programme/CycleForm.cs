using System.Globalization;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Programme;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Audit.Web.Pages.Admin.Programme;

/// <summary>The plan table both opening and changing a cycle show: a number per service area and audit tool.</summary>
public sealed class CycleInput
{
    public string? Month { get; set; }
    public DateInput DueDate { get; set; } = new();
    public List<PlanInput> Plans { get; set; } = [];

    public static List<PlanInput> Table(IReadOnlyList<(int Id, string Name)> areas, IReadOnlyList<CyclePlan> plans) =>
        areas.SelectMany(a => Enum.GetValues<ToolKind>().Select(t => new PlanInput
        {
            ServiceAreaId = a.Id, ServiceArea = a.Name, Tool = t.ToString(),
            Planned = plans.FirstOrDefault(p => p.ServiceAreaId == a.Id && p.ToolKind == t)?.Planned.ToString(CultureInfo.InvariantCulture),
        })).ToList();

    /// <summary>
    /// The table rebuilt from the service areas in the database, keeping what was typed in each cell, so a tampered
    /// row cannot add a service area or a tool.
    /// </summary>
    public void RebuildTable(IReadOnlyList<(int Id, string Name)> areas)
    {
        var typed = Plans;
        Plans = Table(areas, []);
        foreach (var plan in Plans)
        {
            plan.Planned = typed.FirstOrDefault(t => t.ServiceAreaId == plan.ServiceAreaId && t.Tool == plan.Tool)?.Planned;
        }
    }

    /// <summary>The numbers as the command takes them; what is not a number is reported in <paramref name="modelState"/>.</summary>
    public IReadOnlyList<PlannedAudits> Read(ModelStateDictionary modelState)
    {
        var plans = new List<PlannedAudits>();
        for (var i = 0; i < Plans.Count; i++)
        {
            var plan = Plans[i];
            var tool = Enum.TryParse<ToolKind>(plan.Tool, out var kind) && Enum.IsDefined(kind) ? kind : (ToolKind)(-1);
            int? planned = null;
            if (!string.IsNullOrWhiteSpace(plan.Planned))
            {
                if (int.TryParse(plan.Planned.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    planned = n;
                }
                else
                {
                    modelState.AddModelError($"Input.Plans[{i}]", $"Planned audits must be a whole number from 0 to {CycleLimits.MaxPlanned}");
                    continue;
                }
            }

            plans.Add(new PlannedAudits(plan.ServiceAreaId, tool, planned));
        }

        return plans;
    }
}

public sealed class PlanInput
{
    public int ServiceAreaId { get; set; }
    public string? ServiceArea { get; set; }
    public string? Tool { get; set; }
    public string? Planned { get; set; }
}
