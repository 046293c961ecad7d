using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.Record;

public static class YesNo
{
    /// <summary>Yes and No radios bound to a nullable bool ("True"/"False" as the binder and the model print them).</summary>
    public static IReadOnlyList<SelectListItem> Items { get; } = [new("Yes", bool.TrueString), new("No", bool.FalseString)];
}
