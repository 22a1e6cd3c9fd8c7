using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Indices;

namespace Loa.UnitTests.Indices;

/// <summary>Who reads and who records index results: a commune's own and the province's, case by case.</summary>
public sealed class IndexAccessTests
{
    private const int Commune = 7;

    private static TenantScope Scope(UserRole role, int? commune = Commune) => new() { Role = role, ProvinceId = 1, CommuneId = commune };

    public static TheoryData<string, UserRole, int?, int?, bool, bool> Cases() => new()
    {
        { "the coordinator, the commune's results", UserRole.Coordinator, Commune, Commune, true, true },
        { "the leader, the commune's results", UserRole.Leader, Commune, Commune, true, true },
        { "a unit officer, the commune's results", UserRole.UnitOfficer, Commune, Commune, true, false },
        { "the coordinator, the province's results", UserRole.Coordinator, Commune, null, true, false },
        { "the coordinator, another commune's results", UserRole.Coordinator, Commune, Commune + 1, false, false },
        { "the province officer, the province's results", UserRole.ProvinceOfficer, null, null, true, true },
        { "the province officer, a commune's results", UserRole.ProvinceOfficer, null, Commune, true, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reading_and_recording(string who, UserRole role, int? ownCommune, int? results, bool reads, bool records)
    {
        var scope = Scope(role, ownCommune);
        Assert.True(reads == IndexAccess.MayRead(scope, results), $"{who}: read");
        Assert.True(records == IndexAccess.MayEdit(scope, results), $"{who}: record");
    }
}
