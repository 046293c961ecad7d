using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audit.Data.Mappings;

internal sealed class PersonalAccessTokenMapping : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.Property(t => t.OwnerId).HasMaxLength(450);
        builder.Property(t => t.Name).HasMaxLength(Limits.OrganisationName);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.CreatedById).HasMaxLength(450);
        builder.Property(t => t.RevokedById).HasMaxLength(450);
        builder.HasOne(t => t.Owner).WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.TokenHash).IsUnique().HasDatabaseName("UX_PersonalAccessTokens_TokenHash");
        builder.HasIndex(t => new { t.OwnerId, t.ExpiresAt }).HasDatabaseName("IX_PersonalAccessTokens_Owner_ExpiresAt");
    }
}
