using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Data.Configurations;

internal sealed class CheckedPasswordHashConfiguration : IEntityTypeConfiguration<CheckedPasswordHash>
{
    public void Configure(EntityTypeBuilder<CheckedPasswordHash> builder)
    {
        builder.ToTable("CheckedPasswordHashes");
        builder.HasKey(h => h.Digest);
        builder.Property(h => h.Digest).HasMaxLength(64);
    }
}
