using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Web;

public sealed class DemoDataTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new AuditAppFactory().With("Audit:SeedDemoData", "true");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task DemoData_SeedsAnOrganisationWithStaffInEveryRole()
    {
        _ = app.Services; // starts the app, which seeds

        var staff = await app.DbAsync(db => db.Users.Where(u => u.IsDemo).CountAsync());
        var serviceAreas = await app.DbAsync(db => db.ServiceAreas.Select(s => s.Name).ToListAsync());
        var roleCounts = await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffMember>>();
            var counts = new Dictionary<string, int>();
            foreach (var role in Roles.All)
            {
                counts[role] = (await users.GetUsersInRoleAsync(role)).Count;
            }

            return counts;
        });

        Assert.InRange(staff, 20, 30);
        Assert.Contains("Front Door", serviceAreas);
        Assert.Contains("Fostering", serviceAreas);
        Assert.All(roleCounts, pair => Assert.True(pair.Value > 0, $"No demo staff hold the role {pair.Key}"));
    }

    [Fact]
    public async Task DemoData_HasAuditsAtEveryStageOfTheWorkflow()
    {
        _ = app.Services;

        var states = await app.DbAsync(db => db.CaseAudits.Where(a => a.CaseFile!.Reference.StartsWith("DEMO-")).Select(a => a.State).Distinct().ToListAsync());

        Assert.Equal(
            [AuditState.Allocated, AuditState.InProgress, AuditState.AwaitingModeration, AuditState.AwaitingCoSign,
             AuditState.AwaitingReflectiveConversation, AuditState.ActionsOutstanding, AuditState.Closed],
            states.Order());
    }

    [Fact]
    public async Task DemoData_HasAuditsAtEachPointOfModeration_MovedThereByTheRealCommands()
    {
        _ = app.Services;

        var audits = await app.DbAsync(db => db.CaseAudits.AsNoTracking().Include(a => a.CaseFile).Include(a => a.ModerationTakenBy)
            .Where(a => a.CaseFile!.Reference.StartsWith("DEMO-")).ToDictionaryAsync(a => a.CaseFile!.Reference));
        var triggers = await app.DbAsync(db => db.AuditHistory.AsNoTracking().Select(h => new { h.CaseAuditId, h.Trigger }).ToListAsync());
        bool Had(string reference, AuditTrigger trigger) => triggers.Any(t => t.CaseAuditId == audits[reference].Id && t.Trigger == trigger.ToString());
        var changes = await app.DbAsync(db => db.GradeChanges.AsNoTracking().Where(g => g.CaseAuditId == audits["DEMO-1009"].Id).ToListAsync());

        Assert.Equal((AuditState.AwaitingModeration, "Owen Jenkins"), (audits["DEMO-1008"].State, audits["DEMO-1008"].ModerationTakenBy?.FullName));
        Assert.Equal(AuditState.Closed, audits["DEMO-1009"].State);
        Assert.Contains(changes, c => c.ToolSectionId is not null && c.FromGrade == Grade.Good && c.ToGrade == Grade.RequiresImprovement);
        Assert.Contains(changes, c => c.ToolSectionId is null && c.ToGrade == Grade.RequiresImprovement);
        Assert.True(Had("DEMO-1010", AuditTrigger.ReturnToAuditor));
        Assert.Equal((AuditState.AwaitingModeration, "Farah Iqbal", "Audits returned by moderation are always moderated again"),
            (audits["DEMO-1010"].State, audits["DEMO-1010"].ModerationTakenBy?.FullName, audits["DEMO-1010"].ModerationReason));
        Assert.Equal((AuditState.AwaitingCoSign, Grade.Inadequate), (audits["DEMO-1011"].State, audits["DEMO-1011"].FinalGrade));
        Assert.True(Had("DEMO-1012", AuditTrigger.SendBackToModeration));
        Assert.Equal((AuditState.AwaitingModeration, "Farah Iqbal"), (audits["DEMO-1012"].State, audits["DEMO-1012"].ModerationTakenBy?.FullName));
        Assert.True(audits["DEMO-1007"].IsGoodPracticeExample);
        Assert.True(await app.DbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "good-practice")));
    }

    [Fact]
    public async Task DemoData_HasConversationsWaiting_Accepted_AndWithAProposalAwaitingTheOrganiser_EachInvitedByEmail()
    {
        _ = app.Services;

        var conversations = await app.DbAsync(db => db.ReflectiveConversations.AsNoTracking().Include(c => c.Invitees).Include(c => c.CaseAudit!.CaseFile)
            .Where(c => c.CaseAudit!.CaseFile!.Reference.StartsWith("DEMO-")).ToDictionaryAsync(c => c.CaseAudit!.CaseFile!.Reference));
        var invitations = await app.DbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Kind == "conversation-invitation")
            .Select(m => new { m.Subject, m.CalendarIcs }).ToListAsync());
        InvitationAnswer PractitionersAnswer(string reference) =>
            conversations[reference].Invitees.Single(i => i.StaffId == conversations[reference].CaseAudit!.CaseFile!.PractitionerId).Answer;

        Assert.All(conversations[DemoConversationSeeder.Waiting].Invitees, i => Assert.Equal(InvitationAnswer.NeedsAction, i.Answer));
        Assert.Equal(InvitationAnswer.Accepted, PractitionersAnswer(DemoConversationSeeder.Accepted));
        Assert.Equal(InvitationAnswer.ProposedNewTime, PractitionersAnswer(DemoConversationSeeder.Proposed));
        var proposal = conversations[DemoConversationSeeder.Proposed].Invitees.Single(i => i.Answer == InvitationAnswer.ProposedNewTime);
        Assert.NotNull(proposal.ProposedStart);
        Assert.Null(proposal.ProposalDeclinedAt);
        Assert.NotEqual(conversations[DemoConversationSeeder.Proposed].StartsAt, proposal.ProposedStart);
        Assert.All(conversations.Values, c => Assert.Null(c.CancelledAt));
        Assert.All(conversations.Values, c => Assert.Contains(invitations, m => m.Subject.Contains($"AUD-{c.CaseAuditId:D6}", StringComparison.Ordinal) && m.CalendarIcs is not null));
        Assert.All(conversations.Values, c => Assert.Equal(AuditState.AwaitingReflectiveConversation, c.CaseAudit!.State));
    }

    [Fact]
    public async Task DemoData_RecordedConversation_CarriesTheActionAgreed_OwnedByThePractitioner_WhoWasEmailed()
    {
        _ = app.Services;

        var audit = await app.DbAsync(db => db.CaseAudits.AsNoTracking().Include(a => a.Actions).Include(a => a.CaseFile)
            .SingleAsync(a => a.CaseFile!.Reference == DemoConversationSeeder.Recorded));

        Assert.Equal(AuditState.ActionsOutstanding, audit.State);
        Assert.NotNull(audit.ConversationLearning);
        var action = Assert.Single(audit.Actions);
        Assert.Equal((ActionFor.Learning, audit.CaseFile!.PractitionerId), (action.For, action.OwnerId));
        Assert.True(await app.DbAsync(db => db.Deadlines.AnyAsync(d => d.AuditActionId == action.Id && d.Kind == DeadlineKind.ActionDue && d.CompletedAt == null)));
        Assert.True(await app.DbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "action-assigned" && m.Subject.Contains($"AUD-{audit.Id:D6}"))));
    }

    [Fact]
    public async Task DemoData_SeedingTwice_CreatesNothingNew()
    {
        _ = app.Services;

        var again = await app.InScopeAsync(sp => sp.GetRequiredService<DemoDataSeeder>().SeedAsync());

        Assert.False(again);
    }

    [Fact]
    public async Task DemoAccount_SignsInWithTheReadmePassword_AndIsToldItIsDemoData()
    {
        using var client = AppClient.For(app);

        var page = await client.SignInAsync(DemoDataSeeder.EmailFor("Sam Carter"), DemoDataSeeder.Password);

        Assert.Equal("My work", page.H1());
        Assert.Contains("Demo account", page.QuerySelector(".govuk-warning-text")?.TextContent, StringComparison.Ordinal);
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"));
        Assert.Contains(DemoDataSeeder.Password, readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readme_ListsEveryDemoAccountInFull_AndEveryDemoCaseItPointsAtExists()
    {
        _ = app.Services;
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"));
        var emails = await app.DbAsync(db => db.Users.Where(u => u.IsDemo).Select(u => u.Email!).ToListAsync());
        var cases = await app.DbAsync(db => db.CaseFiles.Where(c => c.Reference.StartsWith("DEMO-")).Select(c => c.Reference).ToListAsync());

        Assert.All(emails, email => Assert.Contains($"| {email} |", readme, StringComparison.Ordinal));
        Assert.DoesNotContain("etc.", readme.Split("## Demo accounts")[1].Split("\n## ")[0], StringComparison.Ordinal);
        Assert.All(System.Text.RegularExpressions.Regex.Matches(readme, @"DEMO-\d{4}").Select(m => m.Value).Distinct(),
            reference => Assert.Contains(reference, cases));
    }

    [Fact]
    public async Task DemoData_HasAThematicDipSample_AllocatedInThisMonthsProgramme()
    {
        _ = app.Services;

        var batch = await app.DbAsync(db => db.DipSampleBatches.AsNoTracking()
            .Select(b => new { b.Name, Audits = db.CaseAudits.Where(a => a.DipSampleBatchId == b.Id).Select(a => a.CaseFile!.Reference).OrderBy(r => r).ToList() })
            .SingleAsync());

        Assert.StartsWith("The voice of the child, ", batch.Name, StringComparison.Ordinal);
        Assert.Equal(["DEMO-1017", "DEMO-1018", "DEMO-1019", "DEMO-1020"], batch.Audits);
    }

    [Fact]
    public async Task DemoData_IsNeverSeededInProduction()
    {
        await using var production = new AuditAppFactory().With("Audit:SeedDemoData", "true");
        await using var productionApp = production.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        _ = productionApp.Services;

        await using var scope = productionApp.Services.CreateAsyncScope();
        var demo = await scope.ServiceProvider.GetRequiredService<Audit.Data.AuditDbContext>().Users.AnyAsync(u => u.IsDemo);

        Assert.False(demo);
    }
}
