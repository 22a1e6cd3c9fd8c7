using Loa.Dashboards;

namespace Loa.UnitTests.Dashboards;

/// <summary>The first-run checklist: each step done from its own fact only, each linking to where it is done.</summary>
public sealed class FirstRunChecklistTests
{
    private static readonly FirstRunFacts Nothing = new(false, 0, 0, null, false, false, false);

    [Fact]
    public void A_new_commune_has_seven_steps_to_do_in_order()
    {
        var steps = FirstRunChecklist.Steps(Nothing);
        Assert.Equal(["profile", "units", "accounts", "plan", "issued", "article", "activity"], steps.Select(s => s.Key));
        Assert.All(steps, s => Assert.False(s.Done));
        Assert.Equal("/plans", steps.Single(s => s.Key == "issued").Link);
    }

    [Theory]
    [InlineData("profile")]
    [InlineData("units")]
    [InlineData("accounts")]
    [InlineData("plan")]
    [InlineData("issued")]
    [InlineData("article")]
    [InlineData("activity")]
    public void Each_fact_ticks_its_own_step_only(string key)
    {
        var facts = key switch
        {
            "profile" => Nothing with { ProfileFilled = true },
            "units" => Nothing with { Units = 2 },
            "accounts" => Nothing with { UnitAccounts = 1 },
            "plan" => Nothing with { PlanId = 5 },
            "issued" => Nothing with { PlanIssued = true },
            "article" => Nothing with { ArticlePublished = true },
            _ => Nothing with { ActivityRecorded = true },
        };

        var steps = FirstRunChecklist.Steps(facts);
        Assert.Equal([key], steps.Where(s => s.Done).Select(s => s.Key));
    }

    [Fact]
    public void Once_a_plan_exists_the_issue_step_opens_that_plan()
    {
        var steps = FirstRunChecklist.Steps(Nothing with { PlanId = 42 });
        Assert.Equal("/plans/details/42", steps.Single(s => s.Key == "issued").Link);
        Assert.All(steps, s => Assert.StartsWith("/", s.Link, StringComparison.Ordinal));
    }
}
