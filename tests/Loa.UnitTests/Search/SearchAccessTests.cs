using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Search;

namespace Loa.UnitTests.Search;

/// <summary>What each role's staff search covers: the pages the role may open, no more.</summary>
public sealed class SearchAccessTests
{
    private static TenantScope Scope(UserRole role, int? unit = null) =>
        new() { Role = role, ProvinceId = 1, CommuneId = role == UserRole.ProvinceOfficer ? null : 10, UnitId = unit };

    [Fact]
    public void Coordinator_and_leader_search_everything_of_their_commune()
    {
        Assert.Equal(Enum.GetValues<SearchKind>(), SearchAccess.Kinds(Scope(UserRole.Coordinator)));
        Assert.Equal(Enum.GetValues<SearchKind>(), SearchAccess.Kinds(Scope(UserRole.Leader)));
    }

    [Fact]
    public void A_unit_officer_has_no_news_and_only_their_units_feedback_and_reports()
    {
        var officer = Scope(UserRole.UnitOfficer, unit: 5);
        Assert.DoesNotContain(SearchKind.Article, SearchAccess.Kinds(officer));
        Assert.True(SearchAccess.SeesFeedback(officer, 5));
        Assert.False(SearchAccess.SeesFeedback(officer, 6));
        Assert.False(SearchAccess.SeesFeedback(officer, null));
        Assert.False(SearchAccess.SeesFeedback(Scope(UserRole.UnitOfficer), null));
        Assert.True(SearchAccess.SeesUnitReport(officer, 5));
        Assert.False(SearchAccess.SeesUnitReport(officer, 6));
    }

    [Fact]
    public void A_province_officer_has_plans_tasks_activities_and_reports_but_no_feedback_nor_news()
    {
        var kinds = SearchAccess.Kinds(Scope(UserRole.ProvinceOfficer));
        Assert.Equal([SearchKind.Plan, SearchKind.Task, SearchKind.Activity, SearchKind.Report], kinds);
        Assert.False(SearchAccess.SeesFeedback(Scope(UserRole.ProvinceOfficer), 5));
    }

    [Fact]
    public void Nobody_else_searches_anything()
    {
        Assert.Empty(SearchAccess.Kinds(TenantScope.Nobody));
        Assert.Empty(SearchAccess.Kinds(Scope(UserRole.SystemAdmin)));
    }

    [Theory]
    [InlineData(SearchKind.Plan)]
    [InlineData(SearchKind.Feedback)]
    [InlineData(SearchKind.Article)]
    public void Kind_codes_go_there_and_back(SearchKind kind) => Assert.Equal(kind, SearchKindText.FromCode(kind.Code()));

    [Fact]
    public void An_unknown_code_is_no_kind() => Assert.Null(SearchKindText.FromCode("khac"));
}
