using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>
/// Gives parts and their headed sub-items a role from their heading: purpose, audience, contents, channels,
/// tasks, funding, implementation. A heading naming several roles ("NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN") gets
/// none, and its sub-items are classified instead; "purpose" wins at the top level ("MỤC ĐÍCH, YÊU CẦU VÀ ĐỐI TƯỢNG").
/// </summary>
internal static class SectionRoleClassifier
{
    private static readonly string[] LeadingFillers = ["cac ", "mot so ", "nhung ", "cong tac "];

    /// <summary>Inside these parts no sub-item gets a role of its own.</summary>
    private static readonly HashSet<string> Terminal = new(StringComparer.Ordinal)
    {
        SectionRoles.Contents, SectionRoles.Channels, SectionRoles.Tasks, SectionRoles.Funding, SectionRoles.Implementation,
    };

    public static void Assign(IEnumerable<SectionNode> topLevel)
    {
        foreach (var node in topLevel)
        {
            if (node.FixedRole is not null)
            {
                node.Role = node.FixedRole;
                continue;
            }

            node.Role = node.IsHeading ? Classify(node.Text, topLevel: true) : null;
            if (node.Role is not null && Terminal.Contains(node.Role))
            {
                continue;
            }

            foreach (var child in node.Children)
            {
                child.Role = child.IsHeading ? Classify(child.Text, topLevel: false) : null;
            }
        }
    }

    /// <summary>The role a heading names, or null.</summary>
    public static string? Classify(string heading, bool topLevel)
    {
        var whole = VietnameseText.FoldWords(heading);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in Segments(heading))
        {
            var role = SegmentRole(segment, whole);
            if (role is not null)
            {
                roles.Add(role);
            }
        }

        if (roles.Contains(SectionRoles.Purpose))
        {
            if (topLevel)
            {
                return SectionRoles.Purpose;
            }

            roles.Remove(SectionRoles.Purpose);
        }

        return roles.Count == 1 ? roles.First() : null;
    }

    /// <summary>"ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC" → "doi tuong", "noi dung", "hinh thuc": split on commas and "và".</summary>
    private static IEnumerable<string> Segments(string heading)
    {
        foreach (var piece in heading.Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var part in (" " + VietnameseText.FoldWords(piece) + " ").Split(" va ", StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Trim().Length > 0)
                {
                    yield return part.Trim() + " ";
                }
            }
        }
    }

    private static string? SegmentRole(string segment, string whole)
    {
        var s = segment.Trim();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var filler in LeadingFillers)
            {
                if (s.StartsWith(filler, StringComparison.Ordinal))
                {
                    s = s[filler.Length..];
                    changed = true;
                }
            }
        }

        if (s.StartsWith("muc dich", StringComparison.Ordinal) || s.StartsWith("muc tieu", StringComparison.Ordinal)
            || s.StartsWith("yeu cau", StringComparison.Ordinal))
        {
            return SectionRoles.Purpose;
        }

        if (s.StartsWith("doi tuong", StringComparison.Ordinal))
        {
            return SectionRoles.Audience;
        }

        if (s.StartsWith("noi dung", StringComparison.Ordinal))
        {
            return SectionRoles.Contents;
        }

        if (s.StartsWith("hinh thuc", StringComparison.Ordinal) || s.StartsWith("phuong thuc", StringComparison.Ordinal)
            || s.StartsWith("kenh ", StringComparison.Ordinal))
        {
            return SectionRoles.Channels;
        }

        if ((s.StartsWith("nhiem vu", StringComparison.Ordinal) || s.StartsWith("hoat dong", StringComparison.Ordinal)
                || s.StartsWith("phan cong", StringComparison.Ordinal) || s.StartsWith("danh muc", StringComparison.Ordinal))
            && (whole.Contains("trong tam", StringComparison.Ordinal) || whole.Contains("tuyen truyen", StringComparison.Ordinal)))
        {
            return SectionRoles.Tasks;
        }

        if (s.StartsWith("kinh phi", StringComparison.Ordinal) || s.StartsWith("nguon kinh phi", StringComparison.Ordinal)
            || s.StartsWith("du toan kinh phi", StringComparison.Ordinal))
        {
            return SectionRoles.Funding;
        }

        if (s.StartsWith("to chuc thuc hien", StringComparison.Ordinal) || s.StartsWith("trach nhiem", StringComparison.Ordinal)
            || s.StartsWith("phan cong trach nhiem", StringComparison.Ordinal))
        {
            return SectionRoles.Implementation;
        }

        return null;
    }
}
