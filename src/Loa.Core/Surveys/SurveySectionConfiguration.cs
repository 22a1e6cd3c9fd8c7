using Loa.Data;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Surveys;

internal sealed class SurveySectionConfiguration : IEntityTypeConfiguration<SurveySection>
{
    public void Configure(EntityTypeBuilder<SurveySection> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Description).HasMaxLength(1000);
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
