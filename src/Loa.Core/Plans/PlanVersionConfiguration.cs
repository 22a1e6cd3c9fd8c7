using Loa.Data;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Plans;

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.Property(v => v.UserId).HasMaxLength(450);
        builder.Property(v => v.UserName).HasMaxLength(256);
        builder.Property(v => v.Summary).HasMaxLength(300);
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.HasOne<Plan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
