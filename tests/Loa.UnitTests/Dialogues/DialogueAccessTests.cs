using Loa.Dialogues;
using Loa.Domain.Accounts;

namespace Loa.UnitTests.Dialogues;

/// <summary>Who reads dialogues, who sees the askers' details, who prepares and who approves.</summary>
public sealed class DialogueAccessTests
{
    [Theory]
    [InlineData(UserRole.Coordinator, true, true, true, false)]
    [InlineData(UserRole.Leader, true, true, false, true)]
    [InlineData(UserRole.UnitOfficer, true, false, false, false)]
    [InlineData(UserRole.ProvinceOfficer, false, false, false, false)]
    [InlineData(UserRole.SystemAdmin, false, false, false, false)]
    public void Each_role_reads_sees_details_prepares_or_approves_as_the_roles_say(UserRole role, bool see, bool personal, bool prepare, bool approve) =>
        Assert.Equal(
            (see, personal, prepare, approve),
            (DialogueAccess.MaySee(role), DialogueAccess.MaySeePersonalDetails(role), DialogueAccess.MayPrepare(role), DialogueAccess.MayApprove(role)));

    [Fact]
    public void Nobody_signed_out_may_do_anything() =>
        Assert.False(DialogueAccess.MaySee(null) || DialogueAccess.MaySeePersonalDetails(null)
            || DialogueAccess.MayPrepare(null) || DialogueAccess.MayApprove(null));
}
