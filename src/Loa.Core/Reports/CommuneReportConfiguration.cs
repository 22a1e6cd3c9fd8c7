using Loa.Data;
using Loa.Plans;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Reports;

internal sealed class CommuneReportConfiguration : IEntityTypeConfiguration<CommuneReport>
{
    public void Configure(EntityTypeBuilder<CommuneReport> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(50);
        builder.Property(r => r.Recipient).HasMaxLength(300);
        builder.Property(r => r.Results).HasMaxLength(8000);
        builder.Property(r => r.Shortcomings).HasMaxLength(8000);
        builder.Property(r => r.Causes).HasMaxLength(8000);
        builder.Property(r => r.Proposals).HasMaxLength(8000);
        builder.Property(r => r.ReturnComment).HasMaxLength(2000);
        builder.Property(r => r.ApprovedById).HasMaxLength(450);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.PlanId, r.Year, r.Period }).IsUnique();
        builder.HasIndex(r => new { r.ProvinceId, r.Year, r.Period });
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
