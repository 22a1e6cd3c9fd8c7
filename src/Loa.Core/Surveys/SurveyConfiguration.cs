using Loa.Activities;
using Loa.Data;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Surveys;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Intro).HasMaxLength(2000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.CommuneId, s.Status });
        builder.HasIndex(s => s.TaskId);
        builder.HasIndex(s => s.ActivityId);
        builder.HasOne<Commune>().WithMany().HasForeignKey(s => s.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<KeyTask>().WithMany().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.Activity).WithMany().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Sections).WithOne().HasForeignKey(s => s.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.IsContest);
    }
}
