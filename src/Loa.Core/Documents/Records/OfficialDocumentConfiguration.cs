using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Documents.Records;

internal sealed class OfficialDocumentConfiguration : IEntityTypeConfiguration<OfficialDocument>
{
    public void Configure(EntityTypeBuilder<OfficialDocument> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(OfficialDocument.NumberMax);
        builder.Property(d => d.Title).HasMaxLength(OfficialDocument.TitleMax);
        builder.Property(d => d.SignerName).HasMaxLength(OfficialDocument.NameMax);
        builder.Property(d => d.SignerTitle).HasMaxLength(OfficialDocument.NameMax);
        builder.Property(d => d.SignerAccountId).HasMaxLength(450);
        builder.Property(d => d.CreatedById).HasMaxLength(450);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.Kind, d.SubjectId });
        builder.HasIndex(d => new { d.ProvinceId, d.CommuneId });
        builder.HasOne<Province>().WithMany().HasForeignKey(d => d.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commune>().WithMany().HasForeignKey(d => d.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Files).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfficialDocumentFileConfiguration : IEntityTypeConfiguration<OfficialDocumentFile>
{
    public void Configure(EntityTypeBuilder<OfficialDocumentFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.IssuedFile).HasMaxLength(64);
        builder.Property(f => f.IssuedSha256).HasMaxLength(64);
        builder.Property(f => f.SignedFile).HasMaxLength(64);
        builder.Property(f => f.SignedSha256).HasMaxLength(64);
        builder.Property(f => f.SignerSubject).HasMaxLength(500);
        builder.Property(f => f.SignerThumbprint).HasMaxLength(64);
        builder.HasIndex(f => new { f.DocumentId, f.Order });
    }
}
