using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audit.Data.Mappings;

internal sealed class AuditToolMapping : IEntityTypeConfiguration<AuditTool>
{
    public void Configure(EntityTypeBuilder<AuditTool> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Limits.OrganisationName);
        builder.HasIndex(t => t.Name).IsUnique().HasDatabaseName("UX_AuditTools_Name");
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Description).HasMaxLength(Limits.ShortText);
        builder.HasData(ShippedAuditTools.ToolRows());
    }
}

internal sealed class AuditToolVersionMapping : IEntityTypeConfiguration<AuditToolVersion>
{
    public void Configure(EntityTypeBuilder<AuditToolVersion> builder)
    {
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Scale).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Notes).HasMaxLength(Limits.ShortText);
        builder.Property(v => v.CreatedById).HasMaxLength(450);
        builder.Property(v => v.PublishedById).HasMaxLength(450);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasOne(v => v.Tool).WithMany(t => t.Versions).HasForeignKey(v => v.AuditToolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.AuditToolId, v.Number }).IsUnique().HasDatabaseName("UX_AuditToolVersions_Tool_Number");
        builder.HasData(ShippedAuditTools.VersionRows());
    }
}

internal sealed class ToolSectionMapping : IEntityTypeConfiguration<ToolSection>
{
    public void Configure(EntityTypeBuilder<ToolSection> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Guidance).HasMaxLength(Limits.ShortText);
        builder.HasOne<AuditToolVersion>().WithMany(v => v.Sections).HasForeignKey(s => s.AuditToolVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.AuditToolVersionId, s.Position }).HasDatabaseName("IX_ToolSections_Version_Position");
        builder.HasData(ShippedAuditTools.SectionRows());
    }
}

internal sealed class SectionResponseMapping : IEntityTypeConfiguration<SectionResponse>
{
    public void Configure(EntityTypeBuilder<SectionResponse> builder)
    {
        builder.Property(r => r.Grade).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.ModeratedGrade).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Evidence).HasMaxLength(Limits.LongText);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<CaseAudit>().WithMany(a => a.SectionResponses).HasForeignKey(r => r.CaseAuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Section).WithMany().HasForeignKey(r => r.ToolSectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CaseAuditId, r.ToolSectionId }).IsUnique().HasDatabaseName("UX_SectionResponses_Audit_Section");
    }
}

internal sealed class AuditRecordMapping : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.HasKey(r => r.CaseAuditId);
        builder.HasOne<CaseAudit>().WithOne(a => a.Record).HasForeignKey<AuditRecord>(r => r.CaseAuditId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.FeedbackSoughtFrom).HasMaxLength(Limits.ShortText);
        builder.Property(r => r.FeedbackSummary).HasMaxLength(Limits.LongText);
        builder.Property(r => r.FeedbackNotObtainedReason).HasMaxLength(Limits.ShortText);
        builder.Property(r => r.PractitionerView).HasMaxLength(Limits.LongText);
        builder.Property(r => r.DiscussionNotHeldReason).HasMaxLength(Limits.ShortText);
        builder.Property(r => r.Strengths).HasMaxLength(Limits.LongText);
        builder.Property(r => r.AreasForDevelopment).HasMaxLength(Limits.LongText);
        builder.Property(r => r.OverallGrade).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.OverallRationale).HasMaxLength(Limits.LongText);
        builder.Property(r => r.GradeDifferenceReason).HasMaxLength(Limits.ShortText);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class LearningThemeMapping : IEntityTypeConfiguration<LearningTheme>
{
    public void Configure(EntityTypeBuilder<LearningTheme> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Limits.OrganisationName);
        builder.HasIndex(t => t.Name).IsUnique().HasDatabaseName("UX_LearningThemes_Name");
        builder.HasData(ShippedAuditTools.LearningThemes.Select((name, i) => new LearningTheme { Id = i + 1, Name = name }));
    }
}

internal sealed class AuditThemeMapping : IEntityTypeConfiguration<AuditTheme>
{
    public void Configure(EntityTypeBuilder<AuditTheme> builder)
    {
        builder.HasKey(t => new { t.CaseAuditId, t.LearningThemeId });
        builder.HasOne<CaseAudit>().WithMany(a => a.Themes).HasForeignKey(t => t.CaseAuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Theme).WithMany().HasForeignKey(t => t.LearningThemeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ImmediateResponseMapping : IEntityTypeConfiguration<ImmediateResponse>
{
    public void Configure(EntityTypeBuilder<ImmediateResponse> builder)
    {
        builder.Property(r => r.RaisedById).HasMaxLength(450);
        builder.Property(r => r.Risk).HasMaxLength(Limits.LongText);
        builder.Property(r => r.NeededNow).HasMaxLength(Limits.LongText);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.CaseAudit).WithMany(a => a.ImmediateResponses).HasForeignKey(r => r.CaseAuditId).OnDelete(DeleteBehavior.Cascade);
        // The KPIs count the immediate responses raised in the period.
        builder.HasIndex(r => r.RaisedAt).HasDatabaseName("IX_ImmediateResponses_RaisedAt");
    }
}

internal sealed class ImmediateResponseAcknowledgementMapping : IEntityTypeConfiguration<ImmediateResponseAcknowledgement>
{
    public void Configure(EntityTypeBuilder<ImmediateResponseAcknowledgement> builder)
    {
        builder.Property(a => a.AskedAs).HasMaxLength(60);
        builder.Property(a => a.ActionTaken).HasMaxLength(Limits.LongText);
        builder.HasOne<ImmediateResponse>().WithMany(r => r.Acknowledgements).HasForeignKey(a => a.ImmediateResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.StaffMember).WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.StaffMemberId, a.AcknowledgedAt }).HasDatabaseName("IX_ImmediateResponseAcks_Staff_AcknowledgedAt");
    }
}
