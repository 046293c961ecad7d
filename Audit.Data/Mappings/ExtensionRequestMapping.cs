using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audit.Data.Mappings;

internal sealed class ExtensionRequestMapping : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.ToTable("ExtensionRequests");
        builder.Property(r => r.Reason).HasMaxLength(Limits.ShortText);
        builder.Property(r => r.DecisionReason).HasMaxLength(Limits.ShortText);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(r => r.CaseAudit).WithMany(a => a.ExtensionRequests).HasForeignKey(r => r.CaseAuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.RequestedBy).WithMany().HasForeignKey(r => r.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.DecidedBy).WithMany().HasForeignKey(r => r.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CaseAuditId, r.Status }).HasDatabaseName("IX_ExtensionRequests_CaseAudit_Status");
    }
}
