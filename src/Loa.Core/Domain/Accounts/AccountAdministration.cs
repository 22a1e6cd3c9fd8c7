using System.Security.Cryptography;

namespace Loa.Domain.Accounts;

/// <summary>
/// What an account's place must be for its role (decision record 30): an administrator and a national officer belong nowhere, a province officer to
/// a province, commune staff to a commune; a unit officer to one of the commune's units, chosen in the same step as the
/// account — an account of a unit officer without a unit would see the whole commune's work.
/// </summary>
public static class AccountAdministration
{
    public const string NoProvince = "Hãy chọn tỉnh, thành phố.";

    public const string NoCommune = "Hãy chọn xã, phường.";

    public const string NoUnit = "Hãy chọn đơn vị của cán bộ đơn vị: tài khoản chưa có đơn vị sẽ thấy công việc của cả xã.";

    public const string UnitElsewhere = "Đơn vị đã chọn không thuộc xã, phường này hoặc đã ngừng sử dụng.";

    public const string RoleRefused = "Bạn không được tạo hoặc giao tài khoản với vai trò này ở nơi này.";

    /// <summary>
    /// The place the account gets, or why not. <paramref name="unitOfCommune"/> tells whether a unit id is an active unit
    /// of the commune. Returns the problems as (field, message); the place is meaningful only when there are none.
    /// </summary>
    public static (AccountHolder Place, int? UnitId, IReadOnlyList<(string Field, string Message)> Problems) Place(
        AccountHolder manager,
        UserRole role,
        int? provinceId,
        int? communeId,
        int? communeProvinceId,
        int? unitId,
        Func<int, bool> unitOfCommune)
    {
        var problems = new List<(string, string)>();
        AccountHolder place;
        switch (role)
        {
            case UserRole.SystemAdmin or UserRole.NationalOfficer:
                place = new AccountHolder(null, role, null, null);
                unitId = null;
                break;
            case UserRole.ProvinceOfficer:
                if (provinceId is null)
                {
                    problems.Add(("ProvinceId", NoProvince));
                }

                place = new AccountHolder(null, role, provinceId, null);
                unitId = null;
                break;
            case UserRole.Leader or UserRole.Coordinator or UserRole.UnitOfficer:
                if (communeId is null || communeProvinceId is null)
                {
                    problems.Add(("CommuneId", NoCommune));
                }

                place = new AccountHolder(null, role, communeProvinceId, communeId);
                if (role == UserRole.Leader)
                {
                    unitId = null;
                }
                else if (unitId is { } unit && (communeId is null || !unitOfCommune(unit)))
                {
                    problems.Add(("UnitId", UnitElsewhere));
                }
                else if (unitId is null && role == UserRole.UnitOfficer && communeId is not null)
                {
                    problems.Add(("UnitId", NoUnit));
                }

                break;
            default:
                return (new AccountHolder(null, role, null, null), null, [("Role", "Vai trò không hợp lệ.")]);
        }

        if (problems.Count == 0 && !AdminAccess.MayPlace(manager, place))
        {
            problems.Add(("Role", RoleRefused));
        }

        return (place, unitId, problems);
    }

    /// <summary>
    /// A first password for an account made in bulk: 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I),
    /// in four groups, random from the operating system's generator. It is temporary: the owner must change it at once.
    /// </summary>
    public static string TemporaryPassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY23456789";
        var chars = new char[19];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 5 == 4 ? '-' : alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return new string(chars);
    }
}
