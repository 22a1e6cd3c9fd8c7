using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Notifications;

internal sealed class OutgoingMessageConfiguration : IEntityTypeConfiguration<OutgoingMessage>
{
    public void Configure(EntityTypeBuilder<OutgoingMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Purpose).HasMaxLength(60);
        builder.Property(m => m.TemplateId).HasMaxLength(40);
        builder.Property(m => m.Body).HasMaxLength(8000);
        builder.Property(m => m.Parameters).HasMaxLength(4000);
        builder.Property(m => m.LastError).HasMaxLength(200);
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
    }
}
