using Loa.Domain.Accounts;

namespace Loa.Dialogues;

/// <summary>
/// Who sees what of a commune's dialogues: its leader, coordinator and unit officers read them (the tenant filter keeps them to
/// their commune); only the coordinator and the leader see the askers' personal details; the coordinator prepares (schedules,
/// announces, groups and answers questions, records the minutes), the leader approves the minutes.
/// </summary>
public static class DialogueAccess
{
    public static bool MaySee(UserRole? role) => role is UserRole.Leader or UserRole.Coordinator or UserRole.UnitOfficer;

    /// <summary>Names, addresses, phones and e-mails of askers: the coordinator and the leader, never a unit officer.</summary>
    public static bool MaySeePersonalDetails(UserRole? role) => role is UserRole.Leader or UserRole.Coordinator;

    /// <summary>Schedules and prepares dialogues: the coordinator.</summary>
    public static bool MayPrepare(UserRole? role) => role == UserRole.Coordinator;

    /// <summary>Approves the minutes: the leader.</summary>
    public static bool MayApprove(UserRole? role) => role == UserRole.Leader;
}
