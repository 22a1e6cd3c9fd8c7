using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Loa.Plans.Import;

/// <summary>
/// Word's automatic numbering, written out as the labels Word shows: "I.", "1.", "a)", "1.2.", bullets as "-".
/// Counters are kept as Word keeps them, per abstract numbering definition: list instances (<c>w:num</c>) that
/// share a definition continue one sequence, and an instance with <c>startOverride</c> restarts it where it first
/// appears. A level restarts when a higher level is used (or as <c>lvlRestart</c> says); <c>start</c>,
/// <c>isLgl</c>, <c>lvlOverride/lvl</c> and numbering styles (<c>numStyleLink</c>) are honoured.
/// </summary>
internal sealed class WordNumbering
{
    private const int Levels = 9;
    private const int MaxLinks = 8;

    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly WordStyles _styles;
    private readonly Dictionary<int, Instance?> _resolved = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _started = [];

    public WordNumbering(Numbering? numbering, WordStyles styles)
    {
        _styles = styles;
        if (numbering is null)
        {
            return;
        }

        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is { } id)
            {
                _abstracts.TryAdd(id, abstractNum);
            }
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } id)
            {
                _instances.TryAdd(id, instance);
            }
        }
    }

    /// <summary>One level of a list: how its number is written and where it starts.</summary>
    private sealed record LevelFormat(int Start, string Format, string Text, int? Restart, bool Legal, string? ParagraphStyle);

    /// <summary>A list instance resolved: the definition whose counters it shares, and its levels after overrides.</summary>
    private sealed record Instance(int AbstractId, LevelFormat?[] Levels, Dictionary<int, int> StartOverrides);

    /// <summary>
    /// The label of a numbered paragraph, advancing the counters as Word does; null when the paragraph is not
    /// numbered (no numbering, numId 0, or an unknown list). <paramref name="level"/> null means "from the style".
    /// </summary>
    public string? Next(int numId, int? level, string? paragraphStyle)
    {
        var instance = Resolve(numId);
        if (instance is null)
        {
            return null;
        }

        var ilvl = Math.Clamp(level ?? LevelOfStyle(instance, paragraphStyle), 0, Levels - 1);
        var format = instance.Levels[ilvl];
        if (format is null)
        {
            return null;
        }

        var counters = Counters(instance.AbstractId);
        if (_started.Add(numId))
        {
            // The first paragraph of an instance with start overrides restarts those levels.
            foreach (var overridden in instance.StartOverrides.Keys)
            {
                counters[overridden] = null;
            }
        }

        counters[ilvl] = counters[ilvl] is { } current ? current + 1 : Start(instance, ilvl);
        for (var deeper = ilvl + 1; deeper < Levels; deeper++)
        {
            // lvlRestart is one-based: restart when that level or a higher one is used; 0 never restarts.
            var restart = instance.Levels[deeper]?.Restart ?? deeper;
            if (restart != 0 && ilvl + 1 <= restart)
            {
                counters[deeper] = null;
            }
        }

        return Label(instance, format, counters);
    }

    private static string Label(Instance instance, LevelFormat format, int?[] counters)
    {
        if (format.Format == "bullet")
        {
            return "-";
        }

        var text = new StringBuilder(format.Text.Length + 4);
        for (var i = 0; i < format.Text.Length; i++)
        {
            var c = format.Text[i];
            if (c == '%' && i + 1 < format.Text.Length && format.Text[i + 1] is >= '1' and <= '9')
            {
                var referenced = format.Text[i + 1] - '1';
                var value = counters[referenced] ?? Start(instance, referenced);
                var referencedFormat = instance.Levels[referenced]?.Format ?? "decimal";
                text.Append(Write(value, format.Legal && referencedFormat != "none" ? "decimal" : referencedFormat));
                i++;
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>A number in one of Word's formats; the unusual ones as plain decimals.</summary>
    public static string Write(int value, string format) => format switch
    {
        "none" => "",
        "decimalZero" => value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture),
        "upperRoman" when value is > 0 and < 4000 => Roman(value),
        "lowerRoman" when value is > 0 and < 4000 => Roman(value).ToLowerInvariant(),
        "upperLetter" when value > 0 => Letters(value, 'A'),
        "lowerLetter" when value > 0 => Letters(value, 'a'),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Word's letters: a … z, then aa … zz, then aaa ….</summary>
    private static string Letters(int value, char first)
    {
        var letter = (char)(first + ((value - 1) % 26));
        var count = Math.Min(((value - 1) / 26) + 1, 10);
        return new string(letter, count);
    }

    private static string Roman(int value)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                builder.Append(symbols[i]);
                value -= values[i];
            }
        }

        return builder.ToString();
    }

    private static int Start(Instance instance, int level) =>
        instance.StartOverrides.TryGetValue(level, out var start) ? start : instance.Levels[level]?.Start ?? 1;

    /// <summary>
    /// The level whose <c>pStyle</c> is the paragraph's style (or a style it is based on), else the style's own
    /// <c>ilvl</c>, else 0.
    /// </summary>
    private int LevelOfStyle(Instance instance, string? paragraphStyle)
    {
        if (paragraphStyle is null)
        {
            return 0;
        }

        foreach (var style in _styles.ChainIds(paragraphStyle))
        {
            for (var i = 0; i < Levels; i++)
            {
                if (instance.Levels[i]?.ParagraphStyle == style)
                {
                    return i;
                }
            }
        }

        return _styles.StyleNumbering(paragraphStyle).Level ?? 0;
    }

    private int?[] Counters(int abstractId)
    {
        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int?[Levels];
            _counters[abstractId] = counters;
        }

        return counters;
    }

    private Instance? Resolve(int numId)
    {
        if (_resolved.TryGetValue(numId, out var cached))
        {
            return cached;
        }

        Instance? resolved = null;
        if (numId > 0 && _instances.TryGetValue(numId, out var instance) && instance.AbstractNumId?.Val?.Value is { } abstractId)
        {
            var (definitionId, definition) = Definition(abstractId);
            if (definition is not null)
            {
                var levels = new LevelFormat?[Levels];
                foreach (var level in definition.Elements<Level>())
                {
                    Put(levels, level);
                }

                var starts = new Dictionary<int, int>();
                foreach (var levelOverride in instance.Elements<LevelOverride>())
                {
                    var index = levelOverride.LevelIndex?.Value ?? -1;
                    if (index is < 0 or >= Levels)
                    {
                        continue;
                    }

                    if (levelOverride.Level is { } replacement)
                    {
                        Put(levels, replacement, index);
                    }

                    if (levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
                    {
                        starts[index] = start;
                    }
                }

                resolved = new Instance(definitionId, levels, starts);
            }
        }

        _resolved[numId] = resolved;
        return resolved;
    }

    /// <summary>The definition holding the levels, following <c>numStyleLink</c> through numbering styles.</summary>
    private (int Id, AbstractNum? Definition) Definition(int abstractId)
    {
        var id = abstractId;
        for (var i = 0; i < MaxLinks; i++)
        {
            if (!_abstracts.TryGetValue(id, out var definition))
            {
                return (id, null);
            }

            var link = definition.NumberingStyleLink?.Val?.Value;
            if (link is null || definition.Elements<Level>().Any())
            {
                return (id, definition);
            }

            var linkedNum = _styles.NumberingStyleNumId(link);
            if (linkedNum is null || !_instances.TryGetValue(linkedNum.Value, out var linked) || linked.AbstractNumId?.Val?.Value is not { } next)
            {
                return (id, definition);
            }

            id = next;
        }

        return (id, null);
    }

    private static void Put(LevelFormat?[] levels, Level level, int? index = null)
    {
        var i = index ?? level.LevelIndex?.Value ?? -1;
        if (i is < 0 or >= Levels)
        {
            return;
        }

        levels[i] = new LevelFormat(
            level.StartNumberingValue?.Val?.Value ?? 1,
            level.NumberingFormat?.Val?.InnerText ?? "decimal",
            level.LevelText?.Val?.Value ?? "",
            level.LevelRestart?.Val?.Value,
            level.IsLegalNumberingStyle is { } legal && (legal.Val?.Value ?? true),
            level.ParagraphStyleIdInLevel?.Val?.Value);
    }
}
