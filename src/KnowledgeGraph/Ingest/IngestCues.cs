namespace KnowledgeGraph.Ingest;

/// <summary>
/// The cue words that split a blog dump into articles and label its lines. <see cref="Default"/> holds the
/// documented defaults; gazetteers/ingest-cues.yaml carries the same lists for users to edit, loaded with
/// <see cref="IngestCuesLoader"/>. Every match is case-insensitive.
/// </summary>
internal sealed record IngestCues
{
    /// <summary>Words in a blurb that introduces the blog author's own piece ("A new piece for…"). Matched as whole words in the first 60 characters.</summary>
    public required IReadOnlyList<string> IntroWords { get; init; }

    /// <summary>Starts of an intro blurb ("More from late last year…", "Almost caught up on…").</summary>
    public required IReadOnlyList<string> IntroStarts { get; init; }

    /// <summary>Photo credits; a line containing one is a caption ("© Reuters", "Photo: AFP", "Getty Images").</summary>
    public required IReadOnlyList<string> CaptionCredits { get; init; }

    /// <summary>Starts of a byline line ("The writer is").</summary>
    public required IReadOnlyList<string> BylineStarts { get; init; }

    /// <summary>Role words of "Name Surname is a senior fellow at…" bylines.</summary>
    public required IReadOnlyList<string> BylineRoles { get; init; }

    /// <summary>Starts of page-furniture lines ("Posts Tagged", "Additional information").</summary>
    public required IReadOnlyList<string> BoilerplateStarts { get; init; }

    /// <summary>Whole-line headings after which lines are bylines ("Notes on contributors").</summary>
    public required IReadOnlyList<string> ContributorHeadings { get; init; }

    /// <summary>Whole-line headings after which lines are endnotes ("Notes", "Citations").</summary>
    public required IReadOnlyList<string> NoteHeadings { get; init; }

    /// <summary>
    /// Outlet names; a blurb that names one after "for" or "in" ("for the South China Morning Post") is an intro,
    /// and the first one found fills <c>ArticleMeta.Outlet</c>. Longest first.
    /// </summary>
    public required IReadOnlyList<string> Outlets { get; init; }

    /// <summary>Longest line (in characters) that can be a title.</summary>
    public int MaxTitleLength { get; init; } = 160;

    /// <summary>The defaults, established on the bundled seed corpus.</summary>
    public static IngestCues Default { get; } = new()
    {
        IntroWords = ["piece", "pieces", "column", "op-ed", "interview", "posting here", "re-publishing"],
        IntroStarts = ["More from", "Almost caught up", "Almost up to date", "Almost entirely up to date", "Another piece", "A new piece", "A short piece", "Longer piece", "A final column", "My latest column"],
        CaptionCredits = ["©", "Photo:", "AP Photo", "(Photo by", "(Handout photo", "Getty Images", "Image credit:", "Courtesy of", "Alamy"],
        BylineStarts = ["The writer is", "The writers are", "The author is"],
        BylineRoles = ["fellow", "researcher", "professor", "lecturer", "director", "editor", "analyst", "correspondent", "author of"],
        BoilerplateStarts = ["Posts Tagged", "Additional information"],
        ContributorHeadings = ["Notes on contributors", "About the author", "About the authors"],
        NoteHeadings = ["Notes", "Substantive Notes", "Citations", "Endnotes", "References"],
        Outlets =
        [
            "South China Morning Post", "Nikkei Asian Review", "Nikkei Asia Review", "Nikkei Asia", "Nikkei", "The Diplomat",
            "Financial Times", "Straits Times", "Foreign Policy", "RUSI Journal", "CTC Sentinel", "China-India Brief",
        ],
    };
}
