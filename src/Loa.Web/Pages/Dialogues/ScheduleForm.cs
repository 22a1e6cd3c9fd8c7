namespace Loa.Web.Pages.Dialogues;

/// <summary>What the schedule fields show: the values, the leaders who may chair and the tasks it may serve.</summary>
public sealed record ScheduleForm(Loa.Dialogues.DialogueSchedule Input, IReadOnlyList<(string Id, string Name)> Leaders, IReadOnlyList<TaskChoice> Tasks);
