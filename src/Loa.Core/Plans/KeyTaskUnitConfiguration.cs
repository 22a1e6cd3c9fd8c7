using Loa.Data;
using Loa.Plans;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Plans;

internal sealed class KeyTaskUnitConfiguration : IEntityTypeConfiguration<KeyTaskUnit>
{
    public void Configure(EntityTypeBuilder<KeyTaskUnit> builder)
    {
        builder.ToTable("TaskUnits");
        builder.Property(u => u.Name).HasMaxLength(300);
        builder.HasIndex(u => u.UnitId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
