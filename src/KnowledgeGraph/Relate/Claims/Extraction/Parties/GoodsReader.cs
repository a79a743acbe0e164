using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Triggers;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Goods of one party carried to another (<see cref="PredicateDefinition.Goods"/>): a demonym before a goods noun, or a
/// name after "from" it, is the origin, and the party after the "to" that follows is the destination, named or a demonym
/// before a market noun (claim_cues `modifier_heads`): "bring Afghan pine nuts to the Chinese market", "the export of
/// Kyrgyz agricultural products to China, South Korea, Japan and ASEAN", "products from Afghanistan being sold to China".
/// One instance per reader; not thread-safe.
/// </summary>
internal sealed class GoodsReader
{
    private const int MaxModifiers = 2;
    private const int MaxGap = 4;
    private static readonly string[] To = ["to"];
    private static readonly string[] For = ["for"];
    private readonly PhraseIndex<Trigger> goods = new();
    private readonly ClaimCues cues;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> destinations = [];
    private readonly List<Argument> origins = [];
    private readonly bool any;

    public GoodsReader(PredicateLexicon lexicon, ObjectFinder objectFinder)
    {
        cues = lexicon.Cues;
        this.objectFinder = objectFinder;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            foreach (string noun in predicate.Goods)
            {
                string[] words = PhraseWords.Split(noun);
                goods.Add(words, new Trigger(words, TriggerKind.Noun, predicate, "to"));
                any = true;
            }
        }

        goods.Seal();
    }

    /// <summary>
    /// The first words of the goods nouns: every claim this reader finds is read from one, so a sentence with none of these
    /// words gives none.
    /// </summary>
    public IEnumerable<string> CueWords => goods.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!any)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            int noun;
            if (view.Mention(m).Kind == MentionKind.Demonym && !view.IsPossessive(m))
            {
                noun = GoodsAfter(view, view.MentionLast(m) + 1, out Trigger? found);
                if (found is not null)
                {
                    // "carries Turkmen and Uzbek gas to China": each demonym coordinated before the goods is an origin.
                    origins.Clear();
                    origins.Add(new Argument(m, 1f));
                    CoordinatedOwners.AddBefore(view, m, 1f, origins);
                    int first = origins[^1].Mention;
                    int buyer = Buyer(view, first);
                    foreach (Argument each in origins)
                    {
                        Destinations(view, each.Mention, noun, found, output);
                        if (buyer >= 0 && view.Mention(buyer).Entity.Id != view.Mention(each.Mention).Entity.Id)
                        {
                            int at = view.MentionFirst(first) - 2;
                            output.Add((new ClaimCandidate(buyer, each.Mention, 0.85f, at, at, null), found, at));
                        }
                    }
                }
            }
            else if (view.Is(view.MentionFirst(m) - 1, "from") && GoodsEndingAt(view, view.MentionFirst(m) - 2) is { } before)
            {
                Destinations(view, m, view.MentionLast(m) + 1, before, output);
            }
        }
    }

    /// <summary>
    /// "Beijing's imports of Turkmen gas": the possessor right before a noun of buying (claim_cues <c>purchase_nouns</c>)
    /// and "of" right before demonym <paramref name="m"/>; -1 when not so written.
    /// </summary>
    private int Buyer(SentenceView view, int m)
    {
        int of = view.MentionFirst(m) - 1;
        if (!view.Is(of, "of") || cues.PurchaseNouns.LongestAt(view, of - 1) != 1)
        {
            return -1;
        }

        int buyer = SubjectFinder.EndingAt(view, of - 2);
        return buyer >= 0 && view.IsPossessive(buyer) ? buyer : -1;
    }

    /// <summary>The token after the goods noun that starts within a few modifiers of <paramref name="i"/>; its trigger in <paramref name="found"/>.</summary>
    private int GoodsAfter(SentenceView view, int i, out Trigger? found)
    {
        for (int n = 0; n <= MaxModifiers && i < view.End; n++, i++)
        {
            if (GoodsAt(view, i) is { } trigger)
            {
                found = trigger;
                return i + trigger.Length;
            }

            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word || GrammarWords.Prepositions.StartsAt(view, i)
                || GrammarWords.ClauseStops.StartsAt(view, i) || GrammarWords.Conjunctions.StartsAt(view, i))
            {
                break;
            }
        }

        found = null;
        return -1;
    }

    private Trigger? GoodsEndingAt(SentenceView view, int i) => GoodsAt(view, i) is { Length: 1 } trigger ? trigger : null;

    private Trigger? GoodsAt(SentenceView view, int i)
    {
        if (i < view.First || i >= view.End || goods.Candidates(view, i) is not { } list)
        {
            return null;
        }

        foreach (var (words, trigger) in list)
        {
            if (view.WordsMatch(i, words))
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>Whether mention <paramref name="m"/> names a city (not a capital, which may stand for its government).</summary>
    private static bool IsCity(SentenceView view, int m) =>
        view.Mention(m).Entity.Type == EntityType.Place && view.Mention(m).Entity.Subtype == EntitySubtypes.City;

    /// <summary>
    /// Parties after the "to" (or another word of claim_cues <c>goods_destinations</c>: "bound for") a few words after
    /// <paramref name="from"/>: names, or a demonym before a market noun. A city the goods leave or reach, and a place at
    /// the end of a route (claim_cues <c>route_nouns</c>), is a point on their way, not a party that trades them.
    /// </summary>
    private void Destinations(SentenceView view, int origin, int from, Trigger trigger, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        // "Freight from Termez to Afghanistan": goods leaving a city are not sold by it.
        if (IsCity(view, origin))
        {
            return;
        }

        int to = -1;
        for (int i = from; i < view.End && i - from <= MaxGap; i++)
        {
            if (cues.GoodsDestinations.LongestAt(view, i) is > 0 and var length)
            {
                to = i + length - 1;
                break;
            }

            // "give Chinese goods a southern route to Europe": the place after "to" is where the route leads.
            if (view.MentionIndexAt(i) >= 0 || view.IsPunctuation(i) || GrammarWords.ClauseStops.StartsAt(view, i) || cues.RouteNouns.StartsAt(view, i))
            {
                return;
            }
        }

        if (to < 0)
        {
            return;
        }

        int at = view.Is(to + 1, "the") ? to + 2 : to + 1;
        int m = view.MentionIndexAt(at);
        if (m >= 0 && view.Mention(m).Kind == MentionKind.Demonym)
        {
            if (cues.ModifierHeads.StartsAt(view, view.MentionLast(m) + 1))
            {
                output.Add((new ClaimCandidate(origin, m, 0.85f, to, to, null), trigger, to));
            }

            return;
        }

        objectFinder.Find(view, to, view.Is(to, "to") ? To : For, direct: false, destinations);
        foreach (Argument destination in destinations)
        {
            // "another outlet to the Arabian Sea": a sea or a range is where goods go, not a party that buys them.
            // "Indian goods to reach Kandahar and Herat": a city reached is a stop on the way, not a buyer.
            if (view.Mention(destination.Mention).Entity.Subtype == EntitySubtypes.Geographic || IsCity(view, destination.Mention))
            {
                continue;
            }

            output.Add((new ClaimCandidate(origin, destination.Mention, 0.85f * destination.Weight, to, to, null), trigger, to));
        }
    }
}
