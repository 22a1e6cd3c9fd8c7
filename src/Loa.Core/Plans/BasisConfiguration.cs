using Loa.Data;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Plans;

internal sealed class BasisConfiguration : IEntityTypeConfiguration<Basis>
{
    public void Configure(EntityTypeBuilder<Basis> builder)
    {
        builder.ToTable("Bases");
        builder.Property(b => b.Kind).HasMaxLength(50);
        builder.Property(b => b.Number).HasMaxLength(50);
        builder.Property(b => b.Issuer).HasMaxLength(300);
    }
}
