using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audit.Data.Mappings;

internal sealed class StaffMemberMapping : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.FullName).HasMaxLength(200);
        builder.Property(s => s.JobTitle).HasMaxLength(200);
        builder.HasOne(s => s.Team).WithMany(t => t.Members).HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.FullName).HasDatabaseName("IX_Staff_FullName");
        builder.Property(s => s.StaffNumber).HasMaxLength(Limits.StaffNumber);
        builder.HasIndex(s => s.StaffNumber, UniqueIndexes.StaffNumber).IsUnique().HasFilter("\"StaffNumber\" IS NOT NULL");
    }
}
