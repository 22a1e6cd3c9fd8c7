using Loa.Plans;

namespace Loa.Dialogues;

/// <summary>What the minutes (biên bản) of a dialogue or conference say, as written into the .docx.</summary>
public sealed record DialogueMinutes
{
    /// <summary>The commune as issuer: kind ("phường") and locality ("Phước Tân").</summary>
    public required PlanIssuer Issuer { get; init; }

    public required DialogueKind Kind { get; init; }

    public required string Subject { get; init; }

    /// <summary>When it took place, in Vietnam time.</summary>
    public required DateTime StartsAtLocal { get; init; }

    public string? Place { get; init; }

    public string? OnlineLink { get; init; }

    public required string ChairName { get; init; }

    /// <summary>Who recorded the minutes (the secretary), as printed under the left signature.</summary>
    public string? RecorderName { get; init; }

    public int? Attendance { get; init; }

    public int? CitizenAttendance { get; init; }

    public int? BusinessAttendance { get; init; }

    public int QuestionCount { get; init; }

    public int PhotoCount { get; init; }

    /// <summary>The topics in order, each with who answered and the answer given.</summary>
    public IReadOnlyList<MinutesAnswer> Answers { get; init; } = [];

    public string? Conclusion { get; init; }

    /// <summary>Approved by the leader: without it the document says it is a draft.</summary>
    public bool IsApproved { get; init; }

    /// <summary>From a dialogue, with the commune's kind and locality, the recorder's name and its groups in order.</summary>
    public static DialogueMinutes Of(
        Dialogue dialogue, string communeKind, string locality, string? recorderName, IReadOnlyDictionary<int, string> unitNames) => new()
        {
            Issuer = new PlanIssuer { Kind = communeKind, Locality = locality },
            Kind = dialogue.Kind,
            Subject = dialogue.Subject,
            StartsAtLocal = Domain.VietnamTime.Local(dialogue.StartsAt),
            Place = dialogue.Place,
            OnlineLink = dialogue.OnlineLink,
            ChairName = dialogue.ChairName,
            RecorderName = recorderName,
            Attendance = dialogue.Attendance,
            CitizenAttendance = dialogue.CitizenAttendance,
            BusinessAttendance = dialogue.BusinessAttendance,
            QuestionCount = dialogue.Questions.Count,
            PhotoCount = dialogue.Photos.Count,
            Answers = dialogue.Groups.OrderBy(g => g.Order).ThenBy(g => g.Id)
            .Select(g => new MinutesAnswer(
                g.Title,
                Answerer(g, unitNames),
                g.Answer,
                dialogue.Questions.Count(q => q.GroupId == g.Id)))
            .ToList(),
            Conclusion = dialogue.Conclusion,
            IsApproved = dialogue.Status is DialogueStatus.MinutesApproved or DialogueStatus.Published,
        };

    /// <summary>"Ông Trần Văn B (Phòng Kinh tế)", the person, the unit, or null.</summary>
    public static string? Answerer(DialogueQuestionGroup group, IReadOnlyDictionary<int, string> unitNames)
    {
        var unit = group.AnswerUnitId is { } id && unitNames.TryGetValue(id, out var name) ? name : null;
        return (group.AnswerPerson, unit) switch
        {
            ({ Length: > 0 } person, { } u) => $"{person} ({u})",
            ({ Length: > 0 } person, null) => person,
            (_, { } u) => u,
            _ => null,
        };
    }
}

/// <summary>One topic of the minutes: its title, who answered, the answer, and how many questions it gathers.</summary>
public sealed record MinutesAnswer(string Topic, string? Answerer, string? Answer, int Questions);
