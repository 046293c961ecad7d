using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Builders;

/// <summary>
/// A small organisation and one audited case, with everyone an audit involves, driven through the real
/// <see cref="AuditCommands"/>: <c>await AuditScenario.CreateAsync(app)</c> gives an allocated audit;
/// <c>await scenario.ToStateAsync(AuditState.AwaitingModeration, Grade.Inadequate)</c> walks it on.
/// </summary>
public sealed class AuditScenario
{
    private AuditScenario(AuditAppFactory app) => App = app;

    public AuditAppFactory App { get; }
    public TestStaff QaLead { get; private set; } = default!;
    public TestStaff Auditor { get; private set; } = default!;
    public TestStaff OtherAuditor { get; private set; } = default!;
    public TestStaff Moderator { get; private set; } = default!;
    public TestStaff AssistantDirector { get; private set; } = default!;
    public TestStaff OtherAssistantDirector { get; private set; } = default!;
    public TestStaff ServiceManager { get; private set; } = default!;
    public TestStaff TeamManager { get; private set; } = default!;
    public TestStaff Practitioner { get; private set; } = default!;
    public TestStaff OtherPractitioner { get; private set; } = default!;
    public TestStaff Outsider { get; private set; } = default!;
    /// <summary>Who the audit was allocated to: <see cref="Auditor"/> unless the scenario chose someone else.</summary>
    public TestStaff AllocatedTo { get; private set; } = default!;
    public int TeamId { get; private set; }
    public int CaseFileId { get; private set; }
    public int AuditId { get; private set; }

