using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Grading;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Demo;

/// <summary>
/// Demo cases (references DEMO-1001 upwards — never real references) and audits at every stage of the workflow, each
/// moved there through the real services so the demo behaves exactly like live use.
/// </summary>
public sealed class DemoAuditSeeder(AuditDbContext db, DeepDiveService workflow, AuditFormService form, TimeProvider clock)
{
    private sealed record DemoCase(string Reference, CaseType Type, AgeBand Age, string Team, string Practitioner, string Auditor, string Stage);

    private static readonly DemoCase[] Cases =
    [
        new("DEMO-1001", CaseType.ChildProtection, AgeBand.FiveToNine, "Help and Protection 1", "Sam Carter", "Grace Mensah", "allocated"),
        new("DEMO-1002", CaseType.ChildInNeed, AgeBand.TenToFifteen, "Help and Protection 2", "Kwame Boateng", "Aaron Lewis", "in progress"),
        new("DEMO-1003", CaseType.EarlyHelp, AgeBand.OneToFour, "FAST (early help screening)", "Emily Clarke", "Sophie Turner", "inadequate, awaiting moderation"),
        new("DEMO-1004", CaseType.ChildInNeed, AgeBand.TenToFifteen, "Complex Needs", "Hannah Patel", "Daniel Price", "good, awaiting co-sign"),
        new("DEMO-1005", CaseType.CaredFor, AgeBand.FiveToNine, "Cared For Children 1", "Chloe Evans", "Ruth Adeyemi", "inadequate maintained, awaiting conversation"),
        new("DEMO-1006", CaseType.ChildProtection, AgeBand.UnderOne, "CHAT (children's help and advice)", "Liam O'Connor", "Tom Hughes", "good, actions outstanding"),
        new("DEMO-1007", CaseType.CareExperienced, AgeBand.SixteenPlus, "Leaving Care", "Josh Reid", "Grace Mensah", "closed"),
    ];

    public async Task SeedAsync(IReadOnlyDictionary<string, string> staff, IReadOnlyDictionary<string, int> teams, CancellationToken cancellationToken = default)
    {
        var qaLead = staff["Alex Morgan"];
        var moderator = staff["Farah Iqbal"];
        foreach (var demo in Cases)
        {
            var caseFile = new CaseFile
            {
                Reference = demo.Reference,
                CaseType = demo.Type,
                AgeBand = demo.Age,
                TeamId = teams[demo.Team],
                PractitionerId = staff[demo.Practitioner],
                CreatedAt = clock.GetUtcNow(),
                CreatedById = qaLead,
            };
            db.CaseFiles.Add(caseFile);
            await db.SaveChangesAsync(cancellationToken);

            var auditor = staff[demo.Auditor];
            var allocated = await workflow.AllocateAsync(new AllocateCommand(caseFile.Id, auditor, null), qaLead, cancellationToken);
            Check(allocated.Outcome, demo);
            var id = allocated.Value!.Id;
            db.ChangeTracker.Clear();
            if (demo.Stage == "allocated")
            {
                continue;
            }

            Check(await workflow.StartAsync(id, await VersionAsync(id), auditor, cancellationToken), demo);
            if (demo.Stage == "in progress")
            {
                await FillSectionsAsync(id, auditor, Grade.RequiresImprovement, take: 3, cancellationToken);
                continue;
            }

            var grade = demo.Stage.StartsWith("inadequate", StringComparison.Ordinal) ? Grade.Inadequate : Grade.Good;
            await CompleteFormAsync(id, auditor, grade, cancellationToken);
            if (demo.Stage.Contains("actions", StringComparison.Ordinal))
            {
                Check(await form.SaveActionAsync(new SaveActionCommand(id, null, await VersionAsync(id), "Update the child's safety plan with the health visitor",
                    ActionFor.Child, staff["Sophie Turner"], Common.UkTime.Today(clock).AddDays(21)), auditor, cancellationToken), demo);
            }

            Check(await form.SubmitAsync(id, await VersionAsync(id), auditor, cancellationToken), demo);
            if (demo.Stage.EndsWith("awaiting moderation", StringComparison.Ordinal))
            {
                continue;
            }

            Check(await workflow.ModerateAsync(new ModerateCommand(id, await VersionAsync(id), ModerationOutcome.Agree, null,
                "The evidence supports the grade."), moderator, cancellationToken), demo);
            if (grade == Grade.Good && demo.Stage != "good, awaiting co-sign")
            {
                var director = await db.CaseFiles.Where(c => c.Id == caseFile.Id)
                    .Select(c => c.Team!.ServiceArea!.Directorate!.AssistantDirectorId).SingleAsync(cancellationToken);
                Check(await workflow.CoSignAsync(id, await VersionAsync(id), "Agreed.", director!, cancellationToken), demo);
            }
        }
    }

    private async Task CompleteFormAsync(int auditId, string auditor, Grade grade, CancellationToken cancellationToken)
    {
        await FillSectionsAsync(auditId, auditor, grade, take: int.MaxValue, cancellationToken);
        var today = Common.UkTime.Today(clock);
        Check(await form.SaveFeedbackAsync(new SaveFeedbackCommand(auditId, await VersionAsync(auditId), true, "The child and their mother", true,
            "Demo feedback: the family said the social worker listens and explains things clearly.", null, SaveMode.Complete), auditor, cancellationToken), null);
        Check(await form.SaveDiscussionAsync(new SaveDiscussionCommand(auditId, await VersionAsync(auditId), true, today,
            "Demo discussion: the practitioner recognised the findings and wants more reflective supervision.", null, SaveMode.Complete), auditor, cancellationToken), null);
        var themes = await db.LearningThemes.Where(t => t.Name == "Voice of the child" || t.Name == "Drift and delay").Select(t => t.Id).ToListAsync(cancellationToken);
        Check(await form.SaveStrengthsAsync(new SaveStrengthsCommand(auditId, await VersionAsync(auditId),
            "Demo strengths: warm, persistent relationship with the child.", "Demo areas for development: plans need clear timescales.", themes, SaveMode.Complete), auditor, cancellationToken), null);
        Check(await form.SaveOverallAsync(new SaveOverallCommand(auditId, await VersionAsync(auditId), grade,
            "Demo rationale: the overall grade reflects the section grades.", null, SaveMode.Complete), auditor, cancellationToken), null);
    }

    private async Task FillSectionsAsync(int auditId, string auditor, Grade grade, int take, CancellationToken cancellationToken)
    {
        var toolVersionId = await db.CaseAudits.Where(a => a.Id == auditId).Select(a => a.ToolVersionId).SingleAsync(cancellationToken);
        var sections = await db.ToolSections.AsNoTracking().Where(s => s.AuditToolVersionId == toolVersionId).OrderBy(s => s.Position).Take(take).ToListAsync(cancellationToken);
        foreach (var section in sections)
        {
            Check(await form.SaveSectionAsync(new SaveSectionCommand(auditId, section.Id, await VersionAsync(auditId), section.IsGraded ? grade : null, false,
                $"Demo evidence for {section.Title.ToLowerInvariant()}.", SaveMode.Complete), auditor, cancellationToken), null);
        }
    }

    private Task<int> VersionAsync(int auditId) => db.CaseAudits.AsNoTracking().Where(a => a.Id == auditId).Select(a => a.Version).SingleAsync();

    private static void Check(Common.CommandResult result, DemoCase? demo)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo audit {demo?.Reference} could not be seeded: {string.Join("; ", result.Errors.Select(e => e.Value))}");
        }
    }
}
