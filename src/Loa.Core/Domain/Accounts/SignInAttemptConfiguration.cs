using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Domain.Accounts;

internal sealed class SignInAttemptConfiguration : IEntityTypeConfiguration<SignInAttempt>
{
    public void Configure(EntityTypeBuilder<SignInAttempt> builder)
    {
        builder.Property(a => a.Key).HasMaxLength(256);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.HasIndex(a => new { a.Key, a.Step, a.At });
        builder.HasIndex(a => new { a.IpAddress, a.Step, a.At });
        builder.HasIndex(a => a.At);
    }
}
