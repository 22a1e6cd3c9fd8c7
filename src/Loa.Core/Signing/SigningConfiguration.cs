using Loa.Documents.Records;
using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Signing;

internal sealed class SigningCertificateConfiguration : IEntityTypeConfiguration<SigningCertificate>
{
    public void Configure(EntityTypeBuilder<SigningCertificate> builder)
    {
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.Subject).HasMaxLength(SigningCertificate.SubjectMax);
        builder.Property(c => c.Issuer).HasMaxLength(SigningCertificate.SubjectMax);
        builder.Property(c => c.Thumbprint).HasMaxLength(64);
        builder.HasIndex(c => new { c.UserId, c.Thumbprint }).IsUnique();
    }
}

internal sealed class TrustedAuthorityConfiguration : IEntityTypeConfiguration<TrustedAuthority>
{
    public void Configure(EntityTypeBuilder<TrustedAuthority> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(SigningCertificate.SubjectMax);
        builder.Property(a => a.Thumbprint).HasMaxLength(64);
        builder.Property(a => a.AddedById).HasMaxLength(450);
        builder.HasIndex(a => new { a.ProvinceId, a.Thumbprint });
        builder.HasOne<Province>().WithMany().HasForeignKey(a => a.ProvinceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SigningTokenConfiguration : IEntityTypeConfiguration<SigningToken>
{
    public void Configure(EntityTypeBuilder<SigningToken> builder)
    {
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.DocumentId);
        builder.HasOne<OfficialDocument>().WithMany().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
