using System.Globalization;
using Audit.Data.Models;
using Audit.Workflows.Programme;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Audit.Web.Pages.Admin.Programme;

/// <summary>
/// The sampling fields a cycle's draw and a dip sample's draw share, read from the form the same way with the same
/// messages: a number that cannot be read is an error on its field (left empty, it is no choice); an area or case
/// type that cannot be read is no filter, for the command to report if it must have one.
/// </summary>
public sealed record DrawFields(int? Count, int? ExcludedMonths, int? Seed, int? ServiceAreaId, CaseType? CaseType)
{
    public static DrawFields Read(ModelStateDictionary modelState, string? count, string? excludedMonths, string? seed, string? serviceAreaId, string? caseType) => new(
        Number(modelState, count, "Count", $"Enter how many cases to draw, from 1 to {CycleLimits.MaxDraw}"),
        Number(modelState, excludedMonths, "ExcludedMonths", $"Months must be a whole number from 0 to {CycleLimits.MaxExcludedMonths}"),
        Number(modelState, seed, "Seed", $"The seed must be a whole number from 1 to {CycleLimits.MaxSeed:N0}, or left empty for a new draw"),
        int.TryParse(serviceAreaId, NumberStyles.None, CultureInfo.InvariantCulture, out var area) ? area : null,
        Enum.TryParse<CaseType>(caseType, out var type) && Enum.IsDefined(type) ? type : null);

    private static int? Number(ModelStateDictionary modelState, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        modelState.AddModelError($"Input.{field}", message);
        return null;
    }
}
