using System.Globalization;
using Audit.Data.Models;
using Audit.Workflows.Identity;
using Audit.Workflows.Inbox;

namespace Audit.Web.Infrastructure;

public sealed record NavigationItem(string Text, string Href, bool Current);

/// <summary>The service navigation: what the signed-in person's roles let them open, and how much work waits for them.</summary>
public sealed class Navigation(IHttpContextAccessor http, InboxService inbox)
{
    public async Task<IReadOnlyList<NavigationItem>> ItemsAsync()
    {
        var context = http.HttpContext;
        var user = context?.User;
        if (user?.Identity?.IsAuthenticated != true || user.StaffMemberId() is not { } staffId)
        {
            return [];
        }

        var path = context!.Request.Path;
        // Error pages must render even when the database cannot answer, so they show no count.
        var count = path.StartsWithSegments("/errors", StringComparison.OrdinalIgnoreCase) ? 0 : await inbox.CountAsync(staffId, user.RoleNames(), context.RequestAborted);
        var myWork = count == 0 ? "My work" : $"My work ({count.ToString(CultureInfo.InvariantCulture)})";
        var items = new List<NavigationItem> { Item(myWork, "/", path, exact: true) };
        if (user.IsInRole(Roles.PracticeImprovementManager))
        {
            items.Add(Item("Moderation", "/moderation", path));
        }

        if (user.IsInRole(Roles.QaLead))
        {
            items.Add(Item("Cases", "/admin/cases", path));
            items.Add(Item("Audits", "/admin/audits", path));
            items.Add(Item("Staff", "/admin/staff", path));
            items.Add(Item("Audit tools", "/admin/tools", path));
            // Organisation, themes, email delivery and settings change rarely: one hub page keeps the menu short.
            items.Add(new NavigationItem("Administration", "/admin", IsAdministration(path)));
        }
        else
        {
            items.Add(Item("Audits", "/audits", path));
        }

        items.Add(Item("Actions", "/actions", path));

        if (PageAuthorization.ReportingRoles.Any(user.IsInRole))
        {
            items.Add(Item("Reports", "/reports", path));
        }

        items.Add(Item("Your account", "/account/security", path));
        return items;
    }

    private static readonly string[] AdministrationPaths = ["/admin/programme", "/admin/organisation", "/admin/themes", "/admin/tokens", "/admin/emails", "/admin/settings"];

    private static bool IsAdministration(PathString path) =>
        path == "/admin" || AdministrationPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static NavigationItem Item(string text, string href, PathString current, bool exact = false) =>
        new(text, href, exact ? current == href : current.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase));
}
