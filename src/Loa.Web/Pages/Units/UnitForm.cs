using System.ComponentModel.DataAnnotations;
using Loa.Units;

namespace Loa.Web.Pages.Units;

/// <summary>The fields of a unit, shared by the create and edit pages.</summary>
public sealed class UnitForm
{
    public int Version { get; set; }

    [Required(ErrorMessage = "Hãy nhập tên đơn vị.")]
    [StringLength(300, ErrorMessage = "Tên đơn vị dài quá 300 ký tự.")]
    public string Name { get; set; } = "";

    public UnitKind Kind { get; set; } = UnitKind.Office;

    public bool IsCoordinator { get; set; }

    public bool IsArchived { get; set; }

    public static UnitForm From(Unit unit) => new()
    {
        Version = unit.Version,
        Name = unit.Name,
        Kind = unit.Kind,
        IsCoordinator = unit.IsCoordinator,
        IsArchived = unit.IsArchived,
    };

    public void ApplyTo(Unit unit)
    {
        unit.Name = Name.Trim();
        unit.Kind = Enum.IsDefined(Kind) ? Kind : UnitKind.Other;
        unit.IsCoordinator = IsCoordinator;
        unit.IsArchived = IsArchived;
    }
}
