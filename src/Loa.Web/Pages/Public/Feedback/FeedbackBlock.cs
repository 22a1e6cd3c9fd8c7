using Loa.Web.Infrastructure.Portal;

namespace Loa.Web.Pages.Public.Feedback;

/// <summary>The portal home's feedback block (<c>_FeedbackBlock</c>): the latest published answers and where to send one.</summary>
public sealed record FeedbackBlock(PortalCommune Commune, IReadOnlyList<PublishedAnswer> Latest);
