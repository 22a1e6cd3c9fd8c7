using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Inspections;

internal sealed class InspectionChecklistConfiguration : IEntityTypeConfiguration<InspectionChecklist>
{
    public void Configure(EntityTypeBuilder<InspectionChecklist> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(InspectionChecklist.TitleMax);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.ProvinceId, c.Year }).IsUnique();
        builder.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.ChecklistId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(ChecklistItem.TitleMax);
        builder.Property(i => i.Guidance).HasMaxLength(ChecklistItem.GuidanceMax);
        builder.Property(i => i.MaxScore).HasPrecision(6, 2);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.ChecklistId, i.Order });
    }
}
