using Loa.Data;
using Loa.Dialogues;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Dialogues;

/// <summary>A task a dialogue may serve: of the commune's issued plan, labelled with its plan's year and its row.</summary>
public sealed record TaskChoice(int Id, string Label);

/// <summary>What the dialogue pages load: one dialogue of the user's commune, the leaders who may chair, the tasks it may serve.</summary>
public static class DialogueQueries
{
    /// <summary>The user's own commune's dialogue with its questions, groups and photos; null for any other id.</summary>
    public static async Task<Dialogue?> FindAsync(LoaDbContext db, int id, bool tracked, CancellationToken cancellationToken = default)
    {
        if (db.Scope.CommuneId is not { } communeId)
        {
            return null;
        }

        var query = db.Dialogues.Include(d => d.Questions).Include(d => d.Groups).Include(d => d.Photos).AsSplitQuery();
        var dialogue = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(d => d.Id == id && d.CommuneId == communeId, cancellationToken);
        if (dialogue is not null)
        {
            dialogue.Questions = [.. dialogue.Questions.OrderBy(q => q.Number)];
            dialogue.Groups = [.. dialogue.Groups.OrderBy(g => g.Order).ThenBy(g => g.Id)];
            dialogue.Photos = [.. dialogue.Photos.OrderBy(p => p.Id)];
        }

        return dialogue;
    }

    /// <summary>The commune's leaders' accounts that may chair (enabled), by name.</summary>
    public static async Task<List<(string Id, string Name)>> LeadersAsync(LoaDbContext db, int communeId, CancellationToken cancellationToken = default) =>
        (await db.Users.AsNoTracking().Where(u => u.CommuneId == communeId && u.Role == UserRole.Leader && !u.IsDisabled)
            .Select(u => new { u.Id, u.FullName }).ToListAsync(cancellationToken))
        .OrderBy(u => u.FullName, VietnameseOrder.Instance).Select(u => (u.Id, u.FullName)).ToList();

    /// <summary>The tasks of the commune's issued plans (not the units' own plans), newest plan first, in the table's order.</summary>
    public static async Task<List<TaskChoice>> TasksAsync(LoaDbContext db, int communeId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => t.CommuneId == communeId && t.Plan!.Status == PlanStatus.Issued && t.Plan.UnitId == null)
            .Select(t => new { t.Id, t.Label, t.Name, t.Order, t.ParentId, t.Plan!.Year, PlanId = t.PlanId })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(t => t.Year).ThenBy(t => t.PlanId)
            .ThenBy(t => t.ParentId ?? t.Id).ThenBy(t => t.ParentId is null ? 0 : 1).ThenBy(t => t.Order)
            .Select(t => new TaskChoice(t.Id, Shorten($"Năm {t.Year} – {(t.Label is { Length: > 0 } l ? l + ". " : "")}{t.Name}")))
            .ToList();
    }

    /// <summary>The portal address of the commune ("/x/12345").</summary>
    public static async Task<string> PortalPathAsync(LoaDbContext db, int? communeId, CancellationToken cancellationToken = default) =>
        "/x/" + await db.Communes.AsNoTracking().Where(c => c.Id == communeId).Select(c => c.Code).FirstAsync(cancellationToken);

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..159] + "…";
}
