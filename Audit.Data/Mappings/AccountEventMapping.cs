using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audit.Data.Mappings;

internal sealed class AccountEventMapping : IEntityTypeConfiguration<AccountEvent>
{
    public void Configure(EntityTypeBuilder<AccountEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Email).HasMaxLength(256);
        builder.Property(e => e.StaffMemberId).HasMaxLength(450);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.IpAddress).HasMaxLength(64);
        builder.Property(e => e.Detail).HasMaxLength(500);
        builder.HasIndex(e => new { e.StaffMemberId, e.OccurredAt }).HasDatabaseName("IX_AccountEvents_Staff_OccurredAt");
        builder.HasIndex(e => e.OccurredAt).HasDatabaseName("IX_AccountEvents_OccurredAt");
    }
}
