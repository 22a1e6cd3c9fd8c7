using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Activities.Bulk;

internal sealed class ActivityBatchConfiguration : IEntityTypeConfiguration<ActivityBatch>
{
    public void Configure(EntityTypeBuilder<ActivityBatch> builder)
    {
        builder.Property(b => b.FileName).HasMaxLength(255);
        builder.Property(b => b.StoredName).HasMaxLength(64);
        builder.Property(b => b.UploadedById).HasMaxLength(450);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => new { b.CommuneId, b.ExpiresAt });
        builder.HasIndex(b => b.StoredName).IsUnique();
        builder.HasOne<Plans.Plan>().WithMany().HasForeignKey(b => b.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
