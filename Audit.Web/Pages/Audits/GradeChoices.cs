using Audit.Data.Models;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits;

public static class GradeChoices
{
    /// <summary>The four Ofsted grades, best first, as radio choices.</summary>
    public static IReadOnlyList<SelectListItem> All() =>
        Enum.GetValues<Grade>().Select(g => new SelectListItem(g.Display(), g.ToString())).ToList();
}
