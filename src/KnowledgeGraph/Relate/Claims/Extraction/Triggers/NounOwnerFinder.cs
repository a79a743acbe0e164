using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Finds the owner of a nominal trigger before it for <see cref="NounReader"/>, past the fillers that qualify the noun
/// ("the most extensive investment in", "his 1994 tour of"): the name ending there (a possessor, a demonym), a name the
/// structural noun is in apposition to ("Khujand, the main city of …"), the name before ", whose", or a possessor past
/// coordinated modifiers ("China's economic and security cooperation with") or the quotation mark opening a fragment
/// that holds the noun ("Beijing's \"consistent support\" for").
/// </summary>
internal sealed class NounOwnerFinder
{
    private const int MaxFillers = NounReader.MaxFillers;
    private readonly ClaimCues cues;
    private readonly NounPhraseWalker walker;

    public NounOwnerFinder(ClaimCues cues, NounPhraseWalker walker)
    {
        this.cues = cues;
        this.walker = walker;
    }

    /// <summary>
    /// The owner of the noun of <paramref name="trigger"/> at <paramref name="start"/>; -1 when none. <paramref name="i"/>
    /// receives the token before the noun's phrase, <paramref name="apposition"/> whether the noun is in apposition to the
    /// owner, <paramref name="whose"/> whether the owner is the antecedent of ", whose".
    /// </summary>
    public int Find(SentenceView view, Trigger trigger, int start, out int i, out bool apposition, out bool whose)
    {
        i = start - 1;
        // "the most extensive investment in": any adjective may qualify a noun of a relation; before a structural one
        // ("former members of") it may say whose the noun is not, and "relations" or "ties" are asserted or denied by theirs
        // ("tense relations with"), which the tree reads (Dependency.RelationNouns).
        bool relational = trigger.Predicate.Class != PredicateClasses.Structural && !Dependency.RelationNouns.IsCue(cues, view.Word(start));
        bool goodsList = false;
        for (int n = 0; n < MaxFillers && i >= view.First && view.MentionIndexAt(i) < 0; n++)
        {
            // "his 1994 tour of the region": a year dates the noun; "ISKP's rocket attacks on": an instrument qualifies it, and
            // so do the goods of a trade ("Kazakhstan's uranium exports to China").
            if (cues.Fillers.StartsAt(view, i) || view.IsYear(i) || NounWords.IsOrdinal(view, i) || cues.Instruments.LongestAt(view, i) == 1
                || NounWords.IsGoods(view, trigger.Predicate, i) || relational && NounWords.TaggedAdjective(view, i))
            {
                goodsList |= NounWords.IsGoods(view, trigger.Predicate, i);
                i--;
            }
            else if (i + 1 < start && ((NounWords.IsAdverb(view, i) || view.Is(i, "most") || view.Is(i, "more")) && (cues.Fillers.StartsAt(view, i + 1) || relational && NounWords.TaggedAdjective(view, i + 1))
                || (view.Is(i, "and") || view.Is(i, ",")) && i - 1 >= view.First && cues.Fillers.StartsAt(view, i - 1) && (cues.Fillers.StartsAt(view, i + 1) || NounWords.IsAdverb(view, i + 1))))
            {
                // "shares a short and largely impassable border with", "a short, remote border with": fillers joined by "and"
                // or a comma, or after an adverb.
                i--;
            }
            else if ((view.Is(i, "and") || view.Is(i, "or")) && i - 1 >= view.First && walker.IsMoneyNoun(view, i - 1) && walker.IsMoneyNoun(view, start))
            {
                // "pledged $2 billion in grants and loans to Kyrgyzstan": a noun of aid or lending joined to the trigger's.
                i -= 2;
            }
            else if (goodsList && (view.Is(i, "and") || view.Is(i, ",")) && i - 1 >= view.First
                && view.MentionIndexAt(i - 1) < 0 && VerbShapes.IsLowerWord(view, i - 1) && !GrammarWords.Prepositions.StartsAt(view, i - 1))
            {
                // "Kazakh wheat, meat and copper exports to China": past one goods noun, the one-word conjuncts listed with it.
                i -= 2;
            }
            else if (NounWords.IsMeasure(view, i))
            {
                // "a 92-km border", "a $500-million loan": a measure written with a hyphen, and the currency sign before it.
                i -= 3;
                while (i >= view.First && view.Token(i).Kind == Model.TokenKind.Symbol)
                {
                    i--;
                }
            }
            else if (QuoteMarks.OpensAt(view, i))
            {
                // "Beijing's \"consistent support\" for": the quotation mark opening a fragment that holds the noun.
                i--;
            }
            else
            {
                break;
            }
        }

        int m = SubjectFinder.EndingAt(view, i);
        apposition = false;
        if (m < 0 && view.Is(i, ",") && trigger.Predicate.Class == PredicateClasses.Structural
            && SubjectFinder.NamedEndingAt(view, i - 1) is >= 0 and var apposed
            && !view.IsPossessive(apposed) && view.Mention(apposed).Kind != Model.MentionKind.Demonym
            && (!GrammarWords.Prepositions.StartsAt(view, view.BeforeMention(apposed)) || NounWords.VerbBefore(view, view.BeforeMention(apposed))
                || view.Mention(apposed).Entity.Type == Model.EntityType.Place && cues.PlaceHeads.LongestAt(view, start) > 0))
        {
            // "The Wakhan corridor, part of Badakhshan province,", "Khujand, the main city of Tajikistan's Sughd region": a
            // structural noun in apposition says what the name before the comma is, also after a verb's preposition
            // ("extends to the Wakhan corridor, the narrow strip of Badakhshan province"), not after a noun's ("a pipeline to
            // Azerbaijan, part of …" describes the pipeline) unless a noun of a place (claim_cues place_heads) describes a
            // place ("the company's field office in Sheberghan, the capital of neighbouring Jowzjan province").
            m = apposed;
            apposition = true;
        }

        whose = false;
        if (m < 0 && view.Is(i, "whose") && view.Is(i - 1, ",") && SubjectFinder.EndingAt(view, i - 2) is >= 0 and var antecedent
            && !view.IsPossessive(antecedent)
            && (!GrammarWords.Prepositions.StartsAt(view, view.BeforeMention(antecedent)) || trigger.Predicate.Symmetric && trigger.Predicate.Class == PredicateClasses.Structural))
        {
            // "Tajikistan, whose 1,357-km border with Afghanistan": the name before ", whose" owns the noun; a symmetric
            // structural noun (a border) it owns also after a preposition ("instead of Pakistan, whose border crossings with
            // Afghanistan"), where another noun may be what the clause's verb does to it.
            m = antecedent;
            whose = true;
        }

        if (m < 0 && walker.PossessorPastModifiers(view, start - 1) is >= 0 and var possessor)
        {
            // "China's economic and security cooperation with Pakistan", "the U.K.'s traditional military and intelligence
            // relationships with": coordinated modifiers between a possessor and its noun.
            i = view.AfterMention(possessor) - 1;
            m = possessor;
        }

        if (m < 0 && walker.SkipAmount(view, i) is var beforeAmount && beforeAmount != i)
        {
            // "provide a further 10 million pounds in humanitarian aid to Syria": fillers before the amount too.
            i = beforeAmount;
            for (int n = 0; n < MaxFillers && i >= view.First && view.MentionIndexAt(i) < 0 && cues.Fillers.StartsAt(view, i); n++)
            {
                i--;
            }

            // "Afghanistan's $1.1 billion in exports to Pakistan", "China's $60 billion investment in": a possessor or
            // demonym before the sum owns the noun; a bare name there is a verb's object ("lent Kenya $2 billion in").
            if (SubjectFinder.EndingAt(view, i) is >= 0 and var owner
                && (view.IsPossessive(owner) || view.IsPossessivePronoun(owner) || view.Mention(owner).Kind == Model.MentionKind.Demonym))
            {
                m = owner;
            }
        }

        return m;
    }
}
