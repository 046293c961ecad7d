using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audit.Data.Mappings;

internal sealed class OutboxMessageMapping : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.HasIndex(m => m.MessageId).IsUnique().HasDatabaseName("UX_OutboxMessages_MessageId");
        builder.Property(m => m.Kind).HasMaxLength(60);
        builder.Property(m => m.ToAddress).HasMaxLength(256);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.CalendarMethod).HasMaxLength(20);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Version).IsConcurrencyToken();
        // The sender's query: pending messages whose next attempt is due.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt }).HasDatabaseName("IX_OutboxMessages_Status_NextAttemptAt");
        builder.HasIndex(m => m.CreatedAt).HasDatabaseName("IX_OutboxMessages_CreatedAt");
        // /health's "sent in the last 24 hours", which must not grow with all the mail ever sent.
        builder.HasIndex(m => m.SentAt).HasDatabaseName("IX_OutboxMessages_SentAt");
    }
}
