using Audit.Data.Models;
using Audit.Workflows.DeepDive;

namespace Audit.Web.Pages.Actions;

/// <summary>How actions read on the pages: their status as a tag, and where each permitted step's form is.</summary>
public static class ActionDisplay
{
    public static string StatusText(ActionStatus status) => status switch
    {
        ActionStatus.AwaitingConfirmation => "Awaiting confirmation",
        ActionStatus.Confirmed => "Confirmed",
        _ => "Open",
    };

    public static string StatusTag(ActionStatus status, bool overdue) => status switch
    {
        ActionStatus.AwaitingConfirmation => "govuk-tag govuk-tag--blue",
        ActionStatus.Confirmed => "govuk-tag govuk-tag--green",
        _ when overdue => "govuk-tag govuk-tag--red",
        _ => "govuk-tag govuk-tag--yellow",
    };

    public static string ForText(ActionFor @for) => @for switch
    {
        ActionFor.Child => "The child",
        ActionFor.Practice => "Practice",
        _ => "Learning",
    };

    public sealed record StepLink(string Text, string Href, bool IsSecondary);

    /// <summary>The buttons for the steps the workflow permits this person on this action, in the order it lists them.</summary>
    public static IReadOnlyList<StepLink> Steps(int actionId, IEnumerable<AuditTrigger> permitted) =>
        permitted.Select(t => t switch
            {
                AuditTrigger.RecordActionProgress => new StepLink("Record progress", $"/actions/{actionId}/progress", true),
                AuditTrigger.CompleteAction => new StepLink("Mark as complete", $"/actions/{actionId}/complete", false),
                AuditTrigger.ConfirmAction => new StepLink("Confirm completion", $"/actions/{actionId}/confirm", false),
                AuditTrigger.ReopenAction => new StepLink("Reopen action", $"/actions/{actionId}/reopen", true),
                AuditTrigger.ChangeAction => new StepLink("Change owner or due date", $"/actions/{actionId}/change", true),
                _ => null,
            })
            .OfType<StepLink>()
            .ToList();
}
