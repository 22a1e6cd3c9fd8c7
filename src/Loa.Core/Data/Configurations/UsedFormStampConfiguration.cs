using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Data.Configurations;

internal sealed class UsedFormStampConfiguration : IEntityTypeConfiguration<UsedFormStamp>
{
    public void Configure(EntityTypeBuilder<UsedFormStamp> builder)
    {
        builder.ToTable("UsedFormStamps");
        builder.HasKey(s => s.Nonce);
        builder.Property(s => s.Nonce).HasMaxLength(64);
        builder.HasIndex(s => s.ExpiresAt);
    }
}
