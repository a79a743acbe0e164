using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Triggers;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Matching;

/// <summary>
/// Matches a two-word trigger whose words stand apart in the sentence of a <see cref="SentenceView"/>, with a topic, an
/// addressee, a place, a resource or the quotation mark closing a quoted fragment between them.
/// </summary>
internal sealed class TriggerGapMatcher
{
    private readonly PredicateLexicon lexicon;
    private readonly SentenceView view;

    public TriggerGapMatcher(PredicateLexicon lexicon, SentenceView view)
    {
        this.lexicon = lexicon;
        this.view = view;
    }

    /// <summary>The end of a match of <paramref name="words"/> at <paramref name="i"/> with a gap between its words, or -1.</summary>
    public int End(int i, string[] words, Trigger trigger) =>
        TopicGapEnd(i, words, trigger) is var topicEnd and >= 0 ? topicEnd
        : PartyGapEnd(i, words, trigger) is var partyEnd and >= 0 ? partyEnd
        : PlaceGapEnd(i, words, trigger) is var placeEnd and >= 0 ? placeEnd
        : LeaderGapEnd(i, words, trigger) is var leaderEnd and >= 0 ? leaderEnd
        : QuoteGapEnd(i, words, trigger) is var quoteEnd and >= 0 ? quoteEnd
        : GoodsGapEnd(i, words, trigger) is var goodsEnd and >= 0 ? goodsEnd : ResourceGapEnd(i, words, trigger);

