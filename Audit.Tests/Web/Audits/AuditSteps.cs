using System.Net;
using AngleSharp.Html.Dom;
using Audit.Tests.Infrastructure;

namespace Audit.Tests.Web.Audits;

/// <summary>Steps the audit page tests share: signing people in and reading the audit page as they see it.</summary>
internal static class AuditSteps
{
    public static async Task<AppClient> SignedInAsync(AuditAppFactory app, TestStaff staff)
    {
        var client = AppClient.For(app);
        await client.SignInAsync(staff);
        return client;
    }

    /// <summary>The action buttons on the audit page, in order.</summary>
    public static IReadOnlyList<string> ActionButtons(this IHtmlDocument page) =>
        page.QuerySelectorAll("#audit-actions .govuk-button").Select(b => b.TextContent.Trim()).ToList();

    public static string State(this IHtmlDocument page) => page.QuerySelector("#audit-state")!.TextContent.Trim();

    public static string? Value(this IHtmlDocument page, string selector) =>
        page.QuerySelector(selector) switch
        {
            IHtmlInputElement input => input.Value,
            IHtmlTextAreaElement textarea => textarea.Value,
            var other => other?.TextContent.Trim(),
        };

    /// <summary>Posts a form to a page the person could not open, with a real antiforgery token from a page they can.</summary>
    public static async Task<HttpStatusCode> PostDirectlyAsync(this AppClient client, string url, IReadOnlyDictionary<string, string> values)
    {
        var page = await client.GetPageAsync("/account/security/change-password");
        var token = ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var content = new FormUrlEncodedContent(values.Append(new("__RequestVerificationToken", token)));
        var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
        return response.StatusCode;
    }
}
