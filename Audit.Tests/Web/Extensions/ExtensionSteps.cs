using System.Globalization;
using AngleSharp.Html.Dom;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;

namespace Audit.Tests.Web.Extensions;

/// <summary>The auditor's request for more time and the QA lead's decision, posted through their real forms.</summary>
internal static class ExtensionSteps
{
    public const string AuditorsReason = "Waiting for the school's records";

    public static readonly DateOnly Asked = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);

    public static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"Input.{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"Input.{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"Input.{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    public static async Task<IHtmlDocument> AskAsync(this AppClient auditor, AuditScenario scenario, DateOnly? date = null, string reason = AuditorsReason)
    {
        var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/extension/request");
        var (_, page) = await auditor.SubmitAsync(form, new Dictionary<string, string>(Date("DueDate", date ?? Asked)) { ["Input.Reason"] = reason });
        return page;
    }

    public static async Task<IHtmlDocument> DecideAsync(this AppClient lead, AuditScenario scenario, string? decision, string? reason = null)
    {
        var form = await lead.GetPageAsync($"/audits/{scenario.AuditId}/extension");
        var values = new Dictionary<string, string>();
        if (decision is not null)
        {
            values["Input.Decision"] = decision;
        }

        if (reason is not null)
        {
            values["Input.Reason"] = reason;
        }

        var (_, page) = await lead.SubmitAsync(form, values);
        return page;
    }
}
