using System.Globalization;
using Loa.Data;
using Loa.Documents;
using Loa.Domain;
using Loa.Surveys;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Surveys;

/// <summary>
/// Every sent response of a survey as an .xlsx table: one row per response, one column per question (contests: name,
/// phone, score, time first).
/// </summary>
[Authorize(Policy = Policies.UnitManager)]
public sealed class ExportModel(LoaDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await SurveyAccess.FindAsync(db, id, tracked: false) is not { } survey)
        {
            return await this.NotFoundAuditedAsync<Survey>(db, id);
        }

        var figures = await SurveyFigures.LoadAsync(db, survey);
        var ranks = figures.Ranking.ToDictionary(r => r.Response.Id, r => r.Rank);
        var headers = new List<string> { "STT", "Gửi lúc" };
        var widths = new List<double> { 6, 18 };
        if (survey.IsContest)
        {
            headers.AddRange(["Họ và tên", "Số điện thoại", "Điểm", "Thời gian làm bài (giây)", "Hạng"]);
            widths.AddRange([24, 14, 8, 12, 8]);
        }

        headers.AddRange(survey.Questions.Select((q, i) => $"Câu {i + 1}. {q.Text}"));
        widths.AddRange(survey.Questions.Select(q => q.Kind == QuestionKind.Text ? 40d : 24d));
        var rows = figures.Responses.Select((r, index) =>
        {
            var row = new List<object?>
            {
                index + 1,
                VietnamTime.Local(r.SubmittedAt!.Value).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
            };
            if (survey.IsContest)
            {
                row.AddRange(
                    [r.Name ?? "", r.Phone ?? "", r.OverTime ? "Quá giờ" : r.Score ?? 0, r.DurationSeconds ?? 0, ranks.TryGetValue(r.Id, out var rank) ? rank : ""]);
            }

            var answers = r.Answers.ToDictionary(a => a.QuestionId);
            row.AddRange(survey.Questions.Select(q => (object?)(answers.TryGetValue(q.Id, out var a) ? Text(q, a) : "")));
            return (IReadOnlyList<object?>)row;
        });
        var bytes = XlsxTable.Create(survey.IsContest ? "Bài thi" : "Câu trả lời", headers, rows, widths);
        Response.Headers.CacheControl = "no-store";
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{(survey.IsContest ? "cuoc-thi" : "khao-sat")}-{survey.Id}.xlsx");
    }

    /// <summary>What a cell shows of an answer: the options chosen, "4 – Hài lòng", or the text.</summary>
    public static string Text(SurveyQuestion question, SurveyAnswer answer) => question.Kind switch
    {
        QuestionKind.PickOne or QuestionKind.PickMany => string.Join("; ", question.Options.Where((_, i) => AnswerMask.Has(answer.Mask, i))),
        QuestionKind.Scale => answer.Value is { } v ? (question.Options.Count >= v ? $"{v} – {question.Options[v - 1]}" : v.ToString(CultureInfo.InvariantCulture)) : "",
        _ => answer.Text ?? "",
    };
}
