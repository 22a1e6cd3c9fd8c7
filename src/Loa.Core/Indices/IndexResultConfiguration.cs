using Loa.Data;
using Loa.Indices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Indices;

internal sealed class IndexResultConfiguration : IEntityTypeConfiguration<IndexResult>
{
    public void Configure(EntityTypeBuilder<IndexResult> builder)
    {
        builder.Property(r => r.Score).HasPrecision(9, 4);
        builder.Property(r => r.MaxScore).HasPrecision(9, 4);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ProvinceId, r.CommuneId, r.Kind, r.Year });
    }
}
