using System.Globalization;
using AngleSharp.Html.Dom;
using Audit.Tests.Infrastructure;

namespace Audit.Tests.Web.Record;

/// <summary>Filling in the auditor's form through its pages, as a browser would.</summary>
internal static class RecordSteps
{
    public const string Continue = "Complete";
    public const string Later = "Draft";

    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"Input.{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"Input.{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"Input.{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> values, IReadOnlyDictionary<string, string> more)
    {
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }

        return values;
    }

    /// <summary>The hrefs of the task list's links, in order.</summary>
    public static IReadOnlyList<string> TaskLinks(this IHtmlDocument taskList) =>
        taskList.QuerySelectorAll(".govuk-task-list__link").Select(a => a.GetAttribute("href")!).ToList();

    public static string TaskStatus(this IHtmlDocument taskList, string key) =>
        taskList.QuerySelector($"#{key}-status")!.TextContent.Trim();

    /// <summary>Answers every section from the first, following "Save and continue", and returns the page after the last.</summary>
    public static async Task<IHtmlDocument> CompleteSectionsAsync(this AppClient client, int auditId, string grade, string? worstSectionGrade = null)
    {
        var taskList = await client.GetPageAsync($"/audits/{auditId}/record");
        var page = await client.GetPageAsync(taskList.TaskLinks()[0]);
        while (page.Url.Contains("/record/sections/", StringComparison.Ordinal))
        {
            var values = new Dictionary<string, string> { ["Input.Evidence"] = $"Evidence for {page.H1()}", ["Mode"] = Continue };
            if (page.QuerySelector("input[name='Input.Grade']") is not null)
            {
                values["Input.Grade"] = worstSectionGrade is not null && page.H1() == "Drift and delay" ? worstSectionGrade : grade;
            }

            var (_, next) = await client.SubmitAsync(page, values);
            Assert.Empty(next.ErrorSummary());
            page = next;
        }

        return page;
    }

    /// <summary>Completes every step after the sections; returns the check answers page.</summary>
    public static async Task<IHtmlDocument> CompleteTheRestAsync(this AppClient client, int auditId, string overall, string? differenceReason = null)
    {
        var feedback = await client.GetPageAsync($"/audits/{auditId}/record/feedback");
        var (_, discussion) = await client.SubmitAsync(feedback, new Dictionary<string, string>
        {
            ["Input.Sought"] = "True",
            ["Input.SoughtFrom"] = "The child and her mother",
            ["Input.Obtained"] = "True",
            ["Input.Summary"] = "They felt listened to",
            ["Mode"] = Continue,
        });
        Assert.Equal("Discussion with the practitioner", discussion.H1());
        var (_, strengths) = await client.SubmitAsync(discussion, new Dictionary<string, string>
        {
            ["Input.Held"] = "True",
            ["Input.PractitionerView"] = "Agreed with the findings",
            ["Mode"] = Continue,
        }.With(Date("Date", Today)));
        Assert.Equal("Strengths, areas for development and themes", strengths.H1());
        var (_, actions) = await client.SubmitAsync(strengths, new Dictionary<string, string>
        {
            ["Input.Strengths"] = "Warm relationships with the family",
            ["Input.AreasForDevelopment"] = "Plans drift between reviews",
            ["Mode"] = Continue,
        });
        Assert.Equal("Corrective actions", actions.H1());
        var overallPage = await client.GetPageAsync(actions.QuerySelector("#continue")!.GetAttribute("href")!);
        var values = new Dictionary<string, string>
        {
            ["Input.Grade"] = overall,
            ["Input.Rationale"] = "Consistent with the sections",
            ["Mode"] = Continue,
        };
        if (differenceReason is not null)
        {
            values["Input.DifferenceReason"] = differenceReason;
        }

        var (_, check) = await client.SubmitAsync(overallPage, values);
        Assert.Equal("Check your answers before submitting the audit", check.H1());
        return check;
    }
}
