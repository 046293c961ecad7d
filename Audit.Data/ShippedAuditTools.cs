using Audit.Data.Models;

namespace Audit.Data;

/// <summary>
/// The five audit tools Audit ships in every environment, as version 1 of each, published. The QA lead makes new
/// versions from these; these rows never change.
/// </summary>
public static class ShippedAuditTools
{
    public const int DeepDiveToolId = 1;
    public const int DeepDiveVersionId = 1;

    private static readonly DateTimeOffset Shipped = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private sealed record SectionSeed(string Title, string Guidance, bool Graded = true, bool Evidence = true, bool NotApplicable = false);

    private static readonly (int Id, string Name, ToolKind Kind, string Description, string? Notes, SectionSeed[] Sections)[] Tools =
    [
        (1, "Deep dive case audit", ToolKind.DeepDive, "A full case-file audit with the practitioner and their manager involved.", null,
        [
            new("Case summary", "Why is the child known to us?\nWhat is the current plan and legal status?\nWho is in the child's household and network?", Graded: false),
            new("The voice and lived experience of the child", "Is the child seen, and seen alone where appropriate?\nAre their wishes and feelings recorded in their own words?\nIs it clear what a day in their life is like?"),
            new("Assessment and analysis", "Is the assessment up to date and proportionate?\nDoes it consider history and cumulative harm?\nIs there analysis, not just description?"),
            new("Planning and review", "Is there a SMART plan that addresses the assessed needs?\nIs it reviewed on time and does it change when needs change?"),
            new("Safety planning and the response to risk", "Are risks identified and responded to promptly?\nIs there a clear safety plan that the family understands?", NotApplicable: true),
            new("Multi-agency working", "Are partners involved in assessment, planning and review?\nIs information shared appropriately and challenge escalated?"),
            new("Management oversight and supervision", "Is there regular, reflective supervision recorded on the file?\nDo managers give clear direction and check it is followed?"),
            new("Drift and delay", "Is there evidence of drift or delay?\nHave timescales for the child been met?"),
            new("Recording", "Is the record up to date, clear and written for the child?\nCould the child read it and understand their story?"),
            new("Impact", "What difference has our involvement made for the child?\nIs the child's situation improving?"),
        ]),
        (2, "Fostering household audit", ToolKind.Fostering, "A bespoke audit of a fostering household's assessment, support and safer care.", null,
        [
            new("Household summary", "Who lives in the household?\nWhat is the approval and which children are placed?", Graded: false),
            new("Assessment and approval", "Is the assessment thorough, analytical and presented to panel on time?"),
            new("Supervision and support of foster carers", "Is supervision regular, recorded and reflective?\nIs support matched to the household's needs?"),
            new("Training and development", "Are core and specialist training completed and recorded?"),
            new("Safer caring and safeguarding", "Is there an up-to-date safer caring plan?\nAre allegations and concerns managed properly?"),
            new("Matching and placement stability", "Were matches well considered?\nAre placements stable, and is disruption learnt from?", NotApplicable: true),
            new("The voice of children in the household", "Are the views of fostered children and the carers' own children sought and acted on?"),
            new("Annual review", "Is the annual review on time and does it consider all the evidence?"),
            new("Recording", "Is the household file up to date and well organised?"),
            new("Impact", "What difference does this household make for the children it cares for?"),
        ]),
        (3, "Supervision audit", ToolKind.Supervision, "A lighter audit of the quality of case supervision.", null,
        [
            new("Frequency and timeliness", "Is supervision happening as often as the policy requires?"),
            new("Reflection and analysis", "Does supervision help the practitioner reflect on the child's experience and on risk?"),
            new("Case direction and decisions", "Are decisions and actions clear, with timescales and owners?"),
            new("Practitioner wellbeing and development", "Is the practitioner's wellbeing and learning considered?", NotApplicable: true),
            new("Recording of supervision", "Is supervision recorded on the child's file promptly?"),
            new("Impact on the child's plan", "Did supervision move the child's plan forward?"),
        ]),
        (4, "Thematic dip sample", ToolKind.DipSample, "A short, themed look at many cases. Each version holds one theme's questions.", "Theme: the voice of the child",
        [
            new("Is the child seen, and seen alone where appropriate?", "Look at the last three visits.", NotApplicable: true),
            new("Are the child's wishes and feelings recorded in their own words?", "Look for direct quotes and direct work."),
            new("Has the child's voice influenced their plan?", "Can you trace what the child said into a decision?"),
            new("Is the child's lived experience clear from the record?", "Could a new worker describe a day in this child's life?"),
        ]),
        (5, "Practice observation", ToolKind.PracticeObservation, "A practice improvement manager observes practice, such as a visit or meeting, and gives feedback.", null,
        [
            new("Preparation and purpose", "Was the practitioner prepared, with a clear purpose shared with the family?"),
            new("Relationship and engagement", "How did the practitioner build a relationship with the child and family?"),
            new("Direct work and the practice model", "Were direct work tools and the practice model used well?", NotApplicable: true),
            new("Analysis and reflection", "Did the practitioner analyse what they saw and heard, and reflect afterwards?"),
            new("The child's voice", "Was the child's voice heard and made central?"),
            new("Feedback to the practitioner", "What feedback was given, and what did the practitioner take from it?", Graded: false),
        ]),
    ];

    public static IEnumerable<AuditTool> ToolRows() =>
        Tools.Select(t => new AuditTool { Id = t.Id, Name = t.Name, Kind = t.Kind, Description = t.Description });

    public static IEnumerable<AuditToolVersion> VersionRows() =>
        Tools.Select(t => new AuditToolVersion
        {
            Id = t.Id,
            AuditToolId = t.Id,
            Number = 1,
            Status = ToolVersionStatus.Published,
            Notes = t.Notes,
            // Supervision is judged against a standard; every other tool uses the Ofsted grades.
            Scale = t.Kind == ToolKind.Supervision ? GradeScale.MetNotMet : GradeScale.Ofsted,
            CreatedAt = Shipped,
            PublishedAt = Shipped,
        });

    public static IEnumerable<ToolSection> SectionRows()
    {
        var id = 0;
        foreach (var tool in Tools)
        {
            var position = 0;
            foreach (var section in tool.Sections)
            {
                yield return new ToolSection
                {
                    Id = ++id,
                    AuditToolVersionId = tool.Id,
                    Position = ++position,
                    Title = section.Title,
                    Guidance = section.Guidance,
                    IsGraded = section.Graded,
                    EvidenceRequired = section.Evidence,
                    AllowNotApplicable = section.NotApplicable,
                };
            }
        }
    }

    /// <summary>Learning themes every council starts with; the QA lead adds and retires themes.</summary>
    public static IReadOnlyList<string> LearningThemes { get; } =
    [
        "Voice of the child", "Lived experience", "Cumulative harm", "Assessment and analysis", "Planning", "Safety planning",
        "Multi-agency working", "Management oversight", "Supervision", "Drift and delay", "Recording", "Neglect",
        "Domestic abuse", "Contextual safeguarding", "Transitions", "Permanence",
    ];
}
