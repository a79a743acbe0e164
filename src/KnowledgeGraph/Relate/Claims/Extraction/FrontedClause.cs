using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// The clause after a fronted phrase whose agent is that clause's subject ("During a visit to Kabul, Wang Yi …",
/// "Hours before embarking on a visit to Africa, U.S. Secretary of State Rex Tillerson said …"): the comma that closes
/// the phrase and the subject right after it. One instance per reader; not thread-safe.
/// </summary>
internal sealed class FrontedClause
{
    private const int MaxPhrase = 12;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> found = [];

    public FrontedClause(ObjectFinder objectFinder) => this.objectFinder = objectFinder;

    /// <summary>The subject right after a fronted phrase: a name, or one its title words lead to ("U.S. Secretary of State Rex Tillerson").</summary>
    public int Subject(SentenceView view, int from)
    {
        objectFinder.Find(view, from, [], direct: true, found);
        if (found.Count == 0)
        {
            return -1;
        }

        // Title words lead to the name: capitalised ones, "of", and lower-case ones after a demonym ("Chinese foreign minister").
        int m = found[0].Mention;
        bool named = false;
        for (int j = from; j < view.MentionFirst(m); j++)
        {
            named |= view.MentionIndexAt(j) >= 0;
            bool word = view.Token(j).Kind == TokenKind.Word;
            if (view.MentionIndexAt(j) < 0 && !view.Is(j, "of") && !(word && (named || char.IsUpper(view.Word(j)[0]))))
            {
                return -1;
            }
        }

        return view.IsPossessive(m) ? -1 : m;
    }

    /// <summary>The comma that closes a fronted phrase, when no clause opener comes before it.</summary>
    public static int ClosingComma(SentenceView view, int from)
    {
        for (int j = from; j < view.End && j - from <= MaxPhrase; j++)
        {
            if (view.Is(j, ","))
            {
                return j;
            }

            if (GrammarWords.ClauseStops.StartsAt(view, j) || (view.IsPunctuation(j) && !view.Is(j, "-")))
            {
                return -1;
            }
        }

        return -1;
    }
}
