using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Context-free tests on one line of a blog dump, built once from <see cref="IngestCues"/>. The
/// <see cref="ArticleLabeller"/> combines them with the line's position in its article.
/// </summary>
internal sealed partial class LineClassifier
{
    private const string Bullet = "•";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>An intro word counts only this near the start: blurbs announce themselves early ("A longer piece…").</summary>
    private const int IntroWordReach = 60;
    private readonly IngestCues cues;
    private readonly Regex introWords;
    private readonly Regex outletMention;
    private readonly Regex captionCredit;

    public LineClassifier(IngestCues cues)
    {
        this.cues = cues;
        string words = string.Join('|', cues.IntroWords.Select(Regex.Escape));
        introWords = new Regex($@"(?<![\p{{L}}-])(?:{words})(?![\p{{L}}-])", Options);
        captionCredit = new Regex(string.Join('|', cues.CaptionCredits.Select(Regex.Escape)), Options);
        string outlets = string.Join('|', cues.Outlets.Select(Regex.Escape));
        outletMention = new Regex($@"\b(?:for|in) (?:the )?(?:{outlets})\b", Options);
    }

    /// <summary>"  • point" lines that follow a title.</summary>
    public static bool IsBullet(string line) => line.AsSpan().TrimStart().StartsWith(Bullet, StringComparison.Ordinal);

    /// <summary>Endnotes: "20. Source…", "[3] Source…", "[1]: http…", "[a] Editor's Note…".</summary>
    public static bool IsEndnote(string line) => EndnotePattern().IsMatch(line);

    /// <summary>True when the line ends like a sentence (full stop, ?, !, closing quote or bracket).</summary>
    public static bool EndsSentence(string line)
    {
        ReadOnlySpan<char> text = line.AsSpan().TrimEnd();
        return text.Length > 0 && ".?!…\"”’')]".Contains(text[^1]);
    }

    /// <summary>
    /// A blurb by the blog's author that starts a new article: the next non-blank line (<paramref name="next"/>)
    /// looks like a title, and the blurb starts with an intro start ("More from…"), holds an intro word ("piece",
    /// "column") in its first 60 characters, or names an outlet after "for"/"in" ("for the Financial Times").
    /// A blurb is longer than half the title limit (80 characters by default); titles are not blurbs.
    /// </summary>
    public bool IsIntro(string line, string? next) =>
        next is not null && IsTitleLike(next) && !IsBullet(line) && !IsEndnote(line) && !IsCaption(line) && !IsByline(line)
        && line.Length > cues.MaxTitleLength / 2 && HasIntroCue(line);

    private bool HasIntroCue(string line) =>
        cues.IntroStarts.Any(start => line.StartsWith(start, StringComparison.OrdinalIgnoreCase))
        || introWords.Match(line) is { Success: true, Index: < IntroWordReach } || outletMention.IsMatch(line);

    /// <summary>Short, not ending in a full stop, and none of the other kinds of line.</summary>
    public bool IsTitleLike(string line)
    {
        ReadOnlySpan<char> text = line.AsSpan().Trim();
        return text.Length > 0 && text.Length <= cues.MaxTitleLength && text[^1] != '.' && !IsBullet(line) && !IsEndnote(line)
            && !IsCaption(line) && !IsByline(line) && !IsBoilerplate(line) && !IsContributorHeading(line) && !IsNoteHeading(line);
    }

    /// <summary>A photo caption: holds a credit such as "© Reuters" or "Photo: AFP".</summary>
    public bool IsCaption(string line) => captionCredit.IsMatch(line);

    /// <summary>"The writer is…" or "Name Surname is a senior fellow at…".</summary>
    public bool IsByline(string line)
    {
        if (cues.BylineStarts.Any(start => line.StartsWith(start, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        Match name = NameIsPattern().Match(line);
        if (!name.Success || line.Length > 400)
        {
            return false;
        }

        string rest = line.Substring(name.Length, Math.Min(80, line.Length - name.Length));
        return cues.BylineRoles.Any(role => rest.Contains(role, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Page furniture such as "Posts Tagged ‘China’".</summary>
    public bool IsBoilerplate(string line) =>
        line.Length <= 80 && cues.BoilerplateStarts.Any(start => line.TrimStart().StartsWith(start, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Notes on contributors" and the like: the lines after it are bylines.</summary>
    public bool IsContributorHeading(string line) => IsOneOf(line, cues.ContributorHeadings);

    /// <summary>"Notes", "Citations" and the like: the lines after it are endnotes.</summary>
    public bool IsNoteHeading(string line) => IsOneOf(line, cues.NoteHeadings);

    /// <summary>The first outlet named in <paramref name="intro"/>, or null.</summary>
    public string? FindOutlet(string intro) => cues.Outlets.FirstOrDefault(outlet => intro.Contains(outlet, StringComparison.OrdinalIgnoreCase));

    private static bool IsOneOf(string line, IReadOnlyList<string> headings)
    {
        ReadOnlySpan<char> text = line.AsSpan().Trim();
        foreach (string heading in headings)
        {
            if (text.Equals(heading, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?:\d{1,3}\.\s|\[\d{1,3}\](?::|\s)|\[[a-z]\]\s)", RegexOptions.CultureInvariant)]
    private static partial Regex EndnotePattern();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}.’'-]*\s+){2,4}is\s", RegexOptions.CultureInvariant)]
    private static partial Regex NameIsPattern();
}
