using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Articles;

internal sealed class ArticlePictureConfiguration : IEntityTypeConfiguration<ArticlePicture>
{
    public void Configure(EntityTypeBuilder<ArticlePicture> builder)
    {
        builder.Property(p => p.StoredName).HasMaxLength(ArticlePicture.StoredNameMax);
        builder.Property(p => p.ContentType).HasMaxLength(ArticlePicture.ContentTypeMax);
        builder.Property(p => p.FileName).HasMaxLength(ArticlePicture.FileNameMax);
        builder.Property(p => p.UploadedById).HasMaxLength(450);
        builder.HasIndex(p => new { p.CommuneId, p.StoredName }).IsUnique();
        builder.HasOne<Commune>().WithMany().HasForeignKey(p => p.CommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}
