using Loa.Data;
using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Domain.Geography;

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(5);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Locality).HasMaxLength(100);
        builder.Property(c => c.SearchName).HasMaxLength(100);
        builder.Property(c => c.ServiceChangedBy).HasMaxLength(256);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.AgencyCode).HasMaxLength(Loa.Exchange.AgencyCodes.MaxLength);
        builder.HasIndex(c => c.AgencyCode).IsUnique();
        builder.HasIndex(c => new { c.ProvinceId, c.SearchName });
        builder.HasOne(c => c.Province).WithMany(p => p.Communes).HasForeignKey(c => c.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.GovernmentName);
    }
}
