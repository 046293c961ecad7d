using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audit.Data.Mappings;

internal sealed class CaseFileMapping : IEntityTypeConfiguration<CaseFile>
{
    public void Configure(EntityTypeBuilder<CaseFile> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(Limits.CaseReference);
        builder.HasIndex(c => c.Reference).IsUnique().HasDatabaseName("UX_CaseFiles_Reference");
        builder.Property(c => c.CaseType).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.AgeBand).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CreatedById).HasMaxLength(450);
        builder.HasOne(c => c.Team).WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Practitioner).WithMany().HasForeignKey(c => c.PractitionerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseAuditMapping : IEntityTypeConfiguration<CaseAudit>
{
    public void Configure(EntityTypeBuilder<CaseAudit> builder)
    {
        builder.Ignore(a => a.Reference);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.ToolKind).HasConversion<string>().HasMaxLength(30).HasDefaultValue(ToolKind.DeepDive).HasSentinel((ToolKind)(-1));
        builder.Property(a => a.AuditorGrade).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.FinalGrade).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.AuditorRationale).HasMaxLength(Limits.LongText);
        builder.Property(a => a.ModerationReason).HasMaxLength(200);
        builder.Property(a => a.ModerationRationale).HasMaxLength(Limits.LongText);
        builder.Property(a => a.ConversationLocation).HasMaxLength(200);
        builder.Property(a => a.ConversationLearning).HasMaxLength(Limits.LongText);
        builder.Property(a => a.PractitionerReflections).HasMaxLength(Limits.LongText);
        builder.Property(a => a.PractitionerResponse).HasMaxLength(Limits.LongText);
        builder.Property(a => a.CancellationReason).HasMaxLength(Limits.ShortText);
        builder.Property(a => a.AllocatedById).HasMaxLength(450);
        builder.Property(a => a.CoSignedById).HasMaxLength(450);
        builder.Property(a => a.StandInState).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.CaseFile).WithMany(c => c.Audits).HasForeignKey(a => a.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Auditor).WithMany().HasForeignKey(a => a.AuditorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Moderator).WithMany().HasForeignKey(a => a.ModeratorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.ModerationTakenBy).WithMany().HasForeignKey(a => a.ModerationTakenById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.StandIn).WithMany().HasForeignKey(a => a.StandInId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.ToolVersion).WithMany().HasForeignKey(a => a.ToolVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.AuditorId, a.State }).HasDatabaseName("IX_CaseAudits_Auditor_State");
        builder.HasIndex(a => a.State).HasDatabaseName("IX_CaseAudits_State");
        builder.HasIndex(a => a.CaseFileId, "IX_CaseAudits_CaseFileId");
        // Reports count audits by when their grade was settled, and the programme by when audits were allocated. The
        // period counts and the trend read only these columns, so they are answered from the index alone (no table
        // look-up per audit); the case file is there for a leader's scope (docs/performance.md).
        builder.HasIndex(a => new { a.GradeConfirmedAt, a.State, a.FinalGrade, a.ToolVersionId, a.CaseFileId })
            .HasDatabaseName("IX_CaseAudits_GradeConfirmed_Report");
        // The KPIs count reflective conversations held in the period.
        builder.HasIndex(a => a.ConversationHeldAt).HasDatabaseName("IX_CaseAudits_ConversationHeldAt");
        // "Allocated in the month after the period" counts audits allocated in Audit (not imported) by this date: the
        // flag and the case file (a leader's scope) are in the index, so the count never reads the table.
        builder.HasIndex(a => new { a.AllocatedAt, a.IsImported, a.CaseFileId }).HasDatabaseName("IX_CaseAudits_AllocatedAt_Report");
        builder.Property(a => a.ImportExternalId).HasMaxLength(100);
        builder.Property(a => a.ImportedAuditorName).HasMaxLength(200);
        builder.HasIndex(a => a.ImportExternalId, "UX_CaseAudits_ImportExternalId").IsUnique().HasFilter("\"ImportExternalId\" IS NOT NULL");
        // One open audit per case, enforced by the database so that two QA leads allocating at once cannot both
        // succeed. A partial index: SQLite and PostgreSQL both accept this filter as written (the state is stored as
        // text and "State" is the quoted column name in both); SQL Server would need [State] instead.
        builder.HasIndex(a => a.CaseFileId, "UX_CaseAudits_OneOpenPerCase").IsUnique()
            .HasFilter($"\"State\" NOT IN ('{nameof(AuditState.Closed)}', '{nameof(AuditState.Cancelled)}')");
    }
}

