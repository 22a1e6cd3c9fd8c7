using System.Globalization;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.RegularExpressions;
using Loa.Articles;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Loa.Surveys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Security;

/// <summary>
/// Every registered page with every one of its handlers, and junk for every value they bind: the fields of their bound
/// properties and the parameters of their handlers, found from the compiled pages (not from what a form shows), so that
/// a page added tomorrow is walked too. The addresses point at the commune's own objects, so that junk gets past the
/// look-ups and reaches the code that saves.
/// </summary>
public static partial class JunkWalk
{
    /// <summary>What a bound value is, for choosing its junk.</summary>
    public enum Kind
    {
        Text,
        WholeNumber,
        Fraction,
        Date,
        Time,
        Boolean,
        Enum,
        Identifier,
        File,
    }

    /// <summary>One form field a handler binds ("Input.Title", "Activity.Files", "unit").</summary>
    public sealed record Field(string Name, Kind Kind, bool Many, bool IsParameter);

    /// <summary>One handler of a page: its verb, its name ("" for OnPost), and what it binds; not declared when the walk made it up.</summary>
    public sealed record Handler(string Verb, string Name, IReadOnlyList<Field> Fields, bool Declared = true);

    public sealed record Target(string Route, string Url, IReadOnlyList<Handler> Handlers);

    /// <summary>A way of filling every field: NUL bytes and bidi controls, huge values, ids of nothing, blanks.</summary>
    public sealed record Round(string Name, bool FillParameters, Func<Kind, string> Value);

    /// <summary>A NUL byte, a bell, the right-to-left override and the other bidi controls, inside Vietnamese text.</summary>
    public const string Hostile = "Bị\0 ghi\u0007 đè \u202Egnp.exe\u202C \u2066x\u2069\u200F";

    public static readonly IReadOnlyList<Round> Rounds =
    [
        new("nul", false, kind => kind switch
        {
            Kind.Text => Hostile,
            Kind.WholeNumber => "nhiều",
            Kind.Fraction => "1,5,5",
            Kind.Date => "2026-02-30",
            Kind.Time => "25:61",
            Kind.Boolean => "có",
            Kind.Enum => "KhongCo",
            Kind.Identifier => "không-phải-guid",
            _ => Hostile,
        }),
        new("huge", false, kind => kind switch
        {
            Kind.Text => string.Concat(Enumerable.Repeat("Cải cách hành chính ", 3000)) + "\0",
            Kind.WholeNumber => "99999999999999999999999",
            Kind.Fraction => "1e999",
            Kind.Date => "9999-12-31",
            Kind.Time => "23:59:59.9999999",
            Kind.Enum => "2147483648",
            _ => "\u0663\u0665", // Arabic-Indic digits: what a regex's \d accepts and int.Parse does not
        }),
        new("nothing", true, kind => kind switch
        {
            Kind.Text => "\u202Egpj.exe\u2067",
            Kind.WholeNumber => "987654321",
            Kind.Fraction => "-987654321",
            Kind.Date => "0001-01-01",
            Kind.Time => "00:00",
            Kind.Boolean => "true",
            Kind.Enum => "-1",
            Kind.Identifier => Guid.Empty.ToString(),
            _ => "987654321",
        }),
        new("blank", true, _ => ""),
    ];

    /// <summary>Handlers that destroy what later requests of the walk need: they run after everything else.</summary>
    public static bool IsDestructive(string route, Handler handler) =>
        handler.Name.StartsWith("Delete", StringComparison.Ordinal) || route.StartsWith("account/logout", StringComparison.Ordinal);

    /// <summary>The scenario's own objects, by the first folder of the routes that name them.</summary>
    public sealed record Ids(
        Scenario Scenario, int IndexResult, int Feedback, int Article, int CommuneProcedure, int Survey, string SpareUser, string ProcedureCode);

    /// <summary>Gives the commune reports, an index result, feedback, an article, a procedure and a survey, and makes the public ones public.</summary>
    public static async Task<Ids> PrepareAsync(LoaAppFactory app, Scenario scenario)
    {
        await TenantWalk.AddReportsAsync(app, scenario);
        var spare = await Scenario.CreateAdminAsync(app);
        await using var db = app.SystemDb();
        var c = scenario.Commune.Id;
        var now = LoaAppFactory.Now.UtcDateTime;
        var article = await db.Articles.SingleAsync(x => x.CommuneId == c);
        (article.Status, article.PublishAt) = (ArticleStatus.Published, now.AddDays(-1));
        var survey = await db.Surveys.SingleAsync(x => x.CommuneId == c);
        (survey.Status, survey.OpensAt, survey.ClosesAt) = (SurveyStatus.Open, now.AddDays(-1), now.AddDays(30));
        var feedback = await db.Feedback.SingleAsync(x => x.CommuneId == c);
        (feedback.Status, feedback.PublishedAt, feedback.PublicSubject, feedback.PublicQuestion) = (FeedbackStatus.Published, now, "Câu hỏi", "Câu hỏi");
        await db.SaveChangesAsync();
        var index = await db.IndexResults.Where(x => x.CommuneId == c).Select(x => x.Id).SingleAsync();
        var procedure = await db.CommuneProcedures.Where(x => x.CommuneId == c).Select(x => new { x.Id, x.Procedure!.Code }).SingleAsync();
        return new Ids(scenario, index, feedback.Id, article.Id, procedure.Id, survey.Id, spare.Id, procedure.Code);
    }

