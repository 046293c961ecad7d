using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Builders;

/// <summary>One section's grade on a completed audit, and the grade moderation gave it when it changed it.</summary>
public sealed record SectionGrade(string Title, Grade Grade, Grade? Moderated = null);

/// <summary>
/// An organisation of two service areas (one team each) in one directorate, its leaders, and audits whose grades are
/// already settled, written straight to the database so report tests can state exact counts:
/// <c>await s.AddCompletedAsync(Grade.Good, new DateOnly(2026, 3, 4), moderatedTo: Grade.RequiresImprovement)</c>.
/// </summary>
public sealed class ReportScenario
{
    private ReportScenario(AuditAppFactory app) => App = app;

    public AuditAppFactory App { get; }
    public TestStaff QaLead { get; private set; } = default!;
    public TestStaff AssistantDirector { get; private set; } = default!;
    public TestStaff ServiceManager { get; private set; } = default!;
    public TestStaff OtherServiceManager { get; private set; } = default!;
    public TestStaff Auditor { get; private set; } = default!;
    public TestStaff OtherAuditor { get; private set; } = default!;
    public TestStaff Practitioner { get; private set; } = default!;
    public TestTeam Team { get; private set; } = default!;
    public TestTeam OtherTeam { get; private set; } = default!;

    public static async Task<ReportScenario> CreateAsync(AuditAppFactory app)
    {
        var s = new ReportScenario(app)
        {
            QaLead = await TestData.AQaLead().Named("Quinn Lead").CreateAsync(app),
            AssistantDirector = await TestData.AStaffMember().Named("Ada Director").WithRoles(Roles.AssistantDirector).WithAuthenticator().CreateAsync(app),
            ServiceManager = await TestData.AStaffMember().Named("Sasha Manager").WithRoles(Roles.ServiceManager).CreateAsync(app),
            OtherServiceManager = await TestData.AStaffMember().Named("Sol Manager").WithRoles(Roles.ServiceManager).CreateAsync(app),
            Auditor = await TestData.AStaffMember().Named("Avery Auditor").WithRoles(Roles.Auditor, Roles.TeamManager).CreateAsync(app),
            OtherAuditor = await TestData.AStaffMember().Named("Blake Auditor").WithRoles(Roles.Auditor).CreateAsync(app),
        };
        s.Team = await TestData.ATeam().Named("Assessment team").WithServiceManager(s.ServiceManager).WithAssistantDirector(s.AssistantDirector).CreateAsync(app);
        s.OtherTeam = await TestData.ATeam().Named("Court team").WithServiceManager(s.OtherServiceManager).CreateAsync(app);
        s.Practitioner = await TestData.AStaffMember().Named("Sam Practitioner").WithRoles(Roles.Practitioner).InTeam(s.Team.TeamId).CreateAsync(app);
        return s;
    }

    /// <summary>
    /// A closed audit whose grade was settled at noon (UK time) on <paramref name="completedOn"/>. With
    /// <paramref name="moderatedTo"/> it was moderated to that grade; with <paramref name="moderated"/> alone moderation agreed.
    /// </summary>
    public Task<int> AddCompletedAsync(
        Grade auditorGrade,
        DateOnly completedOn,
        Grade? moderatedTo = null,
        bool moderated = false,
        ToolKind tool = ToolKind.DeepDive,
        TestTeam? team = null,
        TestStaff? auditor = null,
        bool? feedbackSought = null,
        bool? feedbackObtained = null,
        bool? discussionHeld = null,
        DateOnly? dueDate = null,
        DateOnly? submittedOn = null,
        IReadOnlyList<SectionGrade>? sections = null,
        IReadOnlyList<string>? themes = null,
        int? toolVersionId = null) =>
        App.DbAsync(async db =>
        {
            var version = await db.AuditToolVersions.Include(v => v.Sections)
                .Where(v => toolVersionId == null ? v.Tool!.Kind == tool && v.Status == ToolVersionStatus.Published : v.Id == toolVersionId)
                .OrderBy(v => v.Id).FirstAsync();
            var caseFile = new CaseFile
            {
                Reference = $"LCS-{Guid.NewGuid():N}"[..14],
                CaseType = tool == ToolKind.Fostering ? CaseType.FosteringHousehold : CaseType.ChildInNeed,
                TeamId = (team ?? Team).TeamId,
                PractitionerId = Practitioner.Id,
                CreatedAt = At(completedOn.AddDays(-40)),
            };
            var finalGrade = moderatedTo ?? auditorGrade;
            var wasModerated = moderated || moderatedTo is not null;
            var audit = new CaseAudit
            {
                CaseFile = caseFile,
                AuditorId = (auditor ?? Auditor).Id,
                State = AuditState.Closed,
                ToolVersionId = version.Id,
                DueDate = dueDate ?? completedOn,
                AllocatedAt = At(completedOn.AddDays(-30)),
                StartedAt = At(completedOn.AddDays(-20)),
                SubmittedAt = At(submittedOn ?? completedOn),
                AuditorGrade = auditorGrade,
                FinalGrade = finalGrade,
                ModerationRequired = wasModerated,
                ModeratedAt = wasModerated ? At(completedOn) : null,
                GradeConfirmedAt = At(completedOn),
                ClosedAt = At(completedOn),
                IsGoodPracticeExample = finalGrade is Grade.Good or Grade.Outstanding,
                Record = new AuditRecord
                {
                    FeedbackSought = feedbackSought,
                    FeedbackObtained = feedbackObtained,
                    DiscussionHeld = discussionHeld,
                    OverallGrade = auditorGrade,
                    UpdatedAt = At(completedOn),
                },
            };
            foreach (var section in sections ?? [])
            {
                audit.SectionResponses.Add(new SectionResponse
                {
                    ToolSectionId = version.Sections.Single(x => x.Title == section.Title).Id,
                    Grade = section.Grade,
                    ModeratedGrade = section.Moderated,
                    Evidence = "Evidence for the grade",
                    Status = SectionStatus.Completed,
                    UpdatedAt = At(completedOn),
                });
            }

            foreach (var name in themes ?? [])
            {
                var theme = await db.LearningThemes.FirstOrDefaultAsync(t => t.Name == name) ?? db.LearningThemes.Add(new LearningTheme { Name = name }).Entity;
                audit.Themes.Add(new AuditTheme { Theme = theme });
            }

            db.CaseAudits.Add(audit);
            await db.SaveChangesAsync();
            return audit.Id;
        });

    /// <summary>An audit allocated at noon (UK time) on <paramref name="allocatedOn"/>, not yet started.</summary>
    public Task<int> AddAllocatedAsync(DateOnly allocatedOn, TestTeam? team = null) =>
        App.DbAsync(async db =>
        {
            var audit = new CaseAudit
            {
                CaseFile = new CaseFile
                {
                    Reference = $"LCS-{Guid.NewGuid():N}"[..14],
                    CaseType = CaseType.ChildInNeed,
                    TeamId = (team ?? Team).TeamId,
                    PractitionerId = Practitioner.Id,
                    CreatedAt = At(allocatedOn),
                },
                AuditorId = Auditor.Id,
                State = AuditState.Allocated,
                DueDate = allocatedOn.AddDays(28),
                AllocatedAt = At(allocatedOn),
            };
            db.CaseAudits.Add(audit);
            await db.SaveChangesAsync();
            return audit.Id;
        });

    /// <summary>Noon in the UK on that day, as stored (UTC).</summary>
    public static DateTimeOffset At(DateOnly day)
    {
        var noon = day.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(noon, UkTime.Zone.GetUtcOffset(noon)).ToUniversalTime();
    }
}