internal sealed class GradeChangeMapping : IEntityTypeConfiguration<GradeChange>
{
    public void Configure(EntityTypeBuilder<GradeChange> builder)
    {
        builder.Property(g => g.FromGrade).HasConversion<string>().HasMaxLength(30);
        builder.Property(g => g.ToGrade).HasConversion<string>().HasMaxLength(30);
        builder.Property(g => g.Reason).HasMaxLength(Limits.LongText);
        builder.HasOne<CaseAudit>().WithMany().HasForeignKey(g => g.CaseAuditId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.Section).WithMany().HasForeignKey(g => g.ToolSectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.ChangedBy).WithMany().HasForeignKey(g => g.ChangedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.HistoryEntry).WithMany().HasForeignKey(g => g.HistoryEntryId).OnDelete(DeleteBehavior.Restrict);
        // Reports ask "which grades changed, when" across audits; the audit page asks for one audit's changes.
        builder.HasIndex(g => g.ChangedAt).HasDatabaseName("IX_GradeChanges_ChangedAt");
        builder.HasIndex(g => g.CaseAuditId).HasDatabaseName("IX_GradeChanges_Audit");
    }
}

internal sealed class SectionModerationNoteMapping : IEntityTypeConfiguration<SectionModerationNote>
{
    public void Configure(EntityTypeBuilder<SectionModerationNote> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Text).HasMaxLength(Limits.LongText);
        builder.HasOne<CaseAudit>().WithMany().HasForeignKey(n => n.CaseAuditId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Section).WithMany().HasForeignKey(n => n.ToolSectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.HistoryEntry).WithMany().HasForeignKey(n => n.HistoryEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.CaseAuditId).HasDatabaseName("IX_SectionModerationNotes_Audit");
    }
}

internal sealed class AuditActionMapping : IEntityTypeConfiguration<AuditAction>
{
    public void Configure(EntityTypeBuilder<AuditAction> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(Limits.ShortText);
        builder.Property(a => a.For).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CompletionNote).HasMaxLength(Limits.ShortText);
        builder.Property(a => a.CompletedById).HasMaxLength(450);
        builder.Property(a => a.ConfirmedById).HasMaxLength(450);
        builder.Ignore(a => a.Status);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.CaseAudit).WithMany(c => c.Actions).HasForeignKey(a => a.CaseAuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OwnerId, a.CompletedAt }).HasDatabaseName("IX_AuditActions_Owner_CompletedAt");
        // The KPIs count the actions due in the period.
        builder.HasIndex(a => a.DueDate).HasDatabaseName("IX_AuditActions_DueDate");
    }
}

internal sealed class AuditHistoryEntryMapping : IEntityTypeConfiguration<AuditHistoryEntry>
{
    public void Configure(EntityTypeBuilder<AuditHistoryEntry> builder)
    {
        builder.ToTable("AuditHistory");
        builder.Property(h => h.FromState).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.ToState).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.Trigger).HasMaxLength(40);
        builder.Property(h => h.Comment).HasMaxLength(Limits.LongText);
        builder.Property(h => h.GradeBefore).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.GradeAfter).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<CaseAudit>().WithMany(a => a.History).HasForeignKey(h => h.CaseAuditId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.Actor).WithMany().HasForeignKey(h => h.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.CaseAuditId, h.OccurredAt }).HasDatabaseName("IX_AuditHistory_Audit_OccurredAt");
        builder.HasIndex(h => h.AuditActionId).HasDatabaseName("IX_AuditHistory_AuditActionId");
    }
}

internal sealed class DeadlineMapping : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.OwnerId).HasMaxLength(450);
        builder.Property(d => d.OwnerRole).HasMaxLength(60);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne(d => d.CaseAudit).WithMany().HasForeignKey(d => d.CaseAuditId).OnDelete(DeleteBehavior.Cascade);
        // The sweep's two questions: which open deadlines need a reminder, and which are overdue.
        builder.HasIndex(d => new { d.CompletedAt, d.RemindAt }).HasDatabaseName("IX_Deadlines_Open_RemindAt");
        builder.HasIndex(d => new { d.CompletedAt, d.DueAt }).HasDatabaseName("IX_Deadlines_Open_DueAt");
        builder.HasIndex(d => new { d.CaseAuditId, d.Kind }).HasDatabaseName("IX_Deadlines_Audit_Kind");
    }
}

internal sealed class BankHolidayMapping : IEntityTypeConfiguration<BankHoliday>
{
    public void Configure(EntityTypeBuilder<BankHoliday> builder)
    {
        builder.HasKey(b => b.Date);
        builder.Property(b => b.Name).HasMaxLength(100);
        builder.Property(b => b.AddedById).HasMaxLength(450);
        builder.HasData(PublishedBankHolidays.EnglandAndWales.Select(h => new BankHoliday { Date = h.Date, Name = h.Name }));
    }
}

internal sealed class WorkflowSettingsMapping : IEntityTypeConfiguration<WorkflowSettings>
{
    public void Configure(EntityTypeBuilder<WorkflowSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.CaseReferencePattern).HasMaxLength(Limits.CaseReferencePattern);
        builder.HasData(new WorkflowSettings());
    }
}