    public static async Task<AuditScenario> CreateAsync(AuditAppFactory app, string? caseReference = null, Func<AuditScenario, TestStaff>? allocateTo = null)
    {
        var s = new AuditScenario(app);
        var tag = Guid.NewGuid().ToString("N")[..8];
        s.QaLead = await TestData.AQaLead().Named("Quinn Lead").CreateAsync(app);
        s.Auditor = await TestData.AStaffMember().Named("Avery Auditor").WithRoles(Roles.Auditor, Roles.TeamManager).CreateAsync(app);
        s.OtherAuditor = await TestData.AStaffMember().Named("Olly Auditor").WithRoles(Roles.Auditor).CreateAsync(app);
        s.Moderator = await TestData.AStaffMember().Named("Morgan Moderator").WithRoles(Roles.PracticeImprovementManager, Roles.Auditor).CreateAsync(app);
        s.AssistantDirector = await TestData.AStaffMember().Named("Ada Director").WithRoles(Roles.AssistantDirector).WithAuthenticator().CreateAsync(app);
        s.OtherAssistantDirector = await TestData.AStaffMember().Named("Otto Director").WithRoles(Roles.AssistantDirector).WithAuthenticator().CreateAsync(app);
        s.ServiceManager = await TestData.AStaffMember().Named("Sasha Manager").WithRoles(Roles.ServiceManager).CreateAsync(app);
        s.TeamManager = await TestData.AStaffMember().Named("Toni Manager").WithRoles(Roles.TeamManager, Roles.Auditor).CreateAsync(app);
        s.Outsider = await TestData.AStaffMember().Named("Pat Elsewhere").WithRoles(Roles.Practitioner).CreateAsync(app);

        s.TeamId = await app.DbAsync(async db =>
        {
            var directorate = new Directorate { Name = $"Directorate {tag}", AssistantDirectorId = s.AssistantDirector.Id };
            db.Directorates.Add(new Directorate { Name = $"Other directorate {tag}", AssistantDirectorId = s.OtherAssistantDirector.Id });
            var service = new ServiceArea { Name = $"Help and Protection {tag}", Directorate = directorate, ServiceManagerId = s.ServiceManager.Id };
            var team = new Team { Name = $"Team {tag}", ServiceArea = service, TeamManagerId = s.TeamManager.Id };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });
        s.Practitioner = await TestData.AStaffMember().Named("Sam Practitioner").WithRoles(Roles.Practitioner).InTeam(s.TeamId).CreateAsync(app);
        s.OtherPractitioner = await TestData.AStaffMember().Named("Jo Colleague").WithRoles(Roles.Practitioner, Roles.Auditor).InTeam(s.TeamId).CreateAsync(app);

        s.CaseFileId = await app.DbAsync(async db =>
        {
            var caseFile = new CaseFile
            {
                Reference = caseReference ?? $"LCS-{tag}",
                CaseType = CaseType.ChildProtection,
                TeamId = s.TeamId,
                PractitionerId = s.Practitioner.Id,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.CaseFiles.Add(caseFile);
            await db.SaveChangesAsync();
            return caseFile.Id;
        });

        s.AllocatedTo = allocateTo?.Invoke(s) ?? s.Auditor;
        var allocated = await s.AllocateAsync(s.CaseFileId, s.AllocatedTo.Id);
        Assert.True(allocated.Succeeded, string.Join("; ", allocated.Outcome.Errors.Select(e => e.Value)));
        s.AuditId = allocated.Value!.Id;
        return s;
    }

    /// <summary>Adds another case in the scenario's team (by default on <see cref="Practitioner"/>'s caseload), not yet audited.</summary>
    public Task<int> AddCaseAsync(string reference, TestStaff? practitioner = null, CaseType caseType = CaseType.ChildInNeed) =>
        App.DbAsync(async db =>
        {
            var caseFile = new CaseFile
            {
                Reference = reference,
                CaseType = caseType,
                TeamId = TeamId,
                PractitionerId = (practitioner ?? Practitioner).Id,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.CaseFiles.Add(caseFile);
            await db.SaveChangesAsync();
            return caseFile.Id;
        });

    public Task<CommandResult<CaseAudit>> AllocateAsync(int caseFileId, string auditorId) =>
        App.InScopeAsync(sp => sp.GetRequiredService<AllocateHandler>().HandleAsync(new AllocateCommand(caseFileId, auditorId, null), QaLead.Id));

    /// <summary>Sends a command, made at the audit's current version, as this person, in a scope of its own (a request).</summary>
    public async Task<CommandResult> SendAsync<TCommand>(Func<int, TCommand> command, TestStaff actor) where TCommand : IAuditCommand
    {
        var version = await VersionAsync();
        return await App.InScopeAsync(sp => sp.GetRequiredService<AuditCommands>().SendAsync(command(version), actor.Id));
    }

    public Task<CaseAudit> AuditAsync() =>
        App.DbAsync(db => db.CaseAudits.Include(a => a.Actions).AsNoTracking().SingleAsync(a => a.Id == AuditId));

    public async Task<int> VersionAsync() => (await AuditAsync()).Version;

    /// <summary>Adds an open action to the audit (the auditor's corrective action for the child).</summary>
    public Task AddActionAsync(string ownerId, string description = "Update the child's plan") =>
        App.DbAsync(async db =>
        {
            db.AuditActions.Add(new AuditAction
            {
                CaseAuditId = AuditId,
                Description = description,
                For = ActionFor.Child,
                OwnerId = ownerId,
                DueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
                CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

    public async Task Expect(Task<CommandResult> command)
    {
        var result = await command;
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Value)));
    }

    public async Task StartAsync() => await Expect(SendAsync(v => new StartCommand(AuditId, v), AllocatedTo));

    public async Task SubmitAsync(Grade grade, bool immediateResponse = false) =>
        await Expect(SendAsync(v => new SubmitCommand(AuditId, v, grade, "Evidence of the grade", immediateResponse), AllocatedTo));

    /// <summary>Moderates as <see cref="Moderator"/> (or <paramref name="by"/>). The scenario's audit has no section answers, so no section decisions.</summary>
    public async Task ModerateAsync(ModerationOutcome outcome, Grade? newGrade = null, TestStaff? by = null) =>
        await Expect(SendAsync(v => new ModerateCommand(AuditId, v, outcome, newGrade, "Checked against the evidence"), by ?? Moderator));

    public async Task CoSignAsync() => await Expect(SendAsync(v => new CoSignCommand(AuditId, v, null), AssistantDirector));

    public async Task SendBackAsync(string comment = "Look again at the evidence for the grade") =>
        await Expect(SendAsync(v => new SendBackToModerationCommand(AuditId, v, comment), AssistantDirector));

    /// <summary>Walks the audit to a state by the usual route. RI submissions use a grade that is always moderated first.</summary>
    public async Task ToStateAsync(AuditState state)
    {
        switch (state)
        {
            case AuditState.Allocated:
                return;
            case AuditState.InProgress:
                await StartAsync();
                return;
            case AuditState.AwaitingModeration:
                await StartAsync();
                await SubmitAsync(Grade.Inadequate);
                return;
            case AuditState.ReturnedToAuditor:
                await ToStateAsync(AuditState.AwaitingModeration);
                await ModerateAsync(ModerationOutcome.ReturnToAuditor);
                return;
            case AuditState.AwaitingCoSign:
                await StartAsync();
                await SubmitAsync(Grade.Good);
                await ModerateAsync(ModerationOutcome.Agree);
                return;
            case AuditState.AwaitingReflectiveConversation:
                // Inadequate needs the assistant director's co-sign (the default policy) before the conversation.
                await ToStateAsync(AuditState.AwaitingModeration);
                await ModerateAsync(ModerationOutcome.Agree);
                await CoSignAsync();
                return;
            case AuditState.ActionsOutstanding:
                await AddActionAsync(TeamManager.Id);
                await ToStateAsync(AuditState.AwaitingCoSign);
                await CoSignAsync();
                return;
            case AuditState.Closed:
                await ToStateAsync(AuditState.AwaitingCoSign);
                await CoSignAsync();
                return;
            case AuditState.Cancelled:
                await Expect(SendAsync(v => new CancelCommand(AuditId, v, "Case closed to children's services"), QaLead));
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }
    }
}
