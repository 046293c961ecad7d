using System.Globalization;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Web.Conversations;

/// <summary>What the conversation tests do again and again: find a working day, schedule through the form, read rows back.</summary>
public static class ConversationSteps
{
    /// <summary>The working day this many working days after today: inside the policy's 15 working days.</summary>
    public static Task<DateOnly> WorkingDayAsync(AuditAppFactory app, int workingDaysAhead, DateOnly? from = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<WorkingDays>().AddAsync(from ?? DateOnly.FromDateTime(DateTime.UtcNow), workingDaysAhead));

    public static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"Input.{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"Input.{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"Input.{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The fields of one remedial action agreed at the conversation (row 0 is the first on the form).</summary>
    public static Dictionary<string, string> AgreedAction(int row, string description, string ownerId, DateOnly due) =>
        new(Date($"Actions[{row}].DueDate", due))
        {
            [$"Input.Actions[{row}].Description"] = description,
            [$"Input.Actions[{row}].OwnerId"] = ownerId,
        };

    /// <summary>The UTC instant of a UK wall-clock time, worked out independently of the code under test.</summary>
    public static DateTimeOffset Uk(DateOnly date, int hour, int minute = 0)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById("Europe/London").GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The service manager schedules (or moves) the conversation through the form.</summary>
    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> ScheduleAsync(AppClient manager, AuditScenario scenario, DateOnly day,
        string start = "14:30", string end = "15:30", string location = "Room 4, Town Hall", string? agenda = null)
    {
        var form = await manager.GetPageAsync($"/audits/{scenario.AuditId}/schedule-conversation");
        var fields = new Dictionary<string, string>(Date("Date", day))
        {
            ["Input.StartTime"] = start,
            ["Input.EndTime"] = end,
            ["Input.Location"] = location,
        };
        if (agenda is not null)
        {
            fields["Input.AgendaNote"] = agenda;
        }

        var (_, page) = await manager.SubmitAsync(form, fields);
        return page;
    }

    public static Task<ReflectiveConversation> ConversationAsync(AuditScenario scenario) =>
        scenario.App.DbAsync(db => db.ReflectiveConversations.AsNoTracking().Include(c => c.Invitees)
            .Where(c => c.CaseAuditId == scenario.AuditId).OrderByDescending(c => c.Id).FirstAsync());

    public static Task<List<OutboxMessage>> OutboxAsync(AuditScenario scenario, string kind) =>
        scenario.App.DbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Kind == kind && m.Subject.Contains($"AUD-{scenario.AuditId:D6}")).OrderBy(m => m.CreatedAt).ToListAsync());
}
