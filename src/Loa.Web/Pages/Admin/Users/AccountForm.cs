using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Admin.Users;

/// <summary>
/// Who an account's owner is and where they work: the province, commune and unit are chosen from lists (never typed codes),
/// and checked against the manager's reach by <see cref="AccountAdministration"/> and <see cref="AdminAccess"/>.
/// </summary>
public sealed class AccountPlace
{
    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ tên dài quá 200 ký tự.")]
    public string FullName { get; set; } = "";

    public UserRole Role { get; set; } = UserRole.UnitOfficer;

    public int? ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int? UnitId { get; set; }

    /// <summary>Where reminders and password-reset links go; optional.</summary>
    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    [StringLength(256, ErrorMessage = "Địa chỉ thư điện tử quá dài.")]
    public string? Email { get; set; }

    [StringLength(20, ErrorMessage = "Số điện thoại quá dài.")]
    public string? Phone { get; set; }

    /// <summary>The address as stored: trimmed, null when empty.</summary>
    public string? EmailOrNull => string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();

    /// <summary>
    /// Resolves the place for <paramref name="manager"/>; adds a Vietnamese error beside the field that is wrong. A province
    /// officer's and a coordinator's own province and commune are taken from their account, whatever the form says.
    /// </summary>
    public async Task<(AccountHolder Place, int? UnitId, string? Phone)> ResolveAsync(
        LoaDbContext db, AccountHolder manager, ModelStateDictionary state, string prefix)
    {
        ProvinceId = AdminAccess.ProvinceOf(manager) ?? ProvinceId;
        CommuneId = AdminAccess.CommuneOf(manager) ?? CommuneId;
        var commune = CommuneId is { } c ? await db.Communes.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c) : null;
        if (commune is not null && ProvinceId is { } p && commune.ProvinceId != p)
        {
            commune = null;
        }

        var province = ProvinceId is { } pid && await db.Provinces.AsNoTracking().AnyAsync(x => x.Id == pid) ? ProvinceId : null;
        var units = commune is null ? [] : await db.Units.AsNoTracking()
            .Where(u => u.CommuneId == commune.Id && !u.IsArchived).Select(u => u.Id).ToListAsync();
        var (place, unitId, problems) = AccountAdministration.Place(
            manager, Role, province, commune?.Id, commune?.ProvinceId, UnitId, units.Contains);
        foreach (var (field, message) in problems)
        {
            state.AddModelError($"{prefix}.{field}", message);
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(Phone) && (phone = PhoneNumbers.Normalise(Phone)) is null)
        {
            state.AddModelError($"{prefix}.{nameof(Phone)}", "Số điện thoại không hợp lệ (ví dụ 0912345678).");
        }

        return (place, unitId, phone);
    }
}
