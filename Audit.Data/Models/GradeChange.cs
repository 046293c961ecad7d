namespace Audit.Data.Models;

/// <summary>
/// One grade changed at moderation: who changed which grade (a section's, or the overall grade when
/// <see cref="ToolSectionId"/> is null), from what, to what, why and when. Never edited; reports read these to show
/// how often and in which direction grades are changed.
/// </summary>
public class GradeChange
{
    public long Id { get; set; }
    public int CaseAuditId { get; set; }
    public int? ToolSectionId { get; set; }
    public ToolSection? Section { get; set; }
    public Grade FromGrade { get; set; }
    public Grade ToGrade { get; set; }
    [FreeText]
    public required string Reason { get; set; }
    public required string ChangedById { get; set; }
    public StaffMember? ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    /// <summary>The history row of the moderation decision that made the change.</summary>
    public long? HistoryEntryId { get; set; }
    public AuditHistoryEntry? HistoryEntry { get; set; }
}

public enum SectionNoteKind
{
    /// <summary>The moderator agreed with the section's grade and added a comment.</summary>
    Comment,
    /// <summary>The moderator returned the audit: this is what the section is missing.</summary>
    Missing,
}

/// <summary>What a moderator wrote about one section, other than the reason for a grade change (kept on the change).</summary>
public class SectionModerationNote
{
    public long Id { get; set; }
    public int CaseAuditId { get; set; }
    public int ToolSectionId { get; set; }
    public ToolSection? Section { get; set; }
    public SectionNoteKind Kind { get; set; }
    [FreeText]
    public required string Text { get; set; }
    public required string AuthorId { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
    public long? HistoryEntryId { get; set; }
    public AuditHistoryEntry? HistoryEntry { get; set; }
}
