using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Procedures;

internal sealed class ProcedureSynonymListConfiguration : IEntityTypeConfiguration<ProcedureSynonymList>
{
    public void Configure(EntityTypeBuilder<ProcedureSynonymList> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(ProcedureSynonyms.MaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.ProvinceId).IsUnique();
        builder.HasOne<Province>().WithMany().HasForeignKey(s => s.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}
