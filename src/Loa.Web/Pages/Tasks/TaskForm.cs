using System.ComponentModel.DataAnnotations;
using Loa.Plans;
using Loa.Plans.Parsing;
using Loa.Units;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Loa.Web.Pages.Tasks;

/// <summary>The fields of a key task, shared by the create and edit pages.</summary>
public sealed class TaskForm
{
    public int Version { get; set; }

    [StringLength(20, ErrorMessage = "Số thứ tự quá dài.")]
    public string? Label { get; set; }

    [Required(ErrorMessage = "Hãy ghi nội dung nhiệm vụ.")]
    [StringLength(2000, ErrorMessage = "Nội dung nhiệm vụ dài quá 2000 ký tự.")]
    public string Name { get; set; } = "";

    public int? ParentId { get; set; }

    public int Position { get; set; }

    public List<int> LeadUnitIds { get; set; } = [];

    [StringLength(600, ErrorMessage = "Danh sách chủ trì khác dài quá 600 ký tự.")]
    public string? OtherLeads { get; set; }

    public List<int> PartnerUnitIds { get; set; } = [];

    [StringLength(600, ErrorMessage = "Danh sách phối hợp khác dài quá 600 ký tự.")]
    public string? OtherPartners { get; set; }

    [StringLength(300, ErrorMessage = "Thời gian thực hiện dài quá 300 ký tự.")]
    public string? Timeframe { get; set; }

    [StringLength(200, ErrorMessage = "Số lượng dài quá 200 ký tự.")]
    public string? Quantity { get; set; }

    [StringLength(2000, ErrorMessage = "Sản phẩm dài quá 2000 ký tự.")]
    public string? Products { get; set; }

    /// <summary>The indices the task aims to improve (PAR INDEX, SIPAS …).</summary>
    public List<Loa.Indices.IndexKind> Indices { get; set; } = [];

    public static TaskForm From(KeyTask task) => new()
    {
        Version = task.Version,
        Label = task.Label,
        Name = task.Name,
        ParentId = task.ParentId,
        Position = (task.Order + 1) * 10,
        LeadUnitIds = task.Leads.Select(u => u.UnitId).OfType<int>().ToList(),
        OtherLeads = string.Join("; ", task.Leads.Where(u => u.UnitId is null).Select(u => u.Name)),
        PartnerUnitIds = task.Partners.Select(u => u.UnitId).OfType<int>().ToList(),
        OtherPartners = string.Join("; ", task.Partners.Where(u => u.UnitId is null).Select(u => u.Name)),
        Timeframe = task.Timeframe,
        Quantity = task.QuantityText,
        Products = task.Products,
        Indices = Loa.Indices.IndexKindText.All.Where(k => task.Indices.HasFlag(k)).ToList(),
    };

    /// <summary>
    /// Checks what annotations cannot: the units are the commune's own, a lead is named, the parent is a main task of this
    /// plan, the quantity starts with a number.
    /// </summary>
    public void Validate(ModelStateDictionary state, IReadOnlyCollection<Unit> units, IReadOnlyCollection<KeyTask> mainTasks, int? selfId)
    {
        var own = units.Select(u => u.Id).ToHashSet();
        if (LeadUnitIds.Concat(PartnerUnitIds).Any(id => !own.Contains(id)))
        {
            state.AddModelError(string.Empty, "Có đơn vị được chọn không thuộc xã, phường của bạn.");
        }

        if (LeadUnitIds.Count == 0 && string.IsNullOrWhiteSpace(OtherLeads))
        {
            state.AddModelError("Task.LeadUnitIds", "Hãy chọn ít nhất một cơ quan chủ trì.");
        }

        if (ParentId is { } parent && (parent == selfId || mainTasks.All(t => t.Id != parent)))
        {
            state.AddModelError("Task.ParentId", "Nhiệm vụ cha không hợp lệ.");
        }

        if (QuantityText.Problem(Quantity) is { } quantity)
        {
            state.AddModelError("Task.Quantity", quantity);
        }
    }

    public void ApplyTo(KeyTask task, IReadOnlyCollection<Unit> units, UnitMatcher matcher)
    {
        task.Label = string.IsNullOrWhiteSpace(Label) ? null : Label.Trim();
        task.Name = Name.Trim();
        task.ParentId = ParentId;
        task.Timeframe = string.IsNullOrWhiteSpace(Timeframe) ? null : Timeframe.Trim();
        var quantity = string.IsNullOrWhiteSpace(Quantity) ? null : QuantityText.Parse(Quantity.Trim());
        task.QuantityText = string.IsNullOrWhiteSpace(Quantity) ? null : Quantity.Trim();
        task.QuantityValue = quantity?.Value;
        task.QuantityUnit = quantity?.Unit;
        task.Products = string.IsNullOrWhiteSpace(Products) ? null : Products.Trim();
        task.Indices = Indices.Where(k => Loa.Indices.IndexKindText.All.Contains(k)).Aggregate(Loa.Indices.IndexKind.None, (all, k) => all | k);

        TaskUnitSelection.Apply(task, Choices(LeadUnitIds, OtherLeads, units), Choices(PartnerUnitIds, OtherPartners, units), matcher);
    }

    private static List<TaskUnitSelection.Choice> Choices(List<int> ids, string? others, IReadOnlyCollection<Unit> units) =>
        ids.Distinct().Select(id => new TaskUnitSelection.Choice(id, units.First(u => u.Id == id).Name))
            .Concat((others ?? "").Split(';').Select(n => n.Trim()).Where(n => n.Length > 0).Select(n => new TaskUnitSelection.Choice(null, n)))
            .ToList();
}
