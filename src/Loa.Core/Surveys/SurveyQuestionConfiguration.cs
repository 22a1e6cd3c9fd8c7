using Loa.Data;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Surveys;

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(1000);
        builder.Property(q => q.Help).HasMaxLength(500);
        builder.Ignore(q => q.IsChoice);
    }
}
