using Loa.Activities;
using Loa.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Activities;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.StoredName).HasMaxLength(64);
        builder.Property(f => f.ThumbnailName).HasMaxLength(64);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UploadedById).HasMaxLength(450);
        builder.HasIndex(f => f.ActivityId);
        builder.HasIndex(f => f.StoredName).IsUnique();
    }
}
