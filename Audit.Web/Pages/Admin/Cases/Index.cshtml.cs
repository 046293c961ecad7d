using Audit.Web.Infrastructure;
using Audit.Workflows.Allocation;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Cases;

public sealed class IndexModel(CaseService cases) : AuditPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    public CaseListPage List { get; private set; } = new([], 0, 1, 1);
    public IReadOnlyList<CaseSummary> Cases => List.Items;
    public Pagination Pagination { get; private set; } = default!;

    public async Task OnGetAsync([FromQuery(Name = "page")] string? page)
    {
        List = await cases.ListAsync(Reference, Pagination.ParsePageNumber(page), HttpContext.RequestAborted);
        var search = Reference;
        Pagination = new Pagination(List.Page, List.PageCount, number => ListUrl(search, number));
    }

    /// <summary>The list's address, keeping the search: page 1 and an empty search are left out.</summary>
    public static string ListUrl(string? reference, int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(reference))
        {
            query.Add("Reference=" + Uri.EscapeDataString(reference.Trim()));
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return query.Count == 0 ? "/admin/cases" : "/admin/cases?" + string.Join('&', query);
    }
}
