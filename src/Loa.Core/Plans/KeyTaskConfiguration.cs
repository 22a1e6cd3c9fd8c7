using Loa.Data;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Plans;

internal sealed class KeyTaskConfiguration : IEntityTypeConfiguration<KeyTask>
{
    public void Configure(EntityTypeBuilder<KeyTask> builder)
    {
        builder.ToTable("Tasks");
        builder.Property(t => t.Label).HasMaxLength(20);
        builder.Property(t => t.Name).HasMaxLength(2000);
        builder.Property(t => t.Timeframe).HasMaxLength(300);
        builder.Property(t => t.QuantityUnit).HasMaxLength(100);
        builder.Property(t => t.QuantityText).HasMaxLength(200);
        builder.Property(t => t.Products).HasMaxLength(2000);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.CommuneId, t.PlanId });
        builder.HasOne(t => t.Parent).WithMany(t => t.Children).HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<KeyTask>().WithMany().HasForeignKey(t => t.AmendsTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Units).WithOne().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.Leads);
        builder.Ignore(t => t.Partners);
    }
}
