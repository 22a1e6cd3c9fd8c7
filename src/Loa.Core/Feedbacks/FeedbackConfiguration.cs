using Loa.Data;
using Loa.Domain.Geography;
using Loa.Feedbacks;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Feedbacks;

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.ToTable("Feedback");
        builder.Property(f => f.TrackingHash).HasMaxLength(64);
        builder.Property(f => f.Subject).HasMaxLength(200);
        builder.Property(f => f.Content).HasMaxLength(5000);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Address).HasMaxLength(300);
        builder.Property(f => f.Phone).HasMaxLength(30);
        builder.Property(f => f.Email).HasMaxLength(200);
        builder.Property(f => f.AssignedById).HasMaxLength(450);
        builder.Property(f => f.ReturnComment).HasMaxLength(1000);
        builder.Property(f => f.Answer).HasMaxLength(8000);
        builder.Property(f => f.AnsweredById).HasMaxLength(450);
        builder.Property(f => f.ApprovedById).HasMaxLength(450);
        builder.Property(f => f.PublicSubject).HasMaxLength(200);
        builder.Property(f => f.PublicQuestion).HasMaxLength(5000);
        builder.Property(f => f.RejectionReason).HasMaxLength(1000);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasIndex(f => f.TrackingHash).IsUnique();
        builder.HasIndex(f => new { f.CommuneId, f.Number }).IsUnique();
        builder.HasIndex(f => new { f.CommuneId, f.Status, f.DueOn });
        builder.HasIndex(f => new { f.CommuneId, f.PublishedAt });
        builder.HasOne<Commune>().WithMany().HasForeignKey(f => f.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(f => f.AssignedUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Attachments).WithOne().HasForeignKey(a => a.FeedbackId).OnDelete(DeleteBehavior.Cascade);
    }
}
