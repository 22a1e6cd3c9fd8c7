using Loa.Data;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Plans;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.Property(s => s.Label).HasMaxLength(20);
        builder.Property(s => s.Heading).HasMaxLength(1000);
        builder.Property(s => s.Role).HasMaxLength(20);
        builder.HasMany(s => s.Children).WithOne().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
