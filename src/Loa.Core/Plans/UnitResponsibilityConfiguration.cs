using Loa.Data;
using Loa.Plans;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Plans;

internal sealed class UnitResponsibilityConfiguration : IEntityTypeConfiguration<UnitResponsibility>
{
    public void Configure(EntityTypeBuilder<UnitResponsibility> builder)
    {
        builder.ToTable("Responsibilities");
        builder.Property(r => r.UnitName).HasMaxLength(1000);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
