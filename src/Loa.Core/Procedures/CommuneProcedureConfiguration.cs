using Loa.Data;
using Loa.Domain.Geography;
using Loa.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Procedures;

internal sealed class CommuneProcedureConfiguration : IEntityTypeConfiguration<CommuneProcedure>
{
    public void Configure(EntityTypeBuilder<CommuneProcedure> builder)
    {
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.CommuneId, p.ProcedureId }).IsUnique();
        builder.HasIndex(p => p.ProcedureId);
        builder.HasOne<Commune>().WithMany().HasForeignKey(p => p.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Procedure).WithMany().HasForeignKey(p => p.ProcedureId).OnDelete(DeleteBehavior.Cascade);
    }
}
