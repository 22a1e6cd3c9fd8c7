using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Domain.Accounts;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(200);
        builder.HasIndex(u => u.CommuneId);
        builder.HasIndex(u => u.ProvinceId);
        builder.HasIndex(u => u.UnitId);
        builder.HasOne<Province>().WithMany().HasForeignKey(u => u.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commune>().WithMany().HasForeignKey(u => u.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.SetNull);

        // Written only by the conditional UPDATE that accepts an authenticator code: Identity saves the whole account
        // on every change, and must not put back an older step read before.
        builder.Property(u => u.AuthenticatorStep).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
