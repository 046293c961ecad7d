using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;

namespace Audit.Workflows.Reporting.Feeds;

/// <summary>
/// The feeds' rows as queries over a person's reporting scope (<see cref="AuditAccess.ReportableToAsync"/>), for
/// OData to filter, select, order and page in the database. Every projection is provider-neutral LINQ.
/// </summary>
public sealed class FeedQueries(AuditAccess access, DipSampleReports dipSamples, TimeProvider clock)
{
    public const string Audits = "audits";
    public const string Sections = "sections";
    public const string Actions = "actions";
    public const string Moderation = "moderation";
    public const string DipSampleBatches = "dip-sample-batches";

    public static readonly IReadOnlyList<string> Names = [Audits, Sections, Actions, Moderation, DipSampleBatches];

    /// <summary>The audits this person's reports count, or null when they see no reports.</summary>
    public Task<IQueryable<CaseAudit>?> ScopeAsync(string staffId, CancellationToken cancellationToken = default) =>
        access.ReportableToAsync(staffId, cancellationToken);

    public static IQueryable<AuditFeedRow> AuditRows(IQueryable<CaseAudit> scope) =>
        scope.Select(a => new AuditFeedRow
        {
            Id = a.Id,
            // "AUD-000123", as CaseAudit.Reference writes it, in a form the database can filter on.
            Reference = a.Id >= 1000000 ? "AUD-" + a.Id.ToString() : "AUD-" + ("00000" + a.Id.ToString()).Substring(("00000" + a.Id.ToString()).Length - 6, 6),
            Tool = a.ToolVersion == null ? ReportQueries.DefaultToolName : a.ToolVersion.Tool!.Name,
            Directorate = a.CaseFile!.Team!.ServiceArea!.Directorate!.Name,
            ServiceArea = a.CaseFile.Team.ServiceArea.Name,
            Team = a.CaseFile.Team.Name,
            Auditor = a.ImportedAuditorName ?? a.Auditor!.FullName,
            State = a.State,
            AllocatedAt = a.AllocatedAt,
            DueDate = a.DueDate,
            SubmittedAt = a.SubmittedAt,
            GradeConfirmedAt = a.GradeConfirmedAt,
            ClosedAt = a.ClosedAt,
            AuditorGrade = a.AuditorGrade,
            FinalGrade = a.GradeConfirmedAt == null ? null : a.FinalGrade,
            Moderated = a.ModeratedAt != null,
            GoodPracticeExample = a.IsGoodPracticeExample,
            ImmediateResponseRaised = a.ImmediateResponseRaised,
            FeedbackSought = a.Record == null ? null : a.Record.FeedbackSought,
            FeedbackObtained = a.Record == null ? null : a.Record.FeedbackObtained,
            DiscussionHeld = a.Record == null ? null : a.Record.DiscussionHeld,
        });

    /// <summary>Section grades of audits whose grade is settled (drafts change; cancelled audits never count).</summary>
    public static IQueryable<SectionFeedRow> SectionRows(IQueryable<CaseAudit> scope) =>
        scope.Where(a => a.GradeConfirmedAt != null && a.State != AuditState.Cancelled)
            .SelectMany(a => a.SectionResponses, (a, r) => new SectionFeedRow
            {
                Id = r.Id,
                AuditId = a.Id,
                AuditReference = a.Id >= 1000000 ? "AUD-" + a.Id.ToString() : "AUD-" + ("00000" + a.Id.ToString()).Substring(("00000" + a.Id.ToString()).Length - 6, 6),
                Tool = a.ToolVersion == null ? ReportQueries.DefaultToolName : a.ToolVersion.Tool!.Name,
                Position = r.Section!.Position,
                Section = r.Section.Title,
                ServiceArea = a.CaseFile!.Team!.ServiceArea!.Name,
                Team = a.CaseFile.Team.Name,
                NotApplicable = r.NotApplicable,
                AuditorGrade = r.Grade,
                ModeratedGrade = r.ModeratedGrade,
                FinalGrade = r.ModeratedGrade ?? r.Grade,
                GradeConfirmedAt = a.GradeConfirmedAt,
            });

    /// <summary>Every action on the audits in scope; overdue is judged by today in the UK.</summary>
    public IQueryable<ActionFeedRow> ActionRows(IQueryable<CaseAudit> scope)
    {
        var today = UkTime.Today(clock);
        return scope.SelectMany(a => a.Actions, (a, x) => new ActionFeedRow
        {
            Id = x.Id,
            AuditId = a.Id,
            AuditReference = a.Id >= 1000000 ? "AUD-" + a.Id.ToString() : "AUD-" + ("00000" + a.Id.ToString()).Substring(("00000" + a.Id.ToString()).Length - 6, 6),
            ServiceArea = a.CaseFile!.Team!.ServiceArea!.Name,
            Team = a.CaseFile.Team.Name,
            For = x.For,
            Status = x.CompletedAt != null ? ActionFeedRow.Done : x.DueDate < today ? ActionFeedRow.Overdue : ActionFeedRow.Open,
            DueDate = x.DueDate,
            CreatedAt = x.CreatedAt,
            CompletedAt = x.CompletedAt,
        });
    }

