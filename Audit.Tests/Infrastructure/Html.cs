using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Audit.Tests.Infrastructure;

/// <summary>Reads pages as a person would: by headings, error messages and form fields.</summary>
public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await Context.OpenAsync(req => req.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "https://localhost/"));
        return (IHtmlDocument)document;
    }

    public static string H1(this IDocument document) => document.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

    /// <summary>The messages in the GOV.UK error summary, in order.</summary>
    public static IReadOnlyList<string> ErrorSummary(this IDocument document) =>
        document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>The error message shown beside a field, without the hidden "Error:" prefix.</summary>
    public static string? FieldError(this IDocument document, string fieldId) =>
        document.QuerySelector($"#{fieldId}-error")?.TextContent.Replace("Error:", string.Empty, StringComparison.Ordinal).Trim();

    public static string? SuccessBanner(this IDocument document) =>
        document.QuerySelector(".govuk-notification-banner--success .govuk-notification-banner__heading")?.TextContent.Trim();

    public static string Text(this IDocument document) => document.Body?.TextContent ?? string.Empty;
}