    /// <summary>Every page route of the app (the error pages aside), pointed at the scenario's own objects, with its handlers.</summary>
    public static async Task<IReadOnlyList<Target>> TargetsAsync(LoaAppFactory app, Ids ids)
    {
        var s = ids.Scenario;
        var loader = app.Services.GetRequiredService<PageLoader>();
        var query = string.Join('&',
            $"planId={s.Plan.Id}", $"taskId={s.ClipsTask.Id}", $"parentId={s.ClipsTask.Id}", $"from={s.Plan.Id}",
            $"unit={s.ServiceCentre.Id}", $"plan={s.Plan.Id}",
            "period=q1", $"commune={s.Commune.Id}", $"id={ids.Survey}", "q=thu+tuc");
        var targets = new List<Target>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var raw = (endpoint.RoutePattern.RawText ?? "").Trim('/');
            if (raw.StartsWith("error", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var path = "/" + string.Join('/', raw.Split('/').Select(segment => Segment(segment, raw, ids)).Where(x => x.Length > 0));
            var properties = compiled.BoundProperties.OfType<PageBoundPropertyDescriptor>()
                .SelectMany(p => Fields(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0, isParameter: false)).ToList();
            var handlers = compiled.HandlerMethods
                .Select(h => new Handler(
                    h.HttpMethod.ToUpperInvariant(),
                    h.Name ?? "",
                    [.. properties, .. h.Parameters.SelectMany(p => Fields(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0, isParameter: true))]))
                .ToList();

            // A post without a handler name, and with one that names nothing, whatever the page declares.
            if (!handlers.Any(h => h.Verb == "POST" && h.Name.Length == 0))
            {
                handlers.Add(new Handler("POST", "", properties, Declared: false));
            }

            handlers.Add(new Handler("POST", "KhongCo", properties, Declared: false));
            targets.Add(new Target(raw.ToLowerInvariant(), $"{path}?{query}", handlers));
        }

        return targets;
    }

    /// <summary>The request of one handler in one round: its address and, for a post, its form with a valid token.</summary>
    public static HttpRequestMessage Request(Target target, Handler handler, Round round, string token)
    {
        var url = handler.Name.Length == 0 ? target.Url : $"{target.Url}&handler={handler.Name}";
        var fields = handler.Fields.Where(f => round.FillParameters || !f.IsParameter).ToList();
        if (handler.Verb != "POST")
        {
            var junk = string.Join('&', fields.Where(f => f.Kind != Kind.File)
                .Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(Shorter(round.Value(f.Kind)))}"));
            return new HttpRequestMessage(new HttpMethod(handler.Verb), junk.Length == 0 ? url : $"{url}&{junk}");
        }

        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        foreach (var field in fields.Where(f => f.Kind != Kind.File))
        {
            var value = round.Value(field.Kind);
            values.Add(new(field.Name, value));
            if (field.Many)
            {
                values.Add(new(field.Name, field.Kind == Kind.Text ? value : "987654321"));
            }
        }

        // Always multipart: a url-encoded body with a NUL byte is refused by ASP.NET Core's form reader (400) before any
        // page code runs, while a multipart body carries it to the page, as a browser sending a form with files does.
        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            multipart.Add(new StringContent(value), name);
        }

        foreach (var file in fields.Where(f => f.Kind == Kind.File))
        {
            multipart.Add(FilePart(file.Name, round.Name == "nul" ? TestFiles.Png : System.Text.Encoding.UTF8.GetBytes(round.Value(Kind.Text))));
        }

        return new HttpRequestMessage(HttpMethod.Post, url) { Content = multipart };
    }

