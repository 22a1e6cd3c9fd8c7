using Loa.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Domain.Accounts;

internal sealed class CheckedPasswordHashConfiguration : IEntityTypeConfiguration<CheckedPasswordHash>
{
    public void Configure(EntityTypeBuilder<CheckedPasswordHash> builder)
    {
        builder.ToTable("CheckedPasswordHashes");
        builder.HasKey(h => h.Digest);
        builder.Property(h => h.Digest).HasMaxLength(64);
    }
}
