using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audit.Data.Mappings;

internal sealed class ReflectiveConversationMapping : IEntityTypeConfiguration<ReflectiveConversation>
{
    public void Configure(EntityTypeBuilder<ReflectiveConversation> builder)
    {
        builder.ToTable("ReflectiveConversations");
        builder.Property(c => c.Uid).HasMaxLength(200);
        builder.HasIndex(c => c.Uid).IsUnique().HasDatabaseName("UX_ReflectiveConversations_Uid");
        builder.Property(c => c.Location).HasMaxLength(200);
        builder.Property(c => c.AgendaNote).HasMaxLength(Limits.ShortText);
        builder.Property(c => c.HeldEarlierReason).HasMaxLength(Limits.ShortText);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.CaseAudit).WithMany(a => a.Conversations).HasForeignKey(c => c.CaseAuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Organiser).WithMany().HasForeignKey(c => c.OrganiserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CaseAuditId).HasDatabaseName("IX_ReflectiveConversations_CaseAuditId");
    }
}

internal sealed class ConversationInviteeMapping : IEntityTypeConfiguration<ConversationInvitee>
{
    public void Configure(EntityTypeBuilder<ConversationInvitee> builder)
    {
        builder.ToTable("ConversationInvitees");
        builder.Property(i => i.Answer).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.DeclineReason).HasMaxLength(Limits.ShortText);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne(i => i.Conversation).WithMany(c => c.Invitees).HasForeignKey(i => i.ReflectiveConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Staff).WithMany().HasForeignKey(i => i.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ReflectiveConversationId, i.StaffId }).IsUnique().HasDatabaseName("UX_ConversationInvitees_Conversation_Staff");
        builder.HasIndex(i => i.StaffId).HasDatabaseName("IX_ConversationInvitees_StaffId");
    }
}