    /// <summary>
    /// "an agreement on water sharing with Kyrgyzstan": a nominal trigger whose preposition comes after a topic
    /// (claim_cues <c>topic_preps</c> and up to four lower-case words, no name), or after "worth" or "of" and a sum or
    /// measure ("loans worth $5 billion to", "a loan of $500 million to", "a border of more than 1,700 km with"; not for a
    /// trigger whose own preposition is "of"); the end of the match, or -1.
    /// </summary>
    private int TopicGapEnd(int i, string[] words, Trigger trigger)
    {
        const int MaxTopicWords = 4;
        int topic = i + words.Length - 1;
        if (trigger.Kind != TriggerKind.Noun || words.Length < 2)
        {
            return -1;
        }

        bool sum = view.Is(topic, "worth") || view.Is(topic, "of") && words[^1] != "of";
        int length = sum ? 1 : lexicon.Cues.TopicPreps.LongestAt(view, topic);
        if (length == 0)
        {
            return -1;
        }

        for (int k = 0; k < words.Length - 1; k++)
        {
            if (!view.Is(i + k, words[k]))
            {
                return -1;
            }
        }

        if (sum)
        {
            return SumGapEnd(topic + 1, words[^1]);
        }

        for (int k = topic + length; k < view.End && k <= topic + length + MaxTopicWords && view.MentionIndexAt(k) < 0; k++)
        {
            if (view.Is(k, words[^1]))
            {
                return k > topic + length ? k + 1 : -1;
            }

            if (view.Token(k).Kind != TokenKind.Word || !view.Token(k).Is(TokenShape.AllLower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "warned African nations against taking Chinese loans": a two-word verb whose second word is "against" or "about",
    /// with the party the verb is addressed to between its words (a name or demonym, perhaps after "the", and at most one
    /// actor noun of claim_cues <c>actors</c>); the end of the match (after the preposition), or -1. What follows the
    /// preposition is the verb's object; the addressee is none.
    /// </summary>
    private int PartyGapEnd(int i, string[] words, Trigger trigger)
    {
        if (trigger.Kind != TriggerKind.Verb || words.Length != 2 || !(words[1] == "against" || words[1] == "about") || !view.Is(i, words[0]))
        {
            return -1;
        }

        int k = i + 1;
        k += view.Is(k, "the") && view.MentionIndexAt(k) < 0 ? 1 : 0;
        if (view.MentionIndexAt(k) is not (>= 0 and var party) || view.MentionFirst(party) != k || view.IsPossessive(party))
        {
            return -1;
        }

        k = view.AfterMention(party);
        k += lexicon.Cues.Actors.LongestAt(view, k);
        return view.Is(k, words[1]) ? k + 1 : -1;
    }

    /// <summary>
    /// "held talks in Kabul with Foreign Minister Amir Khan Muttaqi", "talks in Doha between …": a two-word noun trigger
    /// with the place where it happens ("in" or "at" and the name of a place or state) between its words; the end of the
    /// match (after the preposition), or -1. The place stays a place of the event, not a party.
    /// </summary>
    private int PlaceGapEnd(int i, string[] words, Trigger trigger)
    {
        if (trigger.Kind != TriggerKind.Noun || words.Length != 2 || words[1] is "in" or "at" || !view.Is(i, words[0])
            || !(view.Is(i + 1, "in") || view.Is(i + 1, "at")))
        {
            return -1;
        }

        if (view.MentionIndexAt(i + 2) is not (>= 0 and var place) || view.MentionFirst(place) != i + 2 || view.IsPossessive(place)
            || view.Mention(place).Entity.Type is not (EntityType.Place or EntityType.Country))
        {
            return -1;
        }

        int k = view.AfterMention(place);
        return view.Is(k, words[1]) ? k + 1 : -1;
    }

    /// <summary>
    /// "sent a delegation led by Foreign Minister Jeenbek Kulubaev to Kabul": a two-word noun trigger whose first word is a
    /// unit's noun (claim_cues <c>unit_nouns</c>) with "led by" or "headed by" and the person leading the unit between its
    /// words; the end of the match (after the preposition), or -1. The leader goes where the unit goes (NounReader).
    /// </summary>
    private int LeaderGapEnd(int i, string[] words, Trigger trigger)
    {
        if (trigger.Kind != TriggerKind.Noun || words.Length != 2 || !view.Is(i, words[0]) || lexicon.Cues.UnitNouns.LongestAt(view, i) != 1
            || ObjectQualifierFinder.UnitLeader(view, lexicon.Cues, i) is not (>= 0 and var leader))
        {
            return -1;
        }

        int k = view.AfterMention(leader);
        return view.Is(k, words[1]) ? k + 1 : -1;
    }

    /// <summary>
    /// "ready for \"practical cooperation\" with Kabul", "Beijing's \"consistent support\" for Tajikistan's sovereignty": a
    /// noun trigger whose preposition comes right after the quotation mark that closes a quoted fragment ending with the
    /// noun (an odd number of quotation marks stands before it in the sentence); the end of the match (after the
    /// preposition), or -1.
    /// </summary>
    private int QuoteGapEnd(int i, string[] words, Trigger trigger)
    {
        int quote = i + words.Length - 1;
        if (trigger.Kind != TriggerKind.Noun || words.Length < 2 || !view.Is(quote + 1, words[^1]))
        {
            return -1;
        }

        for (int k = 0; k < words.Length - 1; k++)
        {
            if (!view.Is(i + k, words[k]))
            {
                return -1;
            }
        }

        return QuoteMarks.ClosesAt(view, quote) ? quote + 2 : -1;
    }

    /// <summary>
    /// "Afghan exports of dried fruit and saffron to India", "air exports of saffron and pine nuts to India and China": a
    /// two-word noun trigger of a predicate with goods (TRADES_WITH <c>goods</c>) with "of" and what is traded between its
    /// words (lower-case words, commas and "and", no name, at most <c>MaxGoodsWords</c>, one of them a goods noun); the end
    /// of the match (after the preposition), or -1.
    /// </summary>
    private int GoodsGapEnd(int i, string[] words, Trigger trigger)
    {
        const int MaxGoodsWords = 8;
        if (trigger.Kind != TriggerKind.Noun || words.Length != 2 || words[1] == "of" || trigger.Predicate.Goods.Count == 0
            || !view.Is(i, words[0]) || !view.Is(i + 1, "of"))
        {
            return -1;
        }

        bool goods = false;
        for (int k = i + 2; k < view.End && k <= i + 2 + MaxGoodsWords && view.MentionIndexAt(k) < 0; k++)
        {
            if (view.Is(k, words[1]))
            {
                return goods ? k + 1 : -1;
            }

            if (!view.Is(k, ",") && !(view.Token(k).Kind == TokenKind.Word && view.Token(k).Is(TokenShape.AllLower))
                || GrammarWords.Prepositions.StartsAt(view, k) || GrammarWords.ClauseStops.StartsAt(view, k))
            {
                return -1;
            }

            goods |= NounWords.IsGoods(view, trigger.Predicate, k);
        }

        return -1;
    }

    /// <summary>
    /// "to mine copper at Mes Aynak", "extract oil from the Amu Darya basin": a two-word verb with what is mined or
    /// extracted between its words (claim_cues <c>resources</c>, up to two words); the end of the match (after the
    /// preposition), or -1.
    /// </summary>
    private int ResourceGapEnd(int i, string[] words, Trigger trigger)
    {
        const int MaxResourceWords = 2;
        if (trigger.Kind != TriggerKind.Verb || words.Length != 2 || !view.Is(i, words[0]))
        {
            return -1;
        }

        int k = i + 1;
        for (int n = 0; n < MaxResourceWords && k < view.End && view.MentionIndexAt(k) < 0 && lexicon.Cues.Resources.LongestAt(view, k) is var length and > 0; n++)
        {
            k += length;
        }

        return k > i + 1 && view.Is(k, words[1]) ? k + 1 : -1;
    }

    /// <summary>
    /// "loans worth $5 billion to Pakistan", "a loan of 50 million yuan ($6.9 million) to": after "worth" or "of", a sum
    /// with a number (numbers, currency signs, claim_cues <c>amounts</c> and <c>money</c> words, up to six tokens, and a
    /// bracketed conversion after the number) and then the trigger's preposition; the end of the match, or -1.
    /// </summary>
    private int SumGapEnd(int from, string prep)
    {
        const int MaxSum = 6;
        bool number = false;
        for (int k = from, n = 0; k < view.End && n <= MaxSum; k++, n++)
        {
            if (view.Is(k, prep))
            {
                return number ? k + 1 : -1;
            }

            if (number && Sums.ConversionEnd(view, lexicon.Cues, k) is >= 0 and var after)
            {
                k = after - 1;
                continue;
            }

            number |= view.Token(k).Kind == TokenKind.Number;
            if (!Sums.IsSumToken(view, lexicon.Cues, k))
            {
                return -1;
            }

            // "more than", "cubic metres": an amount of several words is one step.
            k += Math.Max(lexicon.Cues.Amounts.LongestAt(view, k) - 1, 0);
        }

        return -1;
    }
}
