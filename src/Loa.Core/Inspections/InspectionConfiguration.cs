using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Inspections;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.Property(i => i.Inspectors).HasMaxLength(Inspection.PeopleMax);
        builder.Property(i => i.CommuneRepresentatives).HasMaxLength(Inspection.PeopleMax);
        builder.Property(i => i.Conclusion).HasMaxLength(Inspection.TextMax);
        builder.Property(i => i.Recommendations).HasMaxLength(Inspection.TextMax);
        builder.Property(i => i.FrozenByName).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.CommuneId, i.Year }).IsUnique();
        builder.HasIndex(i => new { i.ProvinceId, i.Year });
        builder.HasIndex(i => i.ChecklistId);
        builder.HasOne<Commune>().WithMany().HasForeignKey(i => i.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InspectionChecklist>().WithMany().HasForeignKey(i => i.ChecklistId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Entries).WithOne().HasForeignKey(e => e.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InspectionEntryConfiguration : IEntityTypeConfiguration<InspectionEntry>
{
    public void Configure(EntityTypeBuilder<InspectionEntry> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(ChecklistItem.TitleMax);
        builder.Property(e => e.Guidance).HasMaxLength(ChecklistItem.GuidanceMax);
        builder.Property(e => e.MaxScore).HasPrecision(6, 2);
        builder.Property(e => e.Score).HasPrecision(6, 2);
        builder.Property(e => e.Answer).HasMaxLength(InspectionEntry.AnswerMax);
        builder.Property(e => e.AnsweredByName).HasMaxLength(200);
        builder.Property(e => e.Value).HasMaxLength(InspectionEntry.ValueMax);
        builder.Property(e => e.Finding).HasMaxLength(InspectionEntry.FindingMax);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.InspectionId, e.Order });
        builder.HasIndex(e => e.ItemId);
        builder.HasOne<ChecklistItem>().WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.Files).WithOne().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InspectionFileConfiguration : IEntityTypeConfiguration<InspectionFile>
{
    public void Configure(EntityTypeBuilder<InspectionFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.StoredName).HasMaxLength(64);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.UploadedById).HasMaxLength(450);
        builder.HasIndex(f => f.EntryId);
        builder.HasIndex(f => f.StoredName).IsUnique();
    }
}
