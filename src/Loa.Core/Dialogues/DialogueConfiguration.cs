using Loa.Activities;
using Loa.Domain.Geography;
using Loa.Feedbacks;
using Loa.Plans;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Dialogues;

internal sealed class DialogueConfiguration : IEntityTypeConfiguration<Dialogue>
{
    public void Configure(EntityTypeBuilder<Dialogue> builder)
    {
        builder.Property(d => d.Subject).HasMaxLength(Dialogue.SubjectMax);
        builder.Property(d => d.Description).HasMaxLength(Dialogue.DescriptionMax);
        builder.Property(d => d.Place).HasMaxLength(Dialogue.PlaceMax);
        builder.Property(d => d.OnlineLink).HasMaxLength(Dialogue.LinkMax);
        builder.Property(d => d.ChairId).HasMaxLength(450);
        builder.Property(d => d.ChairName).HasMaxLength(Dialogue.NameMax);
        builder.Property(d => d.CreatedById).HasMaxLength(450);
        builder.Property(d => d.CancelReason).HasMaxLength(Dialogue.ReasonMax);
        builder.Property(d => d.Conclusion).HasMaxLength(Dialogue.ConclusionMax);
        builder.Property(d => d.MinutesRecordedById).HasMaxLength(450);
        builder.Property(d => d.MinutesApprovedById).HasMaxLength(450);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.CommuneId, d.StartsAt });
        builder.HasIndex(d => d.TaskId);
        builder.HasIndex(d => d.ActivityId);
        builder.HasOne<Commune>().WithMany().HasForeignKey(d => d.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<KeyTask>().WithMany().HasForeignKey(d => d.TaskId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(d => d.Activity).WithMany().HasForeignKey(d => d.ActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Questions).WithOne().HasForeignKey(q => q.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Groups).WithOne().HasForeignKey(g => g.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Photos).WithOne().HasForeignKey(p => p.DialogueId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DialogueQuestionConfiguration : IEntityTypeConfiguration<DialogueQuestion>
{
    public void Configure(EntityTypeBuilder<DialogueQuestion> builder)
    {
        builder.Property(q => q.Name).HasMaxLength(200);
        builder.Property(q => q.Organisation).HasMaxLength(200);
        builder.Property(q => q.Address).HasMaxLength(300);
        builder.Property(q => q.Phone).HasMaxLength(30);
        builder.Property(q => q.Email).HasMaxLength(200);
        builder.Property(q => q.Content).HasMaxLength(DialogueQuestion.ContentMax);
        builder.HasIndex(q => new { q.DialogueId, q.Number }).IsUnique();
        builder.HasIndex(q => q.CommuneId);
        builder.HasIndex(q => q.GroupId);
        builder.HasIndex(q => q.FeedbackId);
        builder.HasOne<DialogueQuestionGroup>().WithMany().HasForeignKey(q => q.GroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(q => q.Feedback).WithMany().HasForeignKey(q => q.FeedbackId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DialogueQuestionGroupConfiguration : IEntityTypeConfiguration<DialogueQuestionGroup>
{
    public void Configure(EntityTypeBuilder<DialogueQuestionGroup> builder)
    {
        builder.Property(g => g.Title).HasMaxLength(DialogueQuestionGroup.TitleMax);
        builder.Property(g => g.AnswerPerson).HasMaxLength(Dialogue.NameMax);
        builder.Property(g => g.Answer).HasMaxLength(DialogueQuestionGroup.AnswerMax);
        builder.HasIndex(g => g.DialogueId);
        builder.HasIndex(g => g.CommuneId);
        builder.HasIndex(g => g.AnswerUnitId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(g => g.AnswerUnitId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DialoguePhotoConfiguration : IEntityTypeConfiguration<DialoguePhoto>
{
    public void Configure(EntityTypeBuilder<DialoguePhoto> builder)
    {
        builder.Property(p => p.FileName).HasMaxLength(255);
        builder.Property(p => p.StoredName).HasMaxLength(64);
        builder.Property(p => p.ThumbnailName).HasMaxLength(64);
        builder.Property(p => p.ContentType).HasMaxLength(100);
        builder.HasIndex(p => p.DialogueId);
        builder.HasIndex(p => p.CommuneId);
    }
}
