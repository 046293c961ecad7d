using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audit.Data.Mappings;

internal sealed class AuditCycleMapping : IEntityTypeConfiguration<AuditCycle>
{
    public void Configure(EntityTypeBuilder<AuditCycle> builder)
    {
        builder.Ignore(c => c.Name);
        builder.HasIndex(c => c.Month).IsUnique().HasDatabaseName("UX_AuditCycles_Month");
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OpenedById).HasMaxLength(450);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Plans).WithOne().HasForeignKey(p => p.AuditCycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Draws).WithOne().HasForeignKey(d => d.AuditCycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Cases).WithOne(c => c.Cycle).HasForeignKey(c => c.AuditCycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<CaseAudit>().WithOne().HasForeignKey(a => a.AuditCycleId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CyclePlanMapping : IEntityTypeConfiguration<CyclePlan>
{
    public void Configure(EntityTypeBuilder<CyclePlan> builder)
    {
        builder.Property(p => p.ToolKind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(p => new { p.AuditCycleId, p.ServiceAreaId, p.ToolKind }).IsUnique();
        builder.HasOne(p => p.ServiceArea).WithMany().HasForeignKey(p => p.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CycleDrawMapping : IEntityTypeConfiguration<CycleDraw>
{
    public void Configure(EntityTypeBuilder<CycleDraw> builder)
    {
        builder.Property(d => d.CaseType).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.DrawnById).HasMaxLength(450);
        builder.HasOne(d => d.ServiceArea).WithMany().HasForeignKey(d => d.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CycleCaseMapping : IEntityTypeConfiguration<CycleCase>
{
    public void Configure(EntityTypeBuilder<CycleCase> builder)
    {
        builder.Property(c => c.ToolKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Unassigned).HasMaxLength(300);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.AuditCycleId, c.CaseFileId }).IsUnique();
        builder.HasOne(c => c.CaseFile).WithMany().HasForeignKey(c => c.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ProposedAuditor).WithMany().HasForeignKey(c => c.ProposedAuditorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CycleDraw>().WithMany().HasForeignKey(c => c.CycleDrawId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<CaseAudit>().WithMany().HasForeignKey(c => c.CaseAuditId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.DipSampleBatch).WithMany().HasForeignKey(c => c.DipSampleBatchId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DipSampleBatchMapping : IEntityTypeConfiguration<DipSampleBatch>
{
    public void Configure(EntityTypeBuilder<DipSampleBatch> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(Limits.OrganisationName);
        builder.Property(b => b.CreatedById).HasMaxLength(450);
        builder.HasOne(b => b.Cycle).WithMany(c => c.DipSampleBatches).HasForeignKey(b => b.AuditCycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.ToolVersion).WithMany().HasForeignKey(b => b.ToolVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.CreatedBy).WithMany().HasForeignKey(b => b.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany<CaseAudit>().WithOne(a => a.DipSampleBatch).HasForeignKey(a => a.DipSampleBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffAbsenceMapping : IEntityTypeConfiguration<StaffAbsence>
{
    public void Configure(EntityTypeBuilder<StaffAbsence> builder)
    {
        builder.Property(a => a.StaffMemberId).HasMaxLength(450);
        builder.HasIndex(a => new { a.StaffMemberId, a.From });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
