namespace Loa.Plans.Versions;

/// <summary>What changed between two versions of a plan, line by line, with the changed words marked inside changed lines.</summary>
public static class PlanDiff
{
    public static List<DiffEntry> Compare(PlanDocument before, PlanDocument after) => Compare(PlanLines.Of(before), PlanLines.Of(after));

    /// <summary>
    /// Aligns the two versions' lines on equal texts (longest common subsequence), so that an inserted paragraph
    /// shows as one addition; in each stretch between aligned lines, lines with the same label are paired as
    /// changed, the rest are removed or added.
    /// </summary>
    public static List<DiffEntry> Compare(List<PlanLine> before, List<PlanLine> after)
    {
        var matches = Align(before.Select(l => l.Label + "\u0001" + l.Text).ToList(), after.Select(l => l.Label + "\u0001" + l.Text).ToList());
        var entries = new List<DiffEntry>();
        int x = 0, y = 0;
        foreach (var (mx, my) in matches.Append((before.Count, after.Count)))
        {
            Gap(before.GetRange(x, mx - x), after.GetRange(y, my - y), entries);
            x = mx + 1;
            y = my + 1;
        }

        return entries;
    }

    private static void Gap(List<PlanLine> removed, List<PlanLine> added, List<DiffEntry> entries)
    {
        var unpaired = new List<PlanLine>(removed);
        foreach (var line in added)
        {
            var old = unpaired.FirstOrDefault(o => o.Label == line.Label);
            if (old is not null)
            {
                unpaired.Remove(old);
                entries.Add(new DiffEntry(DiffKind.Changed, line.Label, old.Text, line.Text, Words(old.Text, line.Text)));
            }
            else
            {
                entries.Add(new DiffEntry(DiffKind.Added, line.Label, null, line.Text, [new WordChange(DiffKind.Added, line.Text)]));
            }
        }

        entries.AddRange(unpaired.Select(o => new DiffEntry(DiffKind.Removed, o.Label, o.Text, null, [new WordChange(DiffKind.Removed, o.Text)])));
    }

    /// <summary>Index pairs of equal items in order (longest common subsequence).</summary>
    private static List<(int X, int Y)> Align(List<string> a, List<string> b)
    {
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (a[x] == b[y])
            {
                pairs.Add((x++, y++));
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return pairs;
    }

    /// <summary>The words of two texts as kept, removed and added runs (longest common subsequence of words).</summary>
    public static List<WordChange> Words(string before, string after)
    {
        var a = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if ((long)a.Length * b.Length > 4_000_000)
        {
            return [new WordChange(DiffKind.Removed, before), new WordChange(DiffKind.Added, after)];
        }

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var runs = new List<WordChange>();
        void Push(DiffKind kind, string word)
        {
            if (runs.Count > 0 && runs[^1].Kind == kind)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + " " + word };
            }
            else
            {
                runs.Add(new WordChange(kind, word));
            }
        }

        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                Push(DiffKind.Same, a[x]);
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                Push(DiffKind.Removed, a[x++]);
            }
            else
            {
                Push(DiffKind.Added, b[y++]);
            }
        }

        while (x < a.Length)
        {
            Push(DiffKind.Removed, a[x++]);
        }

        while (y < b.Length)
        {
            Push(DiffKind.Added, b[y++]);
        }

        return runs;
    }
}

public enum DiffKind
{
    Same = 0,
    Added = 1,
    Removed = 2,
    Changed = 3,
}

/// <summary>A changed line: what it is, its old and new text, and the words that changed.</summary>
public sealed record DiffEntry(DiffKind Kind, string Label, string? Before, string? After, List<WordChange> Words);

/// <summary>A run of words that stayed, went or came.</summary>
public sealed record WordChange(DiffKind Kind, string Text);
