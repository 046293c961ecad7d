using Audit.Data.Models;

namespace Audit.Web.Pages.Admin.Emails;

/// <summary>How a message's status is shown: a GOV.UK tag whose colour says whether anyone needs to act.</summary>
public static class EmailStatusTag
{
    public static string Text(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "Pending",
        OutboxStatus.Sent => "Sent",
        _ => "Failed",
    };

    public static string CssClass(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "govuk-tag govuk-tag--yellow",
        OutboxStatus.Sent => "govuk-tag govuk-tag--green",
        _ => "govuk-tag govuk-tag--red",
    };
}
