using Loa.Documents.Records;
using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Exchange;

internal sealed class ExchangeMessageConfiguration : IEntityTypeConfiguration<ExchangeMessage>
{
    public void Configure(EntityTypeBuilder<ExchangeMessage> builder)
    {
        builder.Property(m => m.SenderCode).HasMaxLength(ExchangeMessage.CodeMax);
        builder.Property(m => m.ReceiverCode).HasMaxLength(ExchangeMessage.CodeMax);
        builder.Property(m => m.Number).HasMaxLength(OfficialDocument.NumberMax);
        builder.Property(m => m.Subject).HasMaxLength(ExchangeMessage.TextMax);
        builder.Property(m => m.PackageFile).HasMaxLength(64);
        builder.Property(m => m.TransportId).HasMaxLength(100);
        builder.Property(m => m.LastErrorKind).HasMaxLength(ExchangeMessage.ErrorMax);
        builder.Property(m => m.Reason).HasMaxLength(ExchangeMessage.TextMax);
        builder.Property(m => m.CreatedBy).HasMaxLength(256);
        builder.HasIndex(m => new { m.ProvinceId, m.CommuneId });
        builder.HasIndex(m => new { m.Direction, m.State });
        builder.HasIndex(m => m.DocumentId);
        builder.HasOne<Province>().WithMany().HasForeignKey(m => m.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commune>().WithMany().HasForeignKey(m => m.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OfficialDocument>().WithMany().HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Events).WithOne().HasForeignKey(e => e.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExchangeEventConfiguration : IEntityTypeConfiguration<ExchangeEvent>
{
    public void Configure(EntityTypeBuilder<ExchangeEvent> builder)
    {
        builder.Property(e => e.Note).HasMaxLength(ExchangeMessage.TextMax);
        builder.HasIndex(e => e.MessageId);
    }
}
