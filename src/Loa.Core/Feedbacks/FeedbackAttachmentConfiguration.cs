using Loa.Data;
using Loa.Feedbacks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loa.Feedbacks;

internal sealed class FeedbackAttachmentConfiguration : IEntityTypeConfiguration<FeedbackAttachment>
{
    public void Configure(EntityTypeBuilder<FeedbackAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.StoredName).HasMaxLength(64);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.HasIndex(a => a.FeedbackId);
        builder.HasIndex(a => a.StoredName).IsUnique();
    }
}
