using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Dashboards.Figures;

internal sealed class CommuneFiguresConfiguration : IEntityTypeConfiguration<CommuneFigures>
{
    public void Configure(EntityTypeBuilder<CommuneFigures> builder)
    {
        builder.ToTable("CommuneFigures");
        builder.Property(f => f.Code).HasMaxLength(10);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.HasIndex(f => new { f.CommuneId, f.Year }).IsUnique();
        builder.HasIndex(f => new { f.ProvinceId, f.Year });
        builder.HasIndex(f => new { f.Year, f.ComputedOn });
    }
}

internal sealed class CommuneActivityFiguresConfiguration : IEntityTypeConfiguration<CommuneActivityFigures>
{
    public void Configure(EntityTypeBuilder<CommuneActivityFigures> builder)
    {
        builder.ToTable("CommuneActivityFigures");
        builder.HasIndex(f => new { f.CommuneId, f.Year, f.Month, f.Channel }).IsUnique();
        builder.HasIndex(f => new { f.ProvinceId, f.Year });
    }
}
