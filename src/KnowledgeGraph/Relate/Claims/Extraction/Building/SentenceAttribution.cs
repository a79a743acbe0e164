using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Modality;

namespace KnowledgeGraph.Relate.Claims.Extraction.Building;

/// <summary>
/// Who reports the sentence a <see cref="SentenceView"/> holds and the dates its claims take their time from, each read
/// at the first claim that asks and kept for the rest of the sentence (<see cref="Reset"/> at every sentence).
/// </summary>
internal sealed class SentenceAttribution
{
    private readonly SentenceView view;
    private readonly SourceFinder sources;
    private ArticleMeta meta;
    /// <summary>The current sentence's source (<see cref="SourceOfView"/>), found at its first claim that needs one.</summary>
    private string? sentenceSource;
    private bool sentenceSourceRead;
    /// <summary>The dates of the current sentence (<see cref="TimeFinder.Collect"/>), read at its first claim: every claim picks its own from them.</summary>
    private readonly List<(int At, string Value)> dates = [];
    private bool datesRead;

    public SentenceAttribution(SentenceView view, SourceFinder sources, ArticleMeta meta)
    {
        this.view = view;
        this.sources = sources;
        this.meta = meta;
    }

    /// <summary>Moves on to another document, whose author and date stand in where a sentence names neither.</summary>
    public void Begin(ArticleMeta meta) => this.meta = meta;

    /// <summary>Forgets the source and dates of the sentence read before.</summary>
    public void Reset()
    {
        datesRead = false;
        sentenceSourceRead = false;
    }

    /// <summary>
    /// <see cref="TimeFinder.Find(SentenceView, int, string?)"/> for a trigger at <paramref name="start"/>: the sentence's
    /// dates are read once, not once per claim.
    /// </summary>
    public string? TimeOf(int start)
    {
        if (!datesRead)
        {
            dates.Clear();
            TimeFinder.Collect(view, meta.Date, dates);
            datesRead = true;
        }

        return TimeFinder.Find(view, start, dates);
    }

    /// <summary>
    /// Who reports the current sentence (<see cref="SourceFinder"/>, else the article's author), found once a sentence
    /// however many claims ask.
    /// </summary>
    public string? SourceOfView()
    {
        if (!sentenceSourceRead)
        {
            sentenceSource = sources.Find(view) ?? meta.Author;
            sentenceSourceRead = true;
        }

        return sentenceSource;
    }
}
