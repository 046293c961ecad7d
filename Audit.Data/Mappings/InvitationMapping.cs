using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audit.Data.Mappings;

internal sealed class InvitationMapping : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique().HasDatabaseName("UX_Invitations_TokenHash");
        builder.HasOne(i => i.StaffMember).WithMany().HasForeignKey(i => i.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.InvitedById).HasMaxLength(450);
    }
}
