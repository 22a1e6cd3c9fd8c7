using System.Net.Mail;
using Loa.Text;
using Microsoft.AspNetCore.Identity;

namespace Loa.Domain.Accounts;

/// <summary>
/// The review of a sheet of accounts for one commune (decision record 30): each row as it will be created — role, unit — or
/// why it is refused. Nothing is created here; the page creates the accepted rows in one transaction once confirmed.
/// </summary>
public static class AccountBulk
{
    /// <summary>Reviews the rows for <paramref name="commune"/>; <paramref name="takenUserNames"/> are the upper-case names already in use.</summary>
    public static IReadOnlyList<AccountBulkRow> Review(
        IReadOnlyList<AccountSheetRow> rows,
        AccountHolder manager,
        int provinceId,
        int communeId,
        IReadOnlyList<(int Id, string Name)> units,
        ISet<string> takenUserNames)
    {
        var allowed = new UserOptions().AllowedUserNameCharacters;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<AccountBulkRow>();
        foreach (var row in rows)
        {
            var problems = new List<string>();
            var fullName = VietnameseText.Nfc(row.FullName.Trim());
            var userName = row.UserName.Trim();
            if (fullName.Length == 0)
            {
                problems.Add("Thiếu họ và tên.");
            }
            else if (fullName.Length > 200)
            {
                problems.Add("Họ tên dài quá 200 ký tự.");
            }

            if (userName.Length == 0 || userName.Length > AdministratorAccounts.MaxUserNameLength || !userName.All(allowed.Contains))
            {
                problems.Add($"Tên đăng nhập chỉ gồm chữ không dấu, số và các dấu . _ - @, dài tối đa {AdministratorAccounts.MaxUserNameLength} ký tự.");
            }
            else if (takenUserNames.Contains(userName.ToUpperInvariant()))
            {
                problems.Add($"Tên đăng nhập \"{userName}\" đã có người dùng.");
            }
            else if (!seen.Add(userName.ToUpperInvariant()))
            {
                problems.Add($"Tên đăng nhập \"{userName}\" lặp lại ở dòng trên.");
            }

            var email = row.Email.Trim();
            if (email.Length > 0 && (!MailAddress.TryCreate(email, out var address) || address.Address != email || email.Length > 256))
            {
                problems.Add($"Địa chỉ thư điện tử \"{email}\" không hợp lệ.");
            }

            var phone = row.Phone.Trim();
            string? normalisedPhone = null;
            if (phone.Length > 0 && (normalisedPhone = PhoneNumbers.Normalise(phone)) is null)
            {
                problems.Add($"Số điện thoại \"{phone}\" không hợp lệ.");
            }

            var role = RoleOf(row.Role);
            if (role is null)
            {
                problems.Add($"Vai trò \"{row.Role}\" không rõ: ghi \"Cán bộ đơn vị\", \"Cán bộ đầu mối\" hoặc \"Lãnh đạo\".");
            }

            int? unitId = null;
            var unitName = row.Unit.Trim();
            if (unitName.Length > 0)
            {
                var folded = VietnameseText.FoldWords(unitName);
                var unit = units.Where(u => VietnameseText.FoldWords(u.Name) == folded).Select(u => ((int Id, string Name)?)u).FirstOrDefault();
                if (unit is null)
                {
                    problems.Add($"Xã, phường không có đơn vị \"{unitName}\".");
                }
                else
                {
                    (unitId, unitName) = unit.Value;
                }
            }

            if (role is { } r && problems.Count == 0)
            {
                var placed = AccountAdministration.Place(manager, r, provinceId, communeId, provinceId, unitId, id => units.Any(u => u.Id == id));
                problems.AddRange(placed.Problems.Select(p => p.Message));
                unitId = placed.UnitId;
            }

            result.Add(new AccountBulkRow(
                row.Line, fullName, userName, email.Length == 0 ? null : email, normalisedPhone, role, unitId, unitId is null ? null : unitName, problems));
        }

        return result;
    }

    /// <summary>The role a cell names, by its folded words; an empty cell is a unit officer.</summary>
    public static UserRole? RoleOf(string? text)
    {
        var folded = VietnameseText.FoldWords(text);
        return folded.Length == 0 || folded.Contains("don vi", StringComparison.Ordinal) ? UserRole.UnitOfficer
            : folded.Contains("dau moi", StringComparison.Ordinal) ? UserRole.Coordinator
            : folded.Contains("lanh dao", StringComparison.Ordinal) || folded.Contains("chu tich", StringComparison.Ordinal) ? UserRole.Leader
            : null;
    }
}

/// <summary>A reviewed row: what will be created, or the reasons it will not.</summary>
public sealed record AccountBulkRow(
    int Line, string FullName, string UserName, string? Email, string? Phone, UserRole? Role, int? UnitId, string? UnitName, IReadOnlyList<string> Problems)
{
    public bool Accepted => Problems.Count == 0;
}
