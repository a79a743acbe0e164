using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectHeads;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectClauses;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Walks left from a verb past the words that may stand between it and its subject (auxiliaries, adverbs, "failed to",
/// claim_cues <c>bridges</c>), remembering each token's longest bridge for one walk.
/// </summary>
internal sealed class BridgeSkipper
{
    private readonly ClaimCues cues;
    private readonly TitleIndex titles;

    public BridgeSkipper(ClaimCues cues, TitleIndex titles)
    {
        this.cues = cues;
        this.titles = titles;
    }

    private const int MaxBridge = 8;
    /// <summary>Tokens whose bridge one walk back remembers: as far back as it reaches, and a phrase's length ahead.</summary>
    private const int BridgeMemo = 32;
    private const int MaxBridgePhrase = 5;

    internal int SkipBridges(SentenceView view, int i)
    {
        // The walk back asks for the bridge starting at the same tokens again and again (every phrase length from every
        // position): each token's is looked up once a walk, in [origin, origin + BridgeMemo).
        Span<int> bridges = stackalloc int[BridgeMemo];
        bridges.Fill(-1);
        int origin = i + MaxBridgePhrase - BridgeMemo;
        int skipped = 0;
        while (i >= view.First && skipped < MaxBridge)
        {
            // "became the only government in the world to", "the only country in Central Asia to": a rank is one bridge,
            // however long, and may end in a name.
            if (RankedKind.StartEndingAt(view, cues, titles, i) is >= 0 and var ranked)
            {
                skipped++;
                i = ranked - 1;
                continue;
            }

            if (view.MentionIndexAt(i) >= 0)
            {
                break;
            }

            int length = BridgeEndingAt(view, i, bridges, origin);
            if (length == 0)
            {
                // "won the contract to develop": a bridge phrase may end in words skipped as bridges of their own ("to").
                length = LongerBridge(view, i, skipped, bridges, origin);
            }

            if (length == 0 && view.IsYear(i))
            {
                // "which in July 2025 became", "which in 2025 became": a year after "in" or after a bridge's month.
                length = view.Is(i - 1, "in") ? 2 : BridgeEndingAt(view, i - 1, bridges, origin) > 0 ? 1 : 0;
            }

            if (length == 0)
            {
                break;
            }

            i -= length;
            skipped += length;
        }

        return i;
    }


    /// <summary>
    /// Tokens more to skip from <paramref name="i"/> when a bridge phrase starts there or before and ends in the
    /// <paramref name="skipped"/> tokens already skipped after it; 0 when none does.
    /// </summary>
    private int LongerBridge(SentenceView view, int i, int skipped, Span<int> bridges, int origin)
    {
        for (int back = 1; back <= Math.Min(skipped, MaxBridgePhrase - 1); back++)
        {
            for (int k = MaxBridgePhrase; k > back; k--)
            {
                int start = i + back - k + 1;
                if (start >= view.First && BridgeAt(view, start, bridges, origin) == k)
                {
                    return k - back;
                }
            }
        }

        return 0;
    }

    /// <summary>Length of the longest bridge phrase starting at <paramref name="start"/>, remembered for one walk (<see cref="SkipBridges"/>).</summary>
    private int BridgeAt(SentenceView view, int start, Span<int> bridges, int origin)
    {
        int k = start - origin;
        if ((uint)k >= (uint)bridges.Length)
        {
            return cues.Bridges.LongestAt(view, start);
        }

        if (bridges[k] < 0)
        {
            bridges[k] = cues.Bridges.LongestAt(view, start);
        }

        return bridges[k];
    }

    private int BridgeEndingAt(SentenceView view, int i, Span<int> bridges, int origin)
    {
        // Single words first (the common case); every skipped token is a bridge either way.
        for (int k = 1; k <= MaxBridgePhrase; k++)
        {
            int start = i - k + 1;
            if (start >= view.First && BridgeAt(view, start, bridges, origin) == k)
            {
                return k;
            }
        }

        if (view.IsContractedNot(i) || IsAdverb(view, i) || OpeningQuote(view, i))
        {
            return 1;
        }

        // "Xi Jinping (left) walks alongside …": a photo position in brackets.
        if (view.Is(i, ")"))
        {
            for (int open = i - 2; open >= view.First && i - open <= MaxBridgePhrase; open--)
            {
                if (view.Is(open, "("))
                {
                    return cues.PhotoPositions.LongestAt(view, open + 1) == i - open - 1 ? i - open + 1 : 0;
                }
            }
        }

        return 0;
    }
}
