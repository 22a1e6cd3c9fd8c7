using Loa.Data;
using Loa.Domain.Geography;
using Loa.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Portal;

internal sealed class PortalProfileConfiguration : IEntityTypeConfiguration<PortalProfile>
{
    public void Configure(EntityTypeBuilder<PortalProfile> builder)
    {
        builder.Property(p => p.Intro).HasMaxLength(2000);
        builder.Property(p => p.Address).HasMaxLength(300);
        builder.Property(p => p.OfficeHours).HasMaxLength(300);
        builder.Property(p => p.Hotline).HasMaxLength(50);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.CommuneId).IsUnique();
        builder.HasOne<Commune>().WithMany().HasForeignKey(p => p.CommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}
