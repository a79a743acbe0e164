using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A giver providing a recipient with aid: "Beijing supplied Kabul with humanitarian aid", "Washington provided Kyiv with
/// weapons" → the verb's subject PROVIDES_AID_TO the recipient. The verb is one of claim_cues <c>provision_verbs</c>, the
/// recipient the mention right after it (after "the"), then "with" and, within three lower-case words, one of
/// <c>aid_nouns</c>. A verb of giving (<c>giving_verbs</c>) with two objects, the recipient and a sum "in" aid or loans:
/// "China has given Pakistan $4 billion in loans" → FUNDS, "Beijing offered Kabul $31 million in emergency aid" →
/// PROVIDES_AID_TO (the noun, one of <c>aid_nouns</c> or <c>lending_nouns</c>, decides). Goods of TRADES_WITH in place of
/// aid state trade: "Iran has supplied Gwadar with electricity", and, with the goods first and the buyer after "to",
/// "Turkmenistan supplies gas to China", "sends its gas exports to China"; with a noun of aid first and the recipient
/// after "to", a verb of providing gives aid ("China delivered 20 J-10C fighter jets to Pakistan"). A model's designation
/// may stand among the words ("provided Pakistan with F-16 fighter jets"). One instance per reader; not thread-safe.
/// </summary>
internal sealed class ProvisionReader
{
    private const int MaxModifiers = 3;
    private const int MaxSum = 6;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? predicate;
    private readonly PredicateDefinition? funds;
    private readonly PredicateDefinition? trade;
    private readonly PhraseIndex<string> goods = new();
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> givers = [];
    /// <summary>
    /// Last words of nominal triggers before "to" but the traded goods' ("arms to" of SUPPORTS, "aid to"): the noun
    /// reader reads what they give, negation included ("provided no aid to").
    /// </summary>
    private readonly HashSet<string> otherNounsTo = new(StringComparer.OrdinalIgnoreCase);

    public ProvisionReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        predicate = lexicon.Find("PROVIDES_AID_TO");
        funds = lexicon.Find("FUNDS");
        trade = lexicon.Find("TRADES_WITH");
        foreach (string noun in trade?.Goods ?? [])
        {
            goods.Add(PhraseWords.Split(noun), noun);
        }

        goods.Seal();
        foreach (PredicateDefinition other in lexicon.Predicates)
        {
            if (other != trade)
            {
                foreach (string noun in other.Nouns)
                {
                    string[] words = noun.Split(' ');
                    if (words.Length >= 2 && words[^1] == "to")
                    {
                        otherNounsTo.Add(words[^2]);
                    }
                }
            }
        }

