using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;
using static Audit.Tests.Web.Record.RecordSteps;

namespace Audit.Tests.Web.Programme;

/// <summary>Each of the five tools that ship is allocated, completed and submitted through the real pages.</summary>
public sealed class EveryToolTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    [Theory]
    [InlineData(ToolKind.DeepDive, "deep-dive audit")]
    [InlineData(ToolKind.Fostering, "fostering household audit")]
    [InlineData(ToolKind.Supervision, "supervision audit")]
    [InlineData(ToolKind.DipSample, "thematic dip sample")]
    [InlineData(ToolKind.PracticeObservation, "practice observation")]
    public async Task EachTool_IsAllocatedCompletedAndSubmitted_ThroughTheForms_AndNamedByItsKind(ToolKind tool, string wording)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var caseId = await scenario.AddCaseAsync($"LCS-{Guid.NewGuid().ToString("N")[..8]}");
        // A practice observation is carried out by a practice improvement manager.
        var auditor = tool == ToolKind.PracticeObservation ? scenario.Moderator : scenario.OtherAuditor;
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/admin/cases/{caseId}/allocate");

        var (_, allocated) = await lead.SubmitAsync(form, new Dictionary<string, string> { ["Input.Tool"] = tool.ToString(), ["Input.AuditorId"] = auditor.Id });

        var audit = await app.DbAsync(db => db.CaseAudits.AsNoTracking().Include(a => a.ToolVersion!).ThenInclude(v => v.Tool).SingleAsync(a => a.CaseFileId == caseId));
        Assert.Equal($"{char.ToUpperInvariant(wording[0])}{wording[1..]} {audit.Reference} allocated to {auditor.FullName}", allocated.SuccessBanner());
        Assert.Equal((tool, tool, ToolVersionStatus.Published), (audit.ToolKind, audit.ToolVersion!.Tool!.Kind, audit.ToolVersion.Status));
        using var auditorClient = await SignedInAsync(app, auditor);
        var myWork = await auditorClient.GetPageAsync("/");
        Assert.Contains($"Start {wording} {audit.Reference}", myWork.QuerySelectorAll("#inbox a").Select(a => a.TextContent.Trim()));

        await auditorClient.SubmitAsync(await auditorClient.GetPageAsync($"/audits/{audit.Id}/start"), new Dictionary<string, string>());
        // The supervision audit is judged against a standard: "did not meet the standard" is always moderated, and needs an action.
        var worst = tool == ToolKind.Supervision ? nameof(Grade.NotMet) : nameof(Grade.Inadequate);
        if (tool == ToolKind.Supervision)
        {
            await app.DbAsync(async db =>
            {
                var practitioner = await db.CaseFiles.Where(c => c.Id == caseId).Select(c => c.PractitionerId).SingleAsync();
                db.AuditActions.Add(new AuditAction { CaseAuditId = audit.Id, Description = "Agree a supervision plan", OwnerId = practitioner!, For = ActionFor.Practice,
                    DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), CreatedAt = DateTimeOffset.UtcNow });
                return await db.SaveChangesAsync();
            });
        }

        await auditorClient.CompleteSectionsAsync(audit.Id, worst);
        var check = await auditorClient.CompleteTheRestAsync(audit.Id, worst);
        var (_, submitted) = await auditorClient.SubmitAsync(check, new Dictionary<string, string>());

        Assert.Equal("Awaiting moderation", submitted.State());
        Assert.Equal(AuditState.AwaitingModeration, await app.DbAsync(db => db.CaseAudits.Where(a => a.Id == audit.Id).Select(a => a.State).SingleAsync()));
        var sentence = $"You have been allocated {wording} {audit.Reference}.";
        Assert.True(await app.DbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "audit-allocated" && m.ToAddress == auditor.Email && m.TextBody.Contains(sentence))), sentence);
    }

    [Fact]
    public async Task APracticeObservation_AllocatedToSomeoneWhoIsNotAPracticeImprovementManager_IsRefusedWithTheReason()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var caseId = await scenario.AddCaseAsync($"LCS-{Guid.NewGuid().ToString("N")[..8]}");
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var (_, page) = await lead.SubmitAsync(await lead.GetPageAsync($"/admin/cases/{caseId}/allocate"),
            new Dictionary<string, string> { ["Input.Tool"] = nameof(ToolKind.PracticeObservation), ["Input.AuditorId"] = scenario.OtherAuditor.Id });

        Assert.Equal(["Olly Auditor is not a practice improvement manager, so cannot carry out a practice observation"], page.ErrorSummary());
        Assert.False(await app.DbAsync(db => db.CaseAudits.AnyAsync(a => a.CaseFileId == caseId)));
    }
}
