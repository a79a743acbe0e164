using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// A verb of receiving (claim_cues <c>receiving</c>) turns a nominal trigger round, for predicates marked
/// <see cref="PredicateDefinition.Received"/>: its subject is the object, the giver is the demonym or possessor before the
/// noun or the name after "from" ("Kazakhstan embraced Chinese investment" → China INVESTS_IN Kazakhstan; "garnering
/// support from the Taliban authorities" → the Taliban SUPPORTS …; "Zambia secured $30 million in loans from China").
/// Nouns match on their head word ("investment" of "investment in"). One instance per reader; not thread-safe.
/// </summary>
internal sealed class RecipientReader
{
    private const int MaxGap = 8;
    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjectFinder;
    private readonly PhraseIndex<Trigger> heads = new();
    private readonly List<Argument> subjects = [];
    private readonly bool any;

    public RecipientReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        this.lexicon = lexicon;
        this.subjectFinder = subjectFinder;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            if (!predicate.Received)
            {
                continue;
            }

            foreach (string noun in predicate.Nouns)
            {
                string[] words = PhraseWords.Split(noun)[..1];
                heads.Add(words, new Trigger(words, TriggerKind.Noun, predicate, null));
                any = true;
            }
        }

        heads.Seal();
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!any)
        {
            return;
        }

        for (int v = view.First + 1; v < view.End; v++)
        {
            if (view.MentionIndexAt(v) >= 0 || lexicon.Cues.Receiving.LongestAt(view, v) != 1)
            {
                continue;
            }

            int giver = -1;
            int noun = -1;
            Trigger? trigger = null;
            for (int j = v + 1; j < view.End && j - v <= MaxGap; j++)
            {
                int m = view.MentionIndexAt(j);
                if (m >= 0)
                {
                    if (giver >= 0 || !(view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym))
                    {
                        break;
                    }

                    giver = m;
                    j = view.AfterMention(m) - 1;
                    continue;
                }

                if (HeadAt(view, j) is { } head)
                {
                    noun = j;
                    trigger = head;
                    break;
                }

                if (giver >= 0 ? !lexicon.Cues.Fillers.StartsAt(view, j) : !Passable(view, j))
                {
                    break;
                }
            }

            if (trigger is null)
            {
                continue;
            }

            giver = giver >= 0 ? giver : From(view, noun + 1);
            if (giver < 0)
            {
                continue;
            }

            subjectFinder.Find(view, v, subjects, out int bridge);
            foreach (Argument recipient in subjects)
            {
                output.Add((new ClaimCandidate(giver, recipient.Mention, 0.85f * recipient.Weight, bridge, v, null), trigger, noun));
            }
        }
    }

    /// <summary>Words between the verb and its noun: determiners, adjectives of the filler list, an amount and its "in".</summary>
    private bool Passable(SentenceView view, int j) =>
        lexicon.Cues.Fillers.StartsAt(view, j) || lexicon.Cues.Amounts.StartsAt(view, j) || view.Is(j, "in") || view.Is(j, "-")
        || view.Is(j, "$") || view.Token(j).Kind == TokenKind.Number;

    /// <summary>The giver named after "from" ("loans from the Export-Import Bank of China"); -1 when there is none.</summary>
    private static int From(SentenceView view, int j)
    {
        if (!view.Is(j, "from"))
        {
            return -1;
        }

        int at = view.Is(j + 1, "the") ? j + 2 : j + 1;
        int m = view.MentionIndexAt(at);
        return m >= 0 && view.MentionFirst(m) == at && !view.IsPossessive(m) && view.Mention(m).Kind != MentionKind.Demonym ? m : -1;
    }

    private Trigger? HeadAt(SentenceView view, int i)
    {
        if (heads.Candidates(view.Word(i)) is not { } list)
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
}