    /// <summary>
    /// The forms a page shows, each sent as a person would fill it (every box ticked, every empty field given a
    /// plausible value, a PNG for every file), with NUL bytes and bidi controls added to every text: junk that
    /// passes validation and reaches the code that saves. One request per submit button. The sign-out form is left alone.
    /// </summary>
    public static List<(string Action, bool Destructive, HttpRequestMessage Request)> FilledForms(AngleSharp.Html.Dom.IHtmlDocument page, string pageUrl)
    {
        var requests = new List<(string, bool, HttpRequestMessage)>();
        var scope = (AngleSharp.Dom.IParentNode?)page.QuerySelector("main") ?? page;
        foreach (var form in scope.QuerySelectorAll("form").OfType<AngleSharp.Html.Dom.IHtmlFormElement>())
        {
            if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (fields, files) = Filled(form);
            var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
            var buttons = form.QuerySelectorAll("button, input[type=submit]").Where(b => b.GetAttribute("type") is null or "submit").ToList();
            var submits = buttons.Count == 0 ? [(action, (string?)null, (string?)null)]
                : buttons.Select(b => (b.GetAttribute("formaction") is { Length: > 0 } f ? f : action, b.GetAttribute("name"), b.GetAttribute("value")))
                    .Distinct().ToList();
            foreach (var (target, name, value) in submits)
            {
                if (target.StartsWith("/account/logout", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var sent = name is { Length: > 0 } ? [.. fields, (name, value ?? "")] : fields;
                var multipart = new MultipartFormDataContent(); // see Request: multipart carries NUL bytes to the page
                sent.ForEach(f => multipart.Add(new StringContent(f.Item2), f.Item1));
                files.ForEach(file => multipart.Add(FilePart(file, TestFiles.Png)));

                var destructive = target.Contains("handler=delete", StringComparison.OrdinalIgnoreCase)
                    || (value ?? "").Contains("delete", StringComparison.OrdinalIgnoreCase);
                requests.Add((target, destructive, new HttpRequestMessage(HttpMethod.Post, target) { Content = multipart }));
            }
        }

        return requests;
    }

    private static (List<(string, string)> Fields, List<string> Files) Filled(AngleSharp.Html.Dom.IHtmlFormElement form)
    {
        var fields = new List<(string, string)>();
        var files = new List<string>();
        var radios = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            if (element.Closest("[aria-hidden=true]") is not null)
            {
                fields.Add((name, (element as AngleSharp.Html.Dom.IHtmlInputElement)?.Value ?? "")); // the robots' trap stays empty
                continue;
            }

            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type == "checkbox":
                    fields.Add((name, input.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type == "radio":
                    if (radios.Add(name))
                    {
                        fields.Add((name, input.Value));
                    }

                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type == "file":
                    files.Add(name);
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "reset":
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type == "hidden":
                    fields.Add((name, input.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input:
                    fields.Add((name, input.Type switch
                    {
                        "number" or "range" => input.Value is { Length: > 0 } n ? n : "1",
                        "date" => input.Value is { Length: > 0 } d ? d : "2026-06-15",
                        "datetime-local" => input.Value is { Length: > 0 } t ? t : "2026-06-15T08:00",
                        "time" => input.Value is { Length: > 0 } h ? h : "08:00",
                        "email" => (input.Value is { Length: > 0 } e ? e : "nguoi.thu@example.vn") + "\u202E\0",
                        "tel" => (input.Value is { Length: > 0 } p ? p : "0912345678") + "\u202E\0",
                        "url" => (input.Value is { Length: > 0 } u ? u : "https://example.vn/a") + "\u202E\0",
                        "password" => input.Value,
                        _ => (input.Value is { Length: > 0 } v ? v : "Nội dung thử") + " \0\u202Egnp.exe\u202C\u2066",
                    }));
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement area:
                    fields.Add((name, (area.Value is { Length: > 0 } v2 ? v2 : "Nội dung thử") + "\n\0\u202Egnp.exe\u2069\u0007"));
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select:
                    var chosen = select.Options.Where(o => o.IsSelected && o.Value.Length > 0).Select(o => o.Value).ToList();
                    if (chosen.Count == 0 && select.Options.FirstOrDefault(o => o.Value.Length > 0) is { } first)
                    {
                        chosen.Add(first.Value);
                    }

                    fields.AddRange(chosen.Select(c => (name, c)));
                    break;
            }
        }

        return (fields, files);
    }

    /// <summary>Every stored text that holds a NUL byte, another control character or a bidi control (also as a JSON escape).</summary>
    public static async Task<List<string>> StoredControlCharactersAsync(LoaAppFactory app)
    {
        await using var db = app.SystemDb();
        var found = new List<string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            var table = entity.GetTableName()!;
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties().Where(p => (p.GetValueConverter()?.ProviderClrType ?? p.ClrType) == typeof(string)))
            {
                var column = property.GetColumnName(store);
                if (column is null || table == "DataProtectionKeys")
                {
                    continue;
                }

                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var text = reader.GetString(0);
                    if (HasControls(text))
                    {
                        found.Add($"{table}.{column}: {Visible(text)}");
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Controls that no stored text may hold (tab and line breaks aside), raw or JSON-escaped.</summary>
    public static bool HasControls(string text) =>
        text.Any(c => (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F')
        || EscapedControl().IsMatch(text);

    /// <summary>A file part named with the right-to-left override and an isolate, as a browser sends it (RFC 5987 filename*).</summary>
    private static ByteArrayContent FilePart(string field, byte[] content)
    {
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{field}\"", FileNameStar = "anh\u202Egnp.exe\u2066.png" };
        return part;
    }

    private static string Visible(string text)
    {
        var shown = string.Concat(text.Select(c => char.IsControl(c) || c is (>= '\u2000' and <= '\u206F') ? $"<U+{(int)c:X4}>" : c.ToString()));
        return shown.Length > 160 ? shown[..160] + "…" : shown;
    }

    private static string Shorter(string value) => value.Length > 2000 ? value[..2000] : value;

    private static string Segment(string segment, string route, Ids ids)
    {
        var s = ids.Scenario;
        if (!segment.StartsWith('{'))
        {
            return segment;
        }

        var name = segment.Trim('{', '}').Split(':', '?')[0];
        var folder = route.Split('/')[0].ToLowerInvariant();
        return name switch
        {
            "code" => s.Commune.Code,
            "article" => $"{ids.Article}-bai-viet",
            "procedureCode" => ids.ProcedureCode,
            "format" => "",
            "id" when folder == "x" => (route.Contains("news", StringComparison.Ordinal) ? ids.Article : ids.Survey).ToString(CultureInfo.InvariantCulture),
            "id" => folder switch
            {
                "plans" => s.Plan.Id.ToString(CultureInfo.InvariantCulture),
                "tasks" => s.ClipsTask.Id.ToString(CultureInfo.InvariantCulture),
                "activities" => s.Activity!.Id.ToString(CultureInfo.InvariantCulture),
                "evidence" => s.File!.Id.ToString(CultureInfo.InvariantCulture),
                "units" => s.Culture.Id.ToString(CultureInfo.InvariantCulture),
                "indices" => ids.IndexResult.ToString(CultureInfo.InvariantCulture),
                "feedback" => ids.Feedback.ToString(CultureInfo.InvariantCulture),
                "articles" => ids.Article.ToString(CultureInfo.InvariantCulture),
                "procedures" => ids.CommuneProcedure.ToString(CultureInfo.InvariantCulture),
                "surveys" => ids.Survey.ToString(CultureInfo.InvariantCulture),
                "admin" => ids.SpareUser,
                _ => "1",
            },
            _ => "1",
        };
    }

    /// <summary>The form fields a value of this type binds from, named as model binding names them.</summary>
    private static IEnumerable<Field> Fields(string name, Type type, int depth, bool isParameter)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (IsFile(t))
        {
            return [new Field(name, Kind.File, false, isParameter)];
        }

        if (KindOf(t) is { } kind)
        {
            return [new Field(name, kind, false, isParameter)];
        }

        if (depth > 3 || t == typeof(IFormCollection) || t.Namespace?.StartsWith("Loa", StringComparison.Ordinal) != true && ElementType(t) is null)
        {
            return [];
        }

        if (ElementType(t) is { } element)
        {
            var e = Nullable.GetUnderlyingType(element) ?? element;
            return IsFile(e) ? [new Field(name, Kind.File, true, isParameter)]
                : KindOf(e) is { } k ? [new Field(name, k, true, isParameter)]
                : Fields($"{name}[0]", e, depth + 1, isParameter);
        }

        return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null
                && (p.SetMethod?.IsPublic == true || ElementType(p.PropertyType) is not null))
            .SelectMany(p => Fields($"{name}.{p.Name}", p.PropertyType, depth + 1, isParameter));
    }

    private static bool IsFile(Type t) => typeof(IFormFile).IsAssignableFrom(t) || typeof(IFormFileCollection).IsAssignableFrom(t);

    private static Type? ElementType(Type t) =>
        t == typeof(string) ? null
        : t.IsArray ? t.GetElementType()
        : t.IsGenericType && t.GetGenericArguments().Length == 1 && typeof(System.Collections.IEnumerable).IsAssignableFrom(t) ? t.GetGenericArguments()[0]
        : null;

    private static Kind? KindOf(Type t) =>
        t == typeof(string) ? Kind.Text
        : t.IsEnum ? Kind.Enum
        : t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) ? Kind.WholeNumber
        : t == typeof(decimal) || t == typeof(double) || t == typeof(float) ? Kind.Fraction
        : t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset) ? Kind.Date
        : t == typeof(TimeOnly) || t == typeof(TimeSpan) ? Kind.Time
        : t == typeof(bool) ? Kind.Boolean
        : t == typeof(Guid) ? Kind.Identifier
        : null;

    [GeneratedRegex(@"\\u(00[01][0-9a-f]|007f|202[a-e]|206[6-9]|200[ef])", RegexOptions.IgnoreCase)]
    private static partial Regex EscapedControl();
}
