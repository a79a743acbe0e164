using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectHeads;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectClauses;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Collects the subjects coordinated with a found one ("China and Russia") and the companions a verb's subject acts with.
/// </summary>
internal sealed class SubjectCoordinator
{
    private readonly ClaimCues cues;
    private readonly TitleIndex titles;

    public SubjectCoordinator(ClaimCues cues, TitleIndex titles)
    {
        this.cues = cues;
        this.titles = titles;
    }

    /// <summary>
    /// "the US and its Western partners push sanctions": the named party acts with unnamed companions, and a name or
    /// demonym qualifying them ("Western") is a party too. Nothing when the phrase stands after a preposition.
    /// </summary>
    internal void Companions(SentenceView view, int i, List<Argument> subjects)
    {
        int j = i - 1;
        int demonym = -1;
        for (int steps = 0; steps < 3 && j > view.First; steps++)
        {
            int d = view.MentionIndexAt(j);
            if (d >= 0 && !view.IsPossessive(d) && !view.IsPossessivePronoun(d) && demonym < 0)
            {
                demonym = d;
                j = view.MentionFirst(d) - 1;
            }
            else if ((d < 0 || view.IsPossessivePronoun(d)) && (view.IsPossessivePronounWord(j) || cues.Fillers.StartsAt(view, j)))
            {
                j--;
            }
            else
            {
                break;
            }
        }

        int m = GrammarWords.Conjunctions.StartsAt(view, j) ? EndingAt(view, j - 1) : -1;
        if (m < 0 || view.IsPossessive(m) || !IsUsableHead(view, m))
        {
            return;
        }

        int leftmost = view.MentionFirst(m);
        int head = view.Is(leftmost - 1, "the") ? leftmost - 2 : leftmost - 1;
        if (GrammarWords.Prepositions.StartsAt(view, head))
        {
            return;
        }

        subjects.Add(new Argument(m, 0.85f));
        if (demonym >= 0 && view.Mention(demonym).Entity.Id != view.Mention(m).Entity.Id)
        {
            subjects.Add(new Argument(demonym, 0.8f));
        }
    }

    internal void Coordinate(SentenceView view, int m, float weight, List<Argument> subjects, TitleIndex titles)
    {
        bool sawAnd = false;
        // "Chinese President Xi Jinping and Russian President Vladimir Putin met": a person's title, and the demonym or name
        // before it, stand between the conjunction and the name.
        int j = view.Mention(m).Entity.Type == EntityType.Person ? BeforeTitle(view, view.MentionFirst(m) - 1, titles) : view.MentionFirst(m) - 1;
        // "Germany and the US agreed": the last name may begin with its article (an article before an earlier one may
        // open the whole phrase: "…, the Indian and Chinese governments").
        if (view.Is(j, "the") && view.MentionIndexAt(j) < 0 && GrammarWords.Conjunctions.StartsAt(view, j - 1))
        {
            j--;
        }
        else if (view.Is(j, "other") && view.Mention(m).Kind == MentionKind.Demonym && GrammarWords.Conjunctions.StartsAt(view, j - 1))
        {
            // "Kenya, Ethiopia and other African countries have borrowed": the named states act with the others.
            j--;
        }

        while (j > view.First)
        {
            // "Russia, the EU and the US imposed": an earlier listed name may begin with its article too (not a demonym,
            // whose article opens the phrase it qualifies: "the previous government, the Indian and Chinese governments").
            if (sawAnd && view.Is(j, "the") && view.MentionIndexAt(j) < 0 && view.Is(j - 1, ",")
                && view.Mention(subjects[^1].Mention).Kind != MentionKind.Demonym)
            {
                j--;
            }

            int next;
            if (GrammarWords.Conjunctions.StartsAt(view, j) || view.Is(j, "nor"))
            {
                sawAnd = true;
                next = view.Is(j - 1, ",") ? j - 2 : j - 1;
            }
            else if (sawAnd && view.Is(j, ","))
            {
                next = j - 1;
            }
            else
            {
                break;
            }

            // "Russian forces and Hezbollah fighters attacked": a demonym's or name's actor noun stands before the conjunction.
            int named = next;
            for (int n = 0; n < 2 && named > view.First && view.MentionIndexAt(named) < 0 && cues.Actors.LongestAt(view, named) == 1; n++)
            {
                named--;
            }

            int other = view.MentionIndexAt(named);
            // "… extend the corridor to Afghanistan, and Wang urged the Taliban": a name a preposition governs before ", and"
            // ends the clause before; the name after the conjunction opens a clause of its own.
            // So does one a verb governs ("… for Uzbek grain to reach the Gulf, and Iranian President Masoud Pezeshkian
            // visited Ashgabat"): a lower-case word before it (and its "the") that is no conjunction.
            // So does one after a conjunction of its own ("belongs to the Eurasian Economic Union and the CSTO, and Russia
            // keeps an air base at Kant"): two names joined by "and" are one list, and ", and" opens the next clause.
            // So does one whose possessor a preposition governs ("… based in Afghanistan's Badakhshan province, and Beijing,
            // which …, has urged Kabul").
            int lead = other >= 0 && view.Is(view.MentionFirst(other) - 1, "'s") && view.MentionIndexAt(view.MentionFirst(other) - 2) is >= 0 and var possessor
                ? possessor : other;
            if (other >= 0 && subjects.Count == 1 && view.Is(next + 1, ",") && GrammarWords.Conjunctions.StartsAt(view, next + 2)
                && (GrammarWords.Prepositions.StartsAt(view, view.BeforeMention(lead)) || GovernedByVerb(view, lead)
                    || GrammarWords.Conjunctions.StartsAt(view, view.BeforeMention(lead))))
            {
                break;
            }

            // "In Dushanbe, Chinese and Tajik troops clashed": a name the sentence's opening preposition governs before a
            // bare comma opens the sentence, not the list ("Representatives of China, Russia and Iran" is one list).
            if (other >= 0 && view.Is(j, ",") && view.BeforeMention(other) == view.First && GrammarWords.Prepositions.StartsAt(view, view.First))
            {
                break;
            }

            bool owned = named < next && other >= 0 && !view.IsPossessive(other)
                && (view.Mention(other).Kind == MentionKind.Demonym && view.Mention(other).Entity.Type == EntityType.Country || IsUsableHead(view, other));
            if (!owned && (named < next || other < 0 || view.IsPossessive(other) || !IsUsableHeadOrDemonymPair(view, other, m)))
            {
                break;
            }

            subjects.Add(new Argument(other, weight));
            j = view.MentionFirst(other) - 1;
        }
    }

