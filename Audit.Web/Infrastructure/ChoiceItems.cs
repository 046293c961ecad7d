using System.Globalization;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Infrastructure;

public static class ChoiceItems
{
    /// <summary>Options for a govuk-select.</summary>
    public static IReadOnlyList<SelectListItem> From<TKey>(IEnumerable<Choice<TKey>> choices) =>
        choices.Select(c => new SelectListItem(c.Name, Convert.ToString(c.Id, CultureInfo.InvariantCulture))).ToList();
}