    /// <summary>
    /// Moderated audits whose grade is settled. Grades are stored as text, so "raised" is worked out grade by grade
    /// (as <see cref="StandardPolicy.Movement"/> decides it) rather than by comparing the stored values.
    /// </summary>
    public static IQueryable<ModerationFeedRow> ModerationRows(IQueryable<CaseAudit> scope) =>
        scope.Where(a => a.ModeratedAt != null && a.GradeConfirmedAt != null && a.State != AuditState.Cancelled
                && a.AuditorGrade != null && a.FinalGrade != null)
            .Select(a => new ModerationFeedRow
            {
                Id = a.Id,
                Reference = a.Id >= 1000000 ? "AUD-" + a.Id.ToString() : "AUD-" + ("00000" + a.Id.ToString()).Substring(("00000" + a.Id.ToString()).Length - 6, 6),
                Tool = a.ToolVersion == null ? ReportQueries.DefaultToolName : a.ToolVersion.Tool!.Name,
                ServiceArea = a.CaseFile!.Team!.ServiceArea!.Name,
                Team = a.CaseFile.Team.Name,
                Auditor = a.ImportedAuditorName ?? a.Auditor!.FullName,
                Moderator = a.Moderator == null ? string.Empty : a.Moderator.FullName,
                AuditorGrade = a.AuditorGrade,
                ModeratedGrade = a.FinalGrade,
                // StandardPolicy.Movement, grade by grade: "not met" to "met" is raised; an Ofsted grade moderated onto
                // met / not met is agreed when both meet the standard or both do not.
                Outcome = a.FinalGrade == a.AuditorGrade ? ModerationFeedRow.Agreed
                    : ((a.FinalGrade == Grade.Outstanding && a.AuditorGrade != Grade.Met)
                       || (a.FinalGrade == Grade.Good && (a.AuditorGrade == Grade.RequiresImprovement || a.AuditorGrade == Grade.Inadequate || a.AuditorGrade == Grade.NotMet))
                       || (a.FinalGrade == Grade.RequiresImprovement && a.AuditorGrade == Grade.Inadequate)
                       || (a.FinalGrade == Grade.Met && (a.AuditorGrade == Grade.NotMet || a.AuditorGrade == Grade.RequiresImprovement || a.AuditorGrade == Grade.Inadequate)))
                        ? ModerationFeedRow.Raised
                    : ((a.FinalGrade == Grade.Met && (a.AuditorGrade == Grade.Good || a.AuditorGrade == Grade.Outstanding))
                       || (a.AuditorGrade == Grade.Met && (a.FinalGrade == Grade.Good || a.FinalGrade == Grade.Outstanding))
                       || (a.FinalGrade == Grade.NotMet && (a.AuditorGrade == Grade.RequiresImprovement || a.AuditorGrade == Grade.Inadequate))
                       || (a.AuditorGrade == Grade.NotMet && (a.FinalGrade == Grade.RequiresImprovement || a.FinalGrade == Grade.Inadequate)))
                        ? ModerationFeedRow.Agreed
                        : ModerationFeedRow.Lowered,
                ModeratedAt = a.ModeratedAt,
                GradeConfirmedAt = a.GradeConfirmedAt,
            });

    /// <summary>
    /// The thematic dip samples as the dip-sample report list gives them to this person: counts over their scope only,
    /// and, unless they report on everything, only batches with an audit in it. The theme is read from its tool
    /// version's notes in code, so the rows are read first (a batch a month, not thousands) and OData filters them in
    /// memory; null when this person sees no reports.
    /// </summary>
    public async Task<IQueryable<DipSampleBatchFeedRow>?> DipSampleBatchRowsAsync(string staffId, CancellationToken cancellationToken = default) =>
        await dipSamples.ListAsync(staffId, cancellationToken: cancellationToken) is { } batches
            ? batches.OrderBy(b => b.Id).Select(b => new DipSampleBatchFeedRow
            {
                Id = b.Id,
                Name = b.Name,
                Theme = b.Theme,
                CycleId = b.CycleId,
                Cycle = b.Cycle,
                CycleMonth = b.Month,
                Audits = b.Audits,
                Completed = b.Completed,
            }).ToList().AsQueryable()
            : null;
}
