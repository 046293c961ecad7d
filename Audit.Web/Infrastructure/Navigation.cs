using Audit.Data.Models;

namespace Audit.Web.Infrastructure;

public sealed record NavigationItem(string Text, string Href, bool Current);

/// <summary>The service navigation: what the signed-in person's roles let them open.</summary>
public sealed class Navigation(IHttpContextAccessor http)
{
    public IReadOnlyList<NavigationItem> Items()
    {
        var context = http.HttpContext;
        var user = context?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var path = context!.Request.Path;
        var items = new List<NavigationItem> { Item("My work", "/", path, exact: true) };
        if (user.IsInRole(Roles.QaLead))
        {
            items.Add(Item("Staff", "/admin/staff", path));
            items.Add(Item("Organisation", "/admin/organisation", path));
            items.Add(Item("Emails", "/admin/emails", path));
            items.Add(Item("Audit tools", "/admin/tools", path));
            items.Add(Item("Themes", "/admin/themes", path));
        }

        items.Add(Item("Your account", "/account/security", path));
        return items;
    }

    private static NavigationItem Item(string text, string href, PathString current, bool exact = false) =>
        new(text, href, exact ? current == href : current.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase));
}
