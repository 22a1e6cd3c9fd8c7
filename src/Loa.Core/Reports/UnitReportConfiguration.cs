using Loa.Data;
using Loa.Plans;
using Loa.Reports;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Reports;

internal sealed class UnitReportConfiguration : IEntityTypeConfiguration<UnitReport>
{
    public void Configure(EntityTypeBuilder<UnitReport> builder)
    {
        builder.Property(r => r.Results).HasMaxLength(8000);
        builder.Property(r => r.Shortcomings).HasMaxLength(8000);
        builder.Property(r => r.Causes).HasMaxLength(8000);
        builder.Property(r => r.Proposals).HasMaxLength(8000);
        builder.Property(r => r.SubmittedById).HasMaxLength(450);
        builder.Property(r => r.ReturnComment).HasMaxLength(2000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.PlanId, r.UnitId, r.Year, r.Period }).IsUnique();
        builder.HasIndex(r => new { r.CommuneId, r.Year, r.Period });
        builder.HasIndex(r => r.UnitId);
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
