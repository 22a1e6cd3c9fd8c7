using Loa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Data.Configurations;

internal sealed class PlanDeadlineConfiguration : IEntityTypeConfiguration<PlanDeadline>
{
    public void Configure(EntityTypeBuilder<PlanDeadline> builder)
    {
        builder.ToTable("Deadlines");
        builder.Property(d => d.Subject).HasMaxLength(1000);
    }
}
