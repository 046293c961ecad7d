using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Scale;

/// <summary>What a generation run added, or why it added nothing.</summary>
public sealed record SyntheticAuditsResult(int Added, string? Problem)
{
    public bool Succeeded => Problem is null;
}

/// <summary>
/// Exactly <paramref name="Audits"/> of the generated audits complete between <paramref name="From"/> and
/// <paramref name="To"/> (UK dates, inclusive) and the rest on the other days of the last 24 months, so a benchmark can
/// hold a report's own rows fixed while the table grows around them.
/// </summary>
public sealed record SyntheticWindow(DateOnly From, DateOnly To, int Audits);

/// <summary>
/// Generates synthetic closed audits for measuring the reports at scale. Every case reference starts with
/// <see cref="ReferencePrefix"/> so synthetic rows are never mistaken for real ones. Rows are bulk inserted in
/// batches (change detection off) in the shape of a historic import: closed, graded on the completion date, moderated
/// in about one in five, with every graded section of the tool answered, so every page and report can show them. They
/// never enter the workflow: no deadlines, emails or work items. Never for Production (the command refuses there).
/// </summary>
public sealed class SyntheticAuditGenerator(AuditDbContext db, TimeProvider clock)
{
    public const string ReferencePrefix = "SYN-";
    public const int DefaultCount = 100_000;
    public const int MaxCount = 1_000_000;
    public const int Months = 24;
    private const int Batch = 2_000;

    public async Task<SyntheticAuditsResult> GenerateAsync(int count, int seed = 2026, SyntheticWindow? window = null, CancellationToken cancellationToken = default)
    {
        if (count is < 1 or > MaxCount)
        {
            return new(0, $"--count must be a whole number from 1 to {MaxCount:N0}");
        }

        var today = UkTime.Today(clock);
        if (window is not null && (window.Audits < 0 || window.Audits > count || window.To < window.From
            || window.From <= Earliest(today) || window.To >= Latest(today)))
        {
            return new(0, "The window must fall inside the last 24 months, leave days outside it, and hold no more audits than are generated.");
        }

        var teams = await db.Teams.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        var auditors = await (from u in db.Users.AsNoTracking()
                              join ur in db.UserRoles on u.Id equals ur.UserId
                              join r in db.Roles on ur.RoleId equals r.Id
                              where u.IsActive && r.Name == Roles.Auditor
                              select u.Id).Distinct().ToListAsync(cancellationToken);
        var tool = await db.AuditToolVersions.AsNoTracking()
            .Where(v => v.Status == ToolVersionStatus.Published && v.Tool!.Kind == ToolKind.DeepDive)
            .Select(v => new { v.Id, Sections = db.ToolSections.Where(s => s.AuditToolVersionId == v.Id && s.IsGraded).Select(s => s.Id).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        var themes = await db.LearningThemes.AsNoTracking().Where(t => t.IsActive).Select(t => t.Id).ToListAsync(cancellationToken);
        if (teams.Count == 0 || auditors.Count == 0 || tool is null)
        {
            return new(0, "Synthetic audits need at least one team, one active auditor and a published deep dive tool; seed the demo data or import staff first.");
        }

        var random = new Random(seed);
        var run = clock.GetUtcNow().ToString("yyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            for (var start = 0; start < count; start += Batch)
            {
                var audits = new List<CaseAudit>();
                for (var i = start; i < Math.Min(count, start + Batch); i++)
                {
                    var completedOn = CompletedOn(random, today, window, i);
                    audits.Add(Audit(random, $"{ReferencePrefix}{run}-{i + 1:D7}", completedOn, teams, auditors, tool.Id, tool.Sections, themes));
                }

                db.CaseAudits.AddRange(audits);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return new(count, null);
    }

    private static DateOnly Earliest(DateOnly today) => today.AddDays(-((Months * 30) - 1));

    private static DateOnly Latest(DateOnly today) => today.AddDays(-1);

    /// <summary>A day in the last 24 months; with a window, the first audits inside it and the rest outside it.</summary>
    private static DateOnly CompletedOn(Random random, DateOnly today, SyntheticWindow? window, int index)
    {
        DateOnly AnyDay() => today.AddDays(-random.Next(1, Months * 30));
        if (window is null)
        {
            return AnyDay();
        }

        if (index < window.Audits)
        {
            return window.From.AddDays(random.Next(window.To.DayNumber - window.From.DayNumber + 1));
        }

        var day = AnyDay();
        while (day >= window.From && day <= window.To)
        {
            day = AnyDay();
        }

        return day;
    }

    private static CaseAudit Audit(Random random, string reference, DateOnly completedOn, List<int> teams, List<string> auditors, int toolVersionId, List<int> sections, List<int> themes)
    {
        var local = completedOn.ToDateTime(TimeOnly.MinValue);
        var completedAt = new DateTimeOffset(local, UkTime.Zone.GetUtcOffset(local)).ToUniversalTime();
        var grade = RealisticGrade(random);
        Grade? moderated = random.Next(5) == 0 ? Neighbour(random, grade) : null;
        var feedbackSought = random.Next(10) < 8;
        var audit = new CaseAudit
        {
            CaseFile = new CaseFile { Reference = reference, CaseType = (CaseType)random.Next(5), TeamId = teams[random.Next(teams.Count)], CreatedAt = completedAt, IsClosed = true },
            AuditorId = auditors[random.Next(auditors.Count)],
            IsImported = true,
            ImportExternalId = reference,
            State = AuditState.Closed,
            ToolVersionId = toolVersionId,
            ToolKind = ToolKind.DeepDive,
            DueDate = completedOn,
            AllocatedAt = completedAt.AddDays(-20),
            StartedAt = completedAt.AddDays(-10),
            SubmittedAt = completedAt,
            AuditorGrade = grade,
            FinalGrade = moderated ?? grade,
            ModerationRequired = moderated is not null,
            ModeratedAt = moderated is null ? null : completedAt,
            GradeConfirmedAt = completedAt,
            ClosedAt = completedAt,
            Record = new AuditRecord
            {
                FeedbackSought = feedbackSought,
                FeedbackObtained = feedbackSought ? random.Next(10) < 6 : null,
                DiscussionHeld = random.Next(10) < 9,
                OverallGrade = grade,
                UpdatedAt = completedAt,
            },
        };
        audit.SectionResponses.AddRange(sections.Select(id => new SectionResponse
        {
            ToolSectionId = id, Grade = Neighbour(random, grade), Status = SectionStatus.Completed, UpdatedAt = completedAt,
        }));
        if (themes.Count > 0 && random.Next(2) == 0)
        {
            audit.Themes.Add(new AuditTheme { LearningThemeId = themes[random.Next(themes.Count)] });
        }

        return audit;
    }

    /// <summary>About what councils report: 5% outstanding, 45% good, 38% requires improvement, 12% inadequate.</summary>
    private static Grade RealisticGrade(Random random) => random.Next(100) switch
    {
        < 5 => Grade.Outstanding,
        < 50 => Grade.Good,
        < 88 => Grade.RequiresImprovement,
        _ => Grade.Inadequate,
    };

    /// <summary>The same grade most of the time, otherwise one better or one worse.</summary>
    private static Grade Neighbour(Random random, Grade grade) =>
        (Grade)Math.Clamp((int)grade + random.Next(5) switch { 0 => -1, 1 => 1, _ => 0 }, (int)Grade.Outstanding, (int)Grade.Inadequate);
}
