using Loa.Feedbacks;

namespace Loa.Web.Pages.Public.Feedback;

/// <summary>What the pointer to the complaint or denunciation procedure needs: which one, the commune, and where to go.</summary>
public sealed record ComplaintGuide(RejectionKind Kind, string Government, string PortalPath, string? Address);
