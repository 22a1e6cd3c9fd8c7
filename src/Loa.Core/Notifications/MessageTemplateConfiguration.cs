using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Notifications;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.Property(t => t.Purpose).HasMaxLength(60);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Text).HasMaxLength(1000);
        builder.Property(t => t.ZnsTemplateId).HasMaxLength(40);
        builder.Property(t => t.ZnsParameters).HasMaxLength(1000);
        builder.HasIndex(t => new { t.Purpose, t.Channel }).IsUnique();
    }
}