        this.subjectFinder = subjectFinder;
    }

    /// <summary>
    /// The verbs' first words: every claim the reader finds has a verb of providing or of giving (one word), before its
    /// recipient or before the goods given "to" it.
    /// </summary>
    public IEnumerable<string> CueWords => [.. cues.ProvisionVerbs.FirstWords, .. cues.GivingVerbs.FirstWords];

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (predicate is null || cues.ProvisionVerbs.Count == 0)
        {
            return;
        }

        // Driven by the recipient, not by every token: the verb (one word) stands right before it or its "the".
        for (int recipient = 1; recipient < view.MentionCount; recipient++)
        {
            int verb = view.MentionFirst(recipient) - 1;
            verb -= view.Is(verb, "the") ? 1 : 0;
            // "to Tajikistan's border troops": a possessor before an actor noun receives what its actors do.
            if (verb >= view.First && view.Is(verb, "to") && (!view.IsPossessive(recipient) || ActorsOf(view, recipient)))
            {
                GoodsTo(view, recipient, verb, output);
                continue;
            }

            if (verb < view.First || view.MentionIndexAt(verb) >= 0 || view.IsPossessive(recipient))
            {
                continue;
            }

            int length = cues.ProvisionVerbs.LongestAt(view, verb);
            if (length != 1 && cues.GivingVerbs.LongestAt(view, verb) != 1)
            {
                continue;
            }

            int after = view.MentionLast(recipient) + 1;
            PredicateDefinition? stated = (length > 0 ? WithFollows(view, after) : null) ?? SumIn(view, after);
            if (stated is null)
            {
                continue;
            }

            subjectFinder.Find(view, verb, givers, out int bridgeStart);
            var trigger = new Trigger([view.Word(verb).ToString()], TriggerKind.Verb, stated, (stated == predicate || stated == trade) && view.Is(after, "with") ? "with" : "in");
            foreach (Argument giver in givers)
            {
                output.Add((new ClaimCandidate(giver.Mention, recipient, 0.85f * giver.Weight, bridgeStart, verb, null), trigger, verb));
            }
        }
    }

    /// <summary>
    /// "Turkmenistan supplies gas to China", "sends about two-thirds of its gas exports to China": a verb of providing or
    /// giving, then within a few lower-case words, numbers and a possessive pronoun one of TRADES_WITH's goods, then the
    /// "to" at <paramref name="to"/> before the buyer <paramref name="recipient"/>; the verb's subject trades with the
    /// buyer.
    /// </summary>
    private void GoodsTo(SentenceView view, int recipient, int to, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (trade is null || goods.Count == 0)
        {
            return;
        }

        const int MaxGoodsWords = 8;
        int i = to - 1;
        bool noun = false;
        bool aid = false;
        for (int n = 0; n <= MaxGoodsWords && i >= view.First && (view.Token(i).Kind is TokenKind.Word or TokenKind.Number || view.Is(i, "-"))
            && (view.MentionIndexAt(i) < 0 || view.IsPossessivePronoun(view.MentionIndexAt(i))); n++, i--)
        {
            noun |= goods.StartsAt(view, i);
            if (Providing(view, i))
            {
                break;
            }

            // Not the verb itself: "supplies" is a verb here, no noun of aid.
            aid |= cues.AidNouns.StartsAt(view, i);

            if (!view.Token(i).Is(TokenShape.AllLower) && view.Token(i).Kind != TokenKind.Number && !view.Is(i, "-") && !Designation(view, i))
            {
                return;
            }
        }

        // "delivered 20 J-10C fighter jets to Pakistan": a noun of aid names what is provided, and the recipient gets aid;
        // arms to an armed group are backing, which SUPPORTS' own nouns read ("had supplied arms to the Taliban").
        Entity receiver = view.Mention(recipient).Entity;
        bool armedGroup = receiver.Type == EntityType.Group || receiver.Subtype == EntitySubtypes.MilitantGroup;
        bool readElsewhere = otherNounsTo.Contains(view.Word(to - 1).ToString());
        PredicateDefinition? stated = aid && !armedGroup && !readElsewhere && predicate is not null && cues.ProvisionVerbs.LongestAt(view, i) == 1 ? predicate
            : noun ? trade : null;
        if (stated is null || i < view.First || !Providing(view, i))
        {
            return;
        }

        subjectFinder.Find(view, i, givers, out int bridgeStart);
        var trigger = new Trigger([view.Word(i).ToString()], TriggerKind.Verb, stated, "to");
        // "supplying gas to Uzbekistan and Kazakhstan": each buyer listed after the first.
        for (int buyer = recipient; buyer >= 0; buyer = NextListed(view, buyer))
        {
            foreach (Argument giver in givers)
            {
                output.Add((new ClaimCandidate(giver.Mention, buyer, 0.85f * giver.Weight, bridgeStart, i, null), trigger, i));
            }
        }
    }

    /// <summary>True when an actor noun ("border troops", "army") follows the possessive mention <paramref name="m"/>.</summary>
    private bool ActorsOf(SentenceView view, int m) => cues.Actors.StartsAt(view, view.AfterMention(m));

    /// <summary>The name listed after mention <paramref name="m"/> past "and", "or" or a comma; -1 when none.</summary>
    private static int NextListed(SentenceView view, int m)
    {
        int j = view.AfterMention(m);
        j += view.Is(j, ",") ? 1 : 0;
        j += view.Is(j, "and") || view.Is(j, "or") ? 1 : 0;
        j += view.Is(j, "the") ? 1 : 0;
        return j > view.AfterMention(m) && view.MentionIndexAt(j) is >= 0 and var next && view.MentionFirst(next) == j && !view.IsPossessive(next) ? next : -1;
    }

    /// <summary>A verb of providing or of giving (one word) at <paramref name="i"/>: "supplies", "sends".</summary>
    private bool Providing(SentenceView view, int i) => cues.ProvisionVerbs.LongestAt(view, i) == 1 || cues.GivingVerbs.LongestAt(view, i) == 1;

    /// <summary>
    /// "$4 billion in loans", "US$31 million in emergency aid", "$1 billion worth of weapons": a sum with a number from
    /// <paramref name="i"/> on, then "in" or "worth of" and, within three lower-case words, a noun of aid (PROVIDES_AID_TO)
    /// or of lending (FUNDS); null when the words after the recipient are not so written.
    /// </summary>
    private PredicateDefinition? SumIn(SentenceView view, int i)
    {
        bool number = false;
        int end = Math.Min(view.End, i + MaxSum);
        while (i < end && !view.Is(i, "in") && !(view.Is(i, "worth") && view.Is(i + 1, "of")))
        {
            number |= view.Token(i).Kind == TokenKind.Number;
            if (!Sums.IsSumToken(view, cues, i))
            {
                return null;
            }

            i++;
        }

        if (!number || i >= end)
        {
            return null;
        }

        i += view.Is(i, "in") ? 1 : 2;
        for (int n = 0; n <= MaxModifiers && i < view.End && view.MentionIndexAt(i) < 0; n++, i++)
        {
            if (Stated(view, i) is { } stated)
            {
                return stated;
            }

            if (view.Token(i).Kind != TokenKind.Word || !view.Token(i).Is(TokenShape.AllLower))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "with" at <paramref name="with"/> and, within a few lower-case words and a sum, a noun of aid (PROVIDES_AID_TO:
    /// "supplied Kabul with humanitarian aid") or of lending (FUNDS: "provided Ghana with a $3 billion loan"); null when
    /// not so written.
    /// </summary>
    private PredicateDefinition? WithFollows(SentenceView view, int with)
    {
        if (!view.Is(with, "with"))
        {
            return null;
        }

        int words = 0;
        for (int i = with + 1; i < view.End && words <= MaxModifiers && view.MentionIndexAt(i) < 0; i++)
        {
            if (Stated(view, i) is { } stated)
            {
                return stated;
            }

            if (Sums.IsSumToken(view, cues, i) || Designation(view, i))
            {
                continue;
            }

            if (view.Token(i).Kind != TokenKind.Word || !view.Token(i).Is(TokenShape.AllLower))
            {
                return null;
            }

            words++;
        }

        return null;
    }

    /// <summary>
    /// A token of a model's designation no mention covers ("F-16", "J-10C", "JF-17": capitalised letters, digits and the
    /// hyphens between them), which may stand before a noun of what is provided.
    /// </summary>
    private static bool Designation(SentenceView view, int i)
    {
        if (view.MentionIndexAt(i) >= 0)
        {
            return false;
        }

        if (view.Is(i, "-"))
        {
            return i > view.First && view.Token(i).Start == view.Token(i - 1).End;
        }

        ReadOnlySpan<char> word = view.Word(i);
        bool digit = false;
        foreach (char c in word)
        {
            digit |= char.IsDigit(c);
            if (!char.IsUpper(c) && !char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0 && (digit || i + 1 < view.End && view.Is(i + 1, "-") && view.Token(i + 1).Start == view.Token(i).End);
    }

    /// <summary>
    /// The predicate a noun at <paramref name="i"/> states: PROVIDES_AID_TO for one of <c>aid_nouns</c>, FUNDS for one of
    /// <c>lending_nouns</c>, TRADES_WITH for one of its goods; else null.
    /// </summary>
    private PredicateDefinition? Stated(SentenceView view, int i) =>
        cues.AidNouns.StartsAt(view, i) ? predicate : cues.LendingNouns.StartsAt(view, i) ? funds : goods.StartsAt(view, i) ? trade : null;
}
