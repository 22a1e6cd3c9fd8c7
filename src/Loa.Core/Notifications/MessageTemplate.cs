namespace Loa.Notifications;

/// <summary>
/// The words of one kind of message on one channel, kept as data so an administrator can change them without a release
/// (Admin → "Mẫu tin nhắn"): the SMS text, or the Zalo template Zalo approved (its id, and which of Loa's values fills
/// each of its parameters). Placeholders are written <c>{name}</c> (<see cref="MessageTemplates.Render"/>).
/// </summary>
public sealed class MessageTemplate
{
    public int Id { get; set; }

    /// <summary>What the message is for (<see cref="MessagePurposes"/>): one template per purpose and channel.</summary>
    public string Purpose { get; set; } = "";

    public MessageChannel Channel { get; set; }

    /// <summary>What the administrator reads in the list ("Trả lời phản ánh, kiến nghị").</summary>
    public string Name { get; set; } = "";

    /// <summary>The SMS text, or (Zalo) the approved template's wording for reference, with placeholders.</summary>
    public string Text { get; set; } = "";

    /// <summary>The id of the ZNS template Zalo approved (Zalo only).</summary>
    public string? ZnsTemplateId { get; set; }

    /// <summary>The ZNS parameters, one a line: "so_phan_anh: {number}" (Zalo only).</summary>
    public string? ZnsParameters { get; set; }

    /// <summary>Off: nothing of this purpose is sent on this channel.</summary>
    public bool IsEnabled { get; set; }

    public DateTime? UpdatedAt { get; set; }
}
