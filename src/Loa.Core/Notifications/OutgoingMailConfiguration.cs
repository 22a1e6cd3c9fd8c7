using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Notifications;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(8000);
        builder.Property(m => m.LastError).HasMaxLength(200);
        builder.HasIndex(m => new { m.SentAt, m.GivenUpAt });
    }
}
