using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A buyer of a country's goods, the goods written with the country's demonym (TRADES_WITH's <c>goods</c>): after a verb
/// of buying (claim_cues <c>buying_verbs</c>) and a few words of quantity ("China buys most Turkmen gas", "Gazprom, which
/// until 2016 bought large volumes of Turkmen gas"), the verb's subject; after a noun of buyers and "of" (claim_cues
/// <c>buyer_nouns</c>: "China, the biggest buyer of Turkmen gas", "China is the largest buyer of Central Asian gas"), the
/// name the noun's phrase is apposed to or said of → TRADES_WITH the country. Only buying: a seller of a country's goods
/// ("sells Chinese goods to Iran") trades with the buyer, not the country.
/// </summary>
internal sealed class BoughtGoodsReader
{
    private const int MaxGap = 4;
    private const int MaxModifiers = 3;
    private readonly SubjectFinder subjects;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? trades;
    private readonly PhraseIndex<string> goods = new();
    private readonly List<Argument> found = [];

    public BoughtGoodsReader(PredicateLexicon lexicon, SubjectFinder subjects)
    {
        this.subjects = subjects;
        cues = lexicon.Cues;
        trades = lexicon.Find("TRADES_WITH");
        foreach (string noun in trades?.Goods ?? [])
        {
            goods.Add(PhraseWords.Split(noun), noun);
        }

        goods.Seal();
    }

    /// <summary>The verbs and nouns of buying: every claim this reader finds is read from one.</summary>
    public IEnumerable<string> CueWords => cues.BuyingVerbs.FirstWords.Concat(cues.BuyerNouns.FirstWords);

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (trades is null)
        {
            return;
        }

        for (int i = view.First; i < view.End; i++)
        {
            bool verb = cues.BuyingVerbs.LongestAt(view, i) == 1;
            bool noun = !verb && cues.BuyerNouns.LongestAt(view, i) == 1 && view.Is(i + 1, "of");
            if ((!verb && !noun) || view.MentionIndexAt(i) >= 0 || OriginAfter(view, noun ? i + 2 : i + 1) is not (>= 0 and var origin))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, i, TriggerKind.Verb, trades);
            if (noun)
            {
                if (Holder(view, i) is >= 0 and var holder && view.Mention(holder).Entity != view.Mention(origin).Entity)
                {
                    output.Add((new ClaimCandidate(holder, origin, 0.8f, i, i, null), trigger, i));
                }

                continue;
            }

            found.Clear();
            subjects.Find(view, i, found, out _);
            foreach (Argument subject in found)
            {
                if (view.Mention(subject.Mention).Entity != view.Mention(origin).Entity && view.Mention(subject.Mention).Entity.Type is EntityType.Country or EntityType.Organisation)
                {
                    output.Add((new ClaimCandidate(subject.Mention, origin, 0.8f * subject.Weight, i, i, null), trigger, i));
                }
            }
        }
    }

    /// <summary>
    /// The country's demonym before a goods noun within <see cref="MaxGap"/> lower-case words of <paramref name="at"/>
    /// ("large volumes of Turkmen gas"); -1 when none.
    /// </summary>
    private int OriginAfter(SentenceView view, int at)
    {
        for (int k = at; k < view.End && k <= at + MaxGap; k++)
        {
            if (view.MentionIndexAt(k) is >= 0 and var m)
            {
                return view.MentionFirst(m) == k && view.Mention(m) is { Kind: MentionKind.Demonym, Entity.Type: EntityType.Country or EntityType.Place }
                    && goods.StartsAt(view, view.AfterMention(m)) ? m : -1;
            }

            if (view.IsPunctuation(k) || !VerbShapes.IsLowerWord(view, k) && !GrammarWords.Numbers.StartsAt(view, k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The name a buyer noun's phrase describes: before ", the" (or "a") and up to <see cref="MaxModifiers"/> words
    /// ("China, the biggest buyer"), or before a copula and "the" ("China is the largest buyer"); -1 when none.
    /// </summary>
    private static int Holder(SentenceView view, int noun)
    {
        int k = noun - 1;
        for (int n = 0; n < MaxModifiers && k > view.First && VerbShapes.IsLowerWord(view, k) && !view.Is(k, "the") && !view.Is(k, "a"); n++)
        {
            k--;
        }

        if (!(view.Is(k, "the") || view.Is(k, "a")))
        {
            return -1;
        }

        int before = k - 1;
        if (view.Is(before, ","))
        {
            before--;
        }
        else if (GrammarWords.Copulas.StartsAt(view, before))
        {
            before--;
        }
        else
        {
            return -1;
        }

        return before >= view.First && view.MentionIndexAt(before) is >= 0 and var m && view.MentionLast(m) == before && !view.IsPossessive(m)
            && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation ? m : -1;
    }
}
