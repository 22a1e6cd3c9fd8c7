using Loa.Activities;
using Loa.Data;
using Loa.Plans;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.RecordedById).HasMaxLength(450);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.CommuneId, a.Date });
        builder.HasIndex(a => a.TaskId);
        builder.HasIndex(a => a.PlanId);
        builder.HasIndex(a => a.UnitId);
        builder.HasOne(a => a.Plan).WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Task).WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Files).WithOne().HasForeignKey(f => f.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.Reach);
    }
}
