using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Portal;

internal sealed class PortalStampConfiguration : IEntityTypeConfiguration<PortalStamp>
{
    public void Configure(EntityTypeBuilder<PortalStamp> builder)
    {
        builder.ToTable("PortalStamps");
        builder.HasKey(s => s.Scope);
        builder.Property(s => s.Scope).HasMaxLength(16);
    }
}
