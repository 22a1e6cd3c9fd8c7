using Loa.Data;
using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Domain.Geography;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(2);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Kind).HasMaxLength(20);
        builder.Property(p => p.Locality).HasMaxLength(100);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.AgencyCode).HasMaxLength(Loa.Exchange.AgencyCodes.MaxLength);
        builder.HasIndex(p => p.AgencyCode).IsUnique();
        builder.Property(p => p.ReportRecipient).HasMaxLength(300);
        builder.Ignore(p => p.GovernmentName);
        builder.Ignore(p => p.ReportingRules);
    }
}
