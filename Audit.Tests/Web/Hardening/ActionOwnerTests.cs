using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Hardening;

/// <summary>The owner list offers the practitioner, their team manager and the service manager, and the server refuses anyone else.</summary>
public sealed class ActionOwnerTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    [Fact]
    public async Task OwnerList_OffersOnlyThePeopleOnTheCase_AndRefusesAnOutsider()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/actions");
        var due = DateTime.UtcNow.AddMonths(1);

        var offered = form.QuerySelectorAll("select[name='Input.OwnerId'] option").Select(o => o.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v)).ToHashSet();
        var (_, page) = await auditor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Description"] = "Review the plan", ["Input.For"] = "Child", ["Input.OwnerId"] = scenario.Outsider.Id,
            ["Input.DueDate.Day"] = "1", ["Input.DueDate.Month"] = due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.DueDate.Year"] = due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "#action-form");

        Assert.Equal(new HashSet<string?> { scenario.Practitioner.Id, scenario.TeamManager.Id, scenario.ServiceManager.Id }, offered);
        Assert.Equal("Select who owns the action", page.FieldError("Input_OwnerId"));
        Assert.False(await app.DbAsync(db => db.AuditActions.AnyAsync(a => a.CaseAuditId == scenario.AuditId)));
    }
}
