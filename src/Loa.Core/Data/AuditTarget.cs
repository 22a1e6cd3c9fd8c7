using System.Globalization;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Loa.Data;

/// <summary>
/// The record a saved change is logged against (<see cref="SaveChangesPipeline"/>): the entity itself, or the plan or
/// survey for one of their parts, with the action and what changed.
/// </summary>
internal sealed record AuditTarget(
    EntityEntry Entry,
    string Action,
    string EntityType,
    string? EntityId,
    int? ProvinceId,
    int? CommuneId,
    string? Detail)
{
    /// <summary>The record an entry's change is logged against: the entity itself, or the plan for a part of a plan.</summary>
    public static AuditTarget? Describe(EntityEntry entry)
    {
        var action = entry.State switch
        {
            EntityState.Added => "create",
            EntityState.Deleted => "delete",
            _ => "update",
        };
        var changed = entry.State == EntityState.Modified
            ? string.Join(", ", entry.Properties.Where(p => p.IsModified && p.Metadata.Name != nameof(IVersioned.Version)).Select(p => p.Metadata.Name))
            : null;
        var owned = entry.Entity as ICommuneOwned;
        return entry.Entity switch
        {
            IAudited => new AuditTarget(entry, action, entry.Metadata.ClrType.Name, null, owned?.ProvinceId, owned?.CommuneId, changed),
            Province province => new AuditTarget(entry, action, nameof(Province), null, province.Id, null, changed),
            User user => new AuditTarget(entry, action, nameof(User), user.Id, user.ProvinceId, user.CommuneId, changed),
            Basis b => PlanPart(entry, b.PlanId),
            Section s => PlanPart(entry, s.PlanId),
            ContentItem c => PlanPart(entry, c.PlanId),
            Channel c => PlanPart(entry, c.PlanId),
            UnitResponsibility r => PlanPart(entry, r.PlanId),
            PlanDeadline d => PlanPart(entry, d.PlanId),
            Loa.Surveys.SurveySection s when s.SurveyId > 0 => SurveyPart(entry, s.SurveyId),
            Loa.Surveys.SurveyQuestion q when q.SurveyId > 0 => SurveyPart(entry, q.SurveyId),
            _ => null,
        };
    }

    private static AuditTarget PlanPart(EntityEntry entry, int planId) =>
        PartOf(entry, nameof(Plan), planId);

    /// <summary>
    /// A section or question of a survey: logged as a change of the survey, whose own line covers the parts of a new
    /// one (answers from the public are not publications and are not logged).
    /// </summary>
    private static AuditTarget SurveyPart(EntityEntry entry, int surveyId) =>
        PartOf(entry, nameof(Loa.Surveys.Survey), surveyId);

    private static AuditTarget PartOf(EntityEntry entry, string wholeType, int wholeId) =>
        new(entry, "update", wholeType, wholeId.ToString(CultureInfo.InvariantCulture), null, null, $"{entry.Metadata.ClrType.Name}: {entry.State}");

    private static string? KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()).FirstOrDefault();

    /// <summary>One line per record and action; a plan created or deleted in this save needs no extra "update" line for its parts.</summary>
    public static IEnumerable<AuditTarget> Collapse(List<AuditTarget> audited)
    {
        var withKeys = audited.Select(t => t with { EntityId = t.EntityId ?? KeyOf(t.Entry) }).Distinct(AuditTarget.SameRecord).ToList();
        var wholes = withKeys.Where(t => t.Action != "update").Select(t => (t.EntityType, t.EntityId)).ToHashSet();
        return withKeys.Where(t => t.Action != "update" || !wholes.Contains((t.EntityType, t.EntityId)));
    }

    public static readonly IEqualityComparer<AuditTarget> SameRecord = new RecordComparer();

    private sealed class RecordComparer : IEqualityComparer<AuditTarget>
    {
        public bool Equals(AuditTarget? x, AuditTarget? y) =>
            x is not null && y is not null && x.EntityType == y.EntityType && x.EntityId == y.EntityId && x.Action == y.Action;

        public int GetHashCode(AuditTarget obj) => HashCode.Combine(obj.EntityType, obj.EntityId, obj.Action);
    }
}
