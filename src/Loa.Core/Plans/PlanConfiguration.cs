using Loa.Data;
using Loa.Domain.Geography;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Plans;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.IssuerName).HasMaxLength(200);
        builder.Property(p => p.IssuerKind).HasMaxLength(20);
        builder.Property(p => p.IssuerLocality).HasMaxLength(100);
        builder.Property(p => p.Number).HasMaxLength(50);
        builder.Property(p => p.Symbol).HasMaxLength(50);
        builder.Property(p => p.Place).HasMaxLength(100);
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Property(p => p.ReportingVia).HasMaxLength(300);
        builder.Property(p => p.SignerAuthority).HasMaxLength(100);
        builder.Property(p => p.SignerDeputy).HasMaxLength(100);
        builder.Property(p => p.SignerPosition).HasMaxLength(100);
        builder.Property(p => p.SignerName).HasMaxLength(100);
        builder.Property(p => p.ApprovedById).HasMaxLength(450);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.CommuneId, p.Year });
        builder.HasIndex(p => new { p.ProvinceId, p.Year });
        builder.HasOne<Province>().WithMany().HasForeignKey(p => p.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commune>().WithMany().HasForeignKey(p => p.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.SourcePlanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.ParentPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.AmendsPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Loa.Units.Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Basis).WithOne().HasForeignKey(b => b.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Contents).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Channels).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tasks).WithOne(t => t.Plan).HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Responsibilities).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Deadlines).WithOne().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.NumberLine);
        builder.Ignore(p => p.Level);
        builder.Ignore(p => p.IsAmendment);
        builder.Ignore(p => p.YearSpan);
    }
}