    /// <summary>
    /// True when the word before mention <paramref name="m"/> (and its "the") is a lower-case verb form: not an article,
    /// conjunction, preposition, bridge, filler or actor noun ("to reach the Gulf").
    /// </summary>
    private bool GovernedByVerb(SentenceView view, int m)
    {
        int before = view.BeforeMention(m);
        return before >= view.First && view.MentionIndexAt(before) < 0 && VerbShapes.IsLowerWord(view, before)
            && !GrammarWords.Articles.StartsAt(view, before) && !GrammarWords.Conjunctions.StartsAt(view, before)
            && !GrammarWords.Prepositions.StartsAt(view, before) && !cues.Bridges.StartsAt(view, before)
            && !cues.Fillers.StartsAt(view, before) && !cues.Actors.StartsAt(view, before)
            && (view.TriggersAt(before) is not null || view.Word(before).EndsWith("ed", StringComparison.Ordinal) || view.Is(before - 1, "to"));
    }

    /// <summary>
    /// The token before a title of the lexicon that ends at <paramref name="j"/> and before the name or demonym that
    /// qualifies it ("Russian President"); <paramref name="j"/> itself when no title ends there.
    /// </summary>
    private static int BeforeTitle(SentenceView view, int j, TitleIndex titles)
    {
        if (j < view.First || view.MentionIndexAt(j) >= 0 || view.Token(j).Kind != TokenKind.Word || titles.EndingIn(view, j) is not { } list)
        {
            return j;
        }

        foreach (Trigger title in list)
        {
            int start = j - title.Length + 1;
            if (start >= view.First && view.WordsMatch(start, title.Words))
            {
                int before = start - 1;
                return view.MentionIndexAt(before) is >= 0 and var qualifier && view.MentionLast(qualifier) == before && !view.IsPossessive(qualifier)
                    ? view.MentionFirst(qualifier) - 1 : before;
            }
        }

        return j;
    }

    /// <summary>
    /// "Chinese and Russian officials": demonyms coordinate with demonyms; other kinds with anything but a bare demonym,
    /// unless an actor noun after the last name serves both ("Pakistani and Afghan Taliban officials").
    /// </summary>
    private bool IsUsableHeadOrDemonymPair(SentenceView view, int other, int head) =>
        IsUsableHead(view, other) || view.Mention(head).Kind == MentionKind.Demonym
        || view.Mention(other).Entity.Type == EntityType.Country && cues.Actors.LongestAt(view, view.AfterMention(head)) > 0;
}
