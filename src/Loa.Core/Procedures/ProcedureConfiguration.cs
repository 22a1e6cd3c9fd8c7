using Loa.Data;
using Loa.Domain.Geography;
using Loa.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Procedures;

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(30);
        builder.Property(p => p.Name).HasMaxLength(600);
        builder.Property(p => p.Field).HasMaxLength(200);
        builder.Property(p => p.Level).HasMaxLength(200);
        builder.Property(p => p.ProcessingTime).HasMaxLength(1000);
        builder.Property(p => p.Fees).HasMaxLength(2000);
        builder.Property(p => p.Where).HasMaxLength(1000);
        builder.Property(p => p.Agency).HasMaxLength(500);
        builder.Property(p => p.OnlineUrl).HasMaxLength(500);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.ProvinceId, p.Code }).IsUnique();
        builder.HasOne<Province>().WithMany().HasForeignKey(p => p.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}
