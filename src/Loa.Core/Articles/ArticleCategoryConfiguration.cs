using Loa.Articles;
using Loa.Data;
using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Articles;

internal sealed class ArticleCategoryConfiguration : IEntityTypeConfiguration<ArticleCategory>
{
    public void Configure(EntityTypeBuilder<ArticleCategory> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(ArticleCategory.NameMax);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.CommuneId, c.Name }).IsUnique();
        builder.HasOne<Commune>().WithMany().HasForeignKey(c => c.CommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}
