using Loa.Articles;
using Loa.Data;
using Loa.Domain.Geography;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Article.TitleMax);
        builder.Property(a => a.Slug).HasMaxLength(Article.SlugMax);
        builder.Property(a => a.Summary).HasMaxLength(Article.SummaryMax);
        builder.Property(a => a.CoverImage).HasMaxLength(64);
        builder.Property(a => a.CoverContentType).HasMaxLength(100);
        builder.Property(a => a.CoverAlt).HasMaxLength(300);
        builder.Property(a => a.VideoUrl).HasMaxLength(300);
        builder.Property(a => a.AuthorId).HasMaxLength(450);
        builder.Property(a => a.AuthorName).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.CommuneId, a.Status, a.PublishAt });
        builder.HasIndex(a => a.CategoryId);
        builder.HasIndex(a => a.TaskId);
        builder.HasIndex(a => a.ActivityId);
        builder.HasOne<Commune>().WithMany().HasForeignKey(a => a.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Category).WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<KeyTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Activity).WithMany().HasForeignKey(a => a.ActivityId).OnDelete(DeleteBehavior.SetNull);
    }
}
