using Loa.Data;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Surveys;

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.RespondentHash).HasMaxLength(64);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Phone).HasMaxLength(20);

        // Once per person: a second answer with the same device token or phone number cannot be stored.
        builder.HasIndex(r => new { r.SurveyId, r.RespondentHash }).IsUnique();
        builder.HasIndex(r => r.CommuneId);
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
