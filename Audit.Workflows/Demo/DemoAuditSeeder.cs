using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Grading;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Demo;

/// <summary>
/// Demo cases (references DEMO-1001 upwards — never real references) and audits at every stage of the workflow, each
/// moved there through the real commands and the auditor's real form, so the demo behaves exactly like live use and
/// every email it causes is in the mail folder.
/// </summary>
public sealed class DemoAuditSeeder(AuditDbContext db, AllocateHandler allocate, AuditCommands commands, AuditFormService form, ModerationRecords moderation, TimeProvider clock,
    DemoActionSeeder actions)
{
    private enum Stage
    {
        Allocated,
        InProgress,
        AwaitingModeration,
        TakenForModeration,
        AwaitingCoSign,
        AwaitingCoSignInadequate,
        SentBackByAssistantDirector,
        ReturnedAndResubmitted,
        SectionGradesChanged,
        AwaitingConversation,
        ActionsOutstanding,
        Closed,
        /// <summary>A supervision audit judged "did not meet the standard", with its action, awaiting moderation.</summary>
        SupervisionNotMet,
    }

    private sealed record DemoCase(string Reference, CaseType Type, AgeBand Age, string Team, string Practitioner, string Auditor, Stage Stage, ToolKind? Tool = null);

    private static readonly DemoCase[] Cases =
    [
        new("DEMO-1001", CaseType.ChildProtection, AgeBand.FiveToNine, "Help and Protection 1", "Sam Carter", "Grace Mensah", Stage.Allocated),
        new("DEMO-1002", CaseType.ChildInNeed, AgeBand.TenToFifteen, "Help and Protection 2", "Kwame Boateng", "Aaron Lewis", Stage.InProgress),
        new("DEMO-1003", CaseType.EarlyHelp, AgeBand.OneToFour, "FAST (early help screening)", "Emily Clarke", "Sophie Turner", Stage.AwaitingModeration),
        new("DEMO-1004", CaseType.ChildInNeed, AgeBand.TenToFifteen, "Complex Needs", "Hannah Patel", "Daniel Price", Stage.AwaitingCoSign),
        new("DEMO-1005", CaseType.CaredFor, AgeBand.FiveToNine, "Cared For Children 1", "Chloe Evans", "Ruth Adeyemi", Stage.AwaitingConversation),
        new("DEMO-1006", CaseType.ChildProtection, AgeBand.UnderOne, "CHAT (children's help and advice)", "Liam O'Connor", "Tom Hughes", Stage.ActionsOutstanding),
        new("DEMO-1007", CaseType.CareExperienced, AgeBand.SixteenPlus, "Leaving Care", "Josh Reid", "Grace Mensah", Stage.Closed),
        new("DEMO-1008", CaseType.ChildProtection, AgeBand.OneToFour, "Help and Protection 1", "Jess Walker", "Sophie Turner", Stage.TakenForModeration),
        new("DEMO-1009", CaseType.EarlyHelp, AgeBand.FiveToNine, "Family Hub North", "Megan Ward", "Daniel Price", Stage.SectionGradesChanged),
        new("DEMO-1010", CaseType.ChildInNeed, AgeBand.TenToFifteen, "Academy (newly qualified social workers)", "Ben Ashworth", "Ruth Adeyemi", Stage.ReturnedAndResubmitted),
        new("DEMO-1011", CaseType.ChildProtection, AgeBand.UnderOne, "FAST (early help screening)", "Emily Clarke", "Grace Mensah", Stage.AwaitingCoSignInadequate),
        new("DEMO-1012", CaseType.CaredFor, AgeBand.TenToFifteen, "Cared For Children 1", "Chloe Evans", "Aaron Lewis", Stage.SentBackByAssistantDirector),
        new("DEMO-1013", CaseType.ChildInNeed, AgeBand.FiveToNine, "Complex Needs", "Hannah Patel", "Daniel Price", Stage.AwaitingConversation),
        new("DEMO-1014", CaseType.ChildProtection, AgeBand.OneToFour, "Help and Protection 2", "Kwame Boateng", "Aaron Lewis", Stage.AwaitingConversation),
        new("DEMO-1015", CaseType.CaredFor, AgeBand.TenToFifteen, "Cared For Children 1", "Chloe Evans", "Ruth Adeyemi", Stage.AwaitingConversation),
        new("DEMO-1016", CaseType.ChildInNeed, AgeBand.FiveToNine, "Complex Needs", "Hannah Patel", "Helen Okafor", Stage.SupervisionNotMet, ToolKind.Supervision),
    ];

    private IReadOnlyDictionary<string, string> staff = new Dictionary<string, string>();

    public async Task SeedAsync(IReadOnlyDictionary<string, string> staffIds, IReadOnlyDictionary<string, int> teams, CancellationToken cancellationToken = default)
    {
        staff = staffIds;
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
                CreatedById = staff["Alex Morgan"],
            };
            db.CaseFiles.Add(caseFile);
            await db.SaveChangesAsync(cancellationToken);
            await MoveAsync(demo, caseFile.Id, cancellationToken);
        }
    }

    private async Task MoveAsync(DemoCase demo, int caseFileId, CancellationToken cancellationToken)
    {
        var farah = staff["Farah Iqbal"];
        var owen = staff["Owen Jenkins"];
        var auditor = staff[demo.Auditor];
        var id = Check(await allocate.HandleAsync(new AllocateCommand(caseFileId, auditor, null, demo.Tool), staff["Alex Morgan"], cancellationToken), demo);
        db.ChangeTracker.Clear();
        if (demo.Stage == Stage.Allocated)
        {
            return;
        }

        await SendAsync(v => new StartCommand(id, v), id, auditor, demo, cancellationToken);
        if (demo.Stage == Stage.InProgress)
        {
            await FillSectionsAsync(id, auditor, Grade.RequiresImprovement, take: 3, cancellationToken);
            return;
        }

        if (demo.Stage == Stage.SupervisionNotMet)
        {
            // Judged against the standard, met / not met: not met needs a corrective action, and is always moderated.
            await CompleteFormAsync(id, auditor, Grade.NotMet, cancellationToken);
            Check(await form.SaveActionAsync(new SaveActionCommand(id, null, await VersionAsync(id), "Demo action: agree a reflective supervision plan with the supervisor.",
                ActionFor.Practice, staff[demo.Practitioner], UkTime.Today(clock).AddDays(28)), auditor, cancellationToken), demo);
            await SubmitAsync(id, auditor, demo, cancellationToken);
            return;
        }

        var inadequate = demo.Stage is Stage.AwaitingModeration or Stage.AwaitingConversation or Stage.AwaitingCoSignInadequate or Stage.ReturnedAndResubmitted;
        var grade = inadequate ? Grade.Inadequate : Grade.Good;
        await CompleteFormAsync(id, auditor, grade, cancellationToken);
        if (demo.Stage == Stage.ActionsOutstanding)
        {
            await actions.AddAsync(id, auditor, staff, cancellationToken);
        }

        await SubmitAsync(id, auditor, demo, cancellationToken);
        switch (demo.Stage)
        {
            case Stage.AwaitingModeration:
                return;
            case Stage.TakenForModeration:
                await SendAsync(v => new TakeForModerationCommand(id, v), id, owen, demo, cancellationToken);
                return;
            case Stage.SectionGradesChanged:
                await ModerateAsync(id, farah, ModerationOutcome.ChangeGrade, Grade.RequiresImprovement, SectionDecisionKind.Change,
                    "Demo: the plan has no timescales, so planning requires improvement.", demo, cancellationToken);
                return;
            case Stage.ReturnedAndResubmitted:
                await ModerateAsync(id, farah, ModerationOutcome.ReturnToAuditor, null, SectionDecisionKind.Missing,
                    "Demo: say which agencies were at the last strategy discussion.", demo, cancellationToken);
                await SaveOverallAsync(id, auditor, Grade.RequiresImprovement, cancellationToken);
                await SubmitAsync(id, auditor, demo, cancellationToken);
                return;
        }

        await ModerateAsync(id, inadequate ? owen : farah, ModerationOutcome.Agree, null, null, null, demo, cancellationToken);
        if (demo.Stage is Stage.AwaitingCoSign or Stage.AwaitingCoSignInadequate)
        {
            return;
        }

        var director = await db.CaseFiles.Where(c => c.Id == caseFileId)
            .Select(c => c.Team!.ServiceArea!.Directorate!.AssistantDirectorId).SingleAsync(cancellationToken);
        if (demo.Stage == Stage.SentBackByAssistantDirector)
        {
            await SendAsync(v => new SendBackToModerationCommand(id, v, "Demo: I am not yet convinced the child's voice is evidenced well enough for good."),
                id, director!, demo, cancellationToken);
            return;
        }

        await SendAsync(v => new CoSignCommand(id, v, "Agreed."), id, director!, demo, cancellationToken);
        if (demo.Stage == Stage.ActionsOutstanding)
        {
            await actions.MoveAsync(id, auditor, staff, cancellationToken);
        }
    }

    /// <summary>Moderates every section (agreeing, or deciding <paramref name="firstSection"/> on the first one), then the audit.</summary>
    private async Task ModerateAsync(int auditId, string moderator, ModerationOutcome outcome, Grade? newGrade, SectionDecisionKind? firstSection,
        string? firstComment, DemoCase demo, CancellationToken cancellationToken)
    {
        var sections = await moderation.SectionsAsync(auditId, cancellationToken);
        var decisions = sections.Select((s, i) => i == 0 && firstSection is { } kind
            ? new SectionDecision(s.SectionId, kind, kind == SectionDecisionKind.Change ? Grade.RequiresImprovement : null, firstComment)
            : new SectionDecision(s.SectionId, SectionDecisionKind.Agree, null, null)).ToList();
        var rationale = outcome == ModerationOutcome.ReturnToAuditor ? "Demo: more evidence is needed before the grade can be agreed." : "The evidence supports the grade.";
        await SendAsync(v => new ModerateCommand(auditId, v, outcome, newGrade, rationale, decisions), auditId, moderator, demo, cancellationToken);
    }

    private async Task SendAsync<TCommand>(Func<int, TCommand> command, int auditId, string actorId, DemoCase demo, CancellationToken cancellationToken)
        where TCommand : IAuditCommand
    {
        // Each command is its own unit of work, as a request would be: nothing tracked from the one before.
        db.ChangeTracker.Clear();
        Check(await commands.SendAsync(command(await VersionAsync(auditId)), actorId, cancellationToken), demo);
        db.ChangeTracker.Clear();
    }

    private async Task SubmitAsync(int auditId, string auditor, DemoCase demo, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Check(await form.SubmitAsync(auditId, await VersionAsync(auditId), auditor, cancellationToken), demo);
        db.ChangeTracker.Clear();
    }

    private async Task CompleteFormAsync(int auditId, string auditor, Grade grade, CancellationToken cancellationToken)
    {
        await FillSectionsAsync(auditId, auditor, grade, take: int.MaxValue, cancellationToken);
        var today = UkTime.Today(clock);
        Check(await form.SaveFeedbackAsync(new SaveFeedbackCommand(auditId, await VersionAsync(auditId), true, "The child and their mother", true,
            "Demo feedback: the family said the social worker listens and explains things clearly.", null, SaveMode.Complete), auditor, cancellationToken), null);
        Check(await form.SaveDiscussionAsync(new SaveDiscussionCommand(auditId, await VersionAsync(auditId), true, today,
            "Demo discussion: the practitioner recognised the findings and wants more reflective supervision.", null, SaveMode.Complete), auditor, cancellationToken), null);
        var themes = await db.LearningThemes.Where(t => t.Name == "Voice of the child" || t.Name == "Drift and delay").Select(t => t.Id).ToListAsync(cancellationToken);
        Check(await form.SaveStrengthsAsync(new SaveStrengthsCommand(auditId, await VersionAsync(auditId),
            "Demo strengths: warm, persistent relationship with the child.", "Demo areas for development: plans need clear timescales.", themes, SaveMode.Complete), auditor, cancellationToken), null);
        await SaveOverallAsync(auditId, auditor, grade, cancellationToken);
    }

    private async Task SaveOverallAsync(int auditId, string auditor, Grade grade, CancellationToken cancellationToken) =>
        Check(await form.SaveOverallAsync(new SaveOverallCommand(auditId, await VersionAsync(auditId), grade,
            "Demo rationale: the overall grade reflects the section grades.", null, SaveMode.Complete), auditor, cancellationToken), null);

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

    private static int Check(CommandResult<CaseAudit> result, DemoCase demo)
    {
        Check(result.Outcome, demo);
        return result.Value!.Id;
    }

    private static void Check(CommandResult result, DemoCase? demo)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo audit {demo?.Reference} could not be seeded: {string.Join("; ", result.Errors.Select(e => e.Value))}");
        }
    }
}
