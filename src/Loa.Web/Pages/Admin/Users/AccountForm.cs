using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Admin.Users;

/// <summary>Where an account belongs: a province (province officer), a commune (its staff) or nowhere (administrator); checked against the official codes.</summary>
public sealed class AccountPlace
{
    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ tên dài quá 200 ký tự.")]
    public string FullName { get; set; } = "";

    public UserRole Role { get; set; } = UserRole.UnitOfficer;

    /// <summary>Five-digit commune code, or two-digit province code for a province officer.</summary>
    [StringLength(5, ErrorMessage = "Mã nơi làm việc có tối đa 5 chữ số.")]
    public string? PlaceCode { get; set; }

    public int? UnitId { get; set; }

    /// <summary>Where reminders and password-reset links go; optional.</summary>
    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    [StringLength(256, ErrorMessage = "Địa chỉ thư điện tử quá dài.")]
    public string? Email { get; set; }

    /// <summary>The address as stored: trimmed, null when empty.</summary>
    public string? EmailOrNull => string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();

    /// <summary>Resolves the place; adds a Vietnamese error when it does not fit the role.</summary>
    public async Task<(int? ProvinceId, int? CommuneId)> ResolveAsync(LoaDbContext db, ModelStateDictionary state, string prefix)
    {
        var code = PlaceCode?.Trim();
        switch (Role)
        {
            case UserRole.SystemAdmin:
                return (null, null);
            case UserRole.ProvinceOfficer:
                var province = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code);
                if (province is null)
                {
                    state.AddModelError($"{prefix}.PlaceCode", "Cán bộ tỉnh cần mã tỉnh 2 chữ số (ví dụ 75 là Đồng Nai).");
                }

                return (province?.Id, null);
            case UserRole.Leader or UserRole.Coordinator or UserRole.UnitOfficer:
                var commune = await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code);
                if (commune is null)
                {
                    state.AddModelError($"{prefix}.PlaceCode", "Cán bộ xã, phường cần mã xã 5 chữ số theo danh mục hành chính.");
                    return (null, null);
                }

                if (UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId && u.CommuneId == commune.Id))
                {
                    state.AddModelError($"{prefix}.UnitId", "Đơn vị không thuộc xã, phường đã chọn.");
                }

                return (commune.ProvinceId, commune.Id);
            default:
                state.AddModelError($"{prefix}.Role", "Vai trò không hợp lệ.");
                return (null, null);
        }
    }
}
