using Loa.Data;
using Loa.Domain.Geography;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Units;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(300);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasIndex(u => new { u.CommuneId, u.Name });
        builder.HasIndex(u => u.ProvinceId);
        builder.HasOne<Province>().WithMany().HasForeignKey(u => u.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commune>().WithMany().HasForeignKey(u => u.CommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}
