using Loa.Data;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Plans;

internal sealed class PlanDeadlineConfiguration : IEntityTypeConfiguration<PlanDeadline>
{
    public void Configure(EntityTypeBuilder<PlanDeadline> builder)
    {
        builder.ToTable("Deadlines");
        builder.Property(d => d.Subject).HasMaxLength(1000);
    }
}
