using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// The parties of a joint holding cooperate: a noun of a body several parties form or a participle of owning together
/// (claim_cues <c>joint_holdings</c>), then, within a few words, a word of claim_cues <c>joint_holding_preps</c> and two or
/// more coordinated names ("a consortium of Metallurgical Corporation of China and Jiangxi Copper", "a joint venture owned by
/// China State Railway Group, Kyrgyz Temir Jolu and Uzbekistan Railways", "co-owned on Kazakh territory by QazaqGaz and
/// CNPC") → COOPERATES_WITH between every two. Only countries, organisations and groups named, never a demonym or a
/// possessive ("a consortium of Chinese firms", "KazMunayGas's pipeline unit"); a lone party cooperates with no one here.
/// The parties may instead be the doers of the joint act or body: two or more named together as the subject of a verb of
/// claim_cues <c>joint_act_verbs</c> that takes it ("Russia's FSB and Kyrgyzstan's State Committee for National Security
/// run a joint task force", "Russian, Tajik and Kyrgyz troops began a week of joint live-fire drills"), or after the
/// "that" or "which" that follows its noun ("a joint monitoring mechanism that Doha and Ankara set up").
/// One instance per reader; not thread-safe.
/// </summary>
internal sealed class JointHoldingReader
{
    private const int MaxGap = 4;
    private const int MaxParties = 6;
    private const int MaxModifiers = 3;
    private const int MaxVerbWords = 2;
    private readonly SubjectFinder subjectFinder;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? cooperates;
    private readonly List<int> parties = [];
    private readonly List<Argument> doers = [];

    public JointHoldingReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        this.subjectFinder = subjectFinder;
        cues = lexicon.Cues;
        cooperates = lexicon.Find("COOPERATES_WITH");
    }

    /// <summary>The first words of the joint holdings: every claim this reader finds is read from one.</summary>
    public IEnumerable<string> CueWords => cues.JointHoldings.FirstWords;

    /// <summary>Appends to <paramref name="output"/> the cooperation of the parties of each joint holding in the loaded sentence.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (cooperates is null)
        {
            return;
        }

        for (int i = view.First; i < view.End; i++)
        {
            if (cues.JointHoldings.LongestAt(view, i) is not (> 0 and var length))
            {
                continue;
            }

            int from = i;
            if (PrepAfter(view, i + length) is not (> 0 and var at) || !PartiesFrom(view, at))
            {
                from = DoersOf(view, i, length);
                if (from < 0)
                {
                    continue;
                }
            }

            var trigger = Trigger.OfWords(view, i, length, TriggerKind.Noun, cooperates);
            for (int a = 0; a < parties.Count; a++)
            {
                for (int b = a + 1; b < parties.Count; b++)
                {
                    if (view.Mention(parties[a]).Entity.Id != view.Mention(parties[b]).Entity.Id)
                    {
                        output.Add((new ClaimCandidate(parties[a], parties[b], 0.85f, from, i, null), trigger, i));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Collects in <see cref="parties"/> the doers of the joint act or body at <paramref name="at"/>: the subjects of a verb
    /// of claim_cues <c>joint_act_verbs</c> right before its phrase and not after an infinitive's "to", or the names
    /// coordinated after a "that" or "which" right after its noun and before such a verb. Returns where a negation before
    /// the act would stand, -1 when fewer than two parties do it.
    /// </summary>
    private int DoersOf(SentenceView view, int at, int length)
    {
        parties.Clear();
        int start = PhraseStart(view, at);
        if (cues.JointActVerbs.StartEndingAt(view, start - 1, MaxVerbWords) is >= 0 and var verb && view.MentionIndexAt(verb) < 0)
        {
            // "agreed to set up a joint commission", "signed an agreement to create a joint venture": an act only agreed or
            // planned is the agreement's, which its own readers read.
            if (view.Is(verb - 1, "to"))
            {
                return -1;
            }

            subjectFinder.Find(view, verb, doers, out int bridge);
            foreach (Argument doer in doers)
            {
                if (view.Mention(doer.Mention).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Group
                    && !view.IsPossessive(doer.Mention))
                {
                    parties.Add(doer.Mention);
                }
            }

            if (parties.Count == 1)
            {
                AddConjunctsBefore(view, parties[0]);
            }

            return parties.Count > 1 ? Math.Min(bridge, verb) : -1;
        }

        // "a joint monitoring mechanism that Doha and Ankara set up": the noun's relative clause names its doers.
        int relative = at + length;
        for (int n = 0; n < MaxModifiers && relative < view.End && view.MentionIndexAt(relative) < 0 && VerbShapes.IsLowerWord(view, relative)
            && !view.Is(relative, "that") && !view.Is(relative, "which"); n++)
        {
            relative++;
        }

        if (!(view.Is(relative, "that") || view.Is(relative, "which")) || !PartiesFrom(view, relative + 1))
        {
            return -1;
        }

        int next = view.MentionLast(parties[^1]) + 1;
        next = GrammarWords.HaveForms.StartsAt(view, next) ? next + 1 : next;
        return cues.JointActVerbs.LongestAt(view, next) > 0 ? relative : -1;
    }

    /// <summary>
    /// Adds to <see cref="parties"/> the names coordinated before the subject <paramref name="last"/> when each is written
    /// after its state's possessive, which the subject finder does not pass ("Russia's FSB and Kyrgyzstan's State Committee
    /// for National Security run").
    /// </summary>
    private void AddConjunctsBefore(SentenceView view, int last)
    {
        int m = last;
        for (int n = 0; n < MaxParties; n++)
        {
            int before = PastOwnerBefore(view, view.MentionFirst(m) - 1);
            if (!(view.Is(before, "and") || view.Is(before, ",")) || view.MentionIndexAt(before - 1) is not (>= 0 and var conjunct)
                || view.MentionLast(conjunct) != before - 1 || !NamedParty.Is(view, conjunct))
            {
                return;
            }

            parties.Add(conjunct);
            m = conjunct;
        }
    }

    /// <summary>The token before a state's possessive that ends at <paramref name="i"/>, else <paramref name="i"/>.</summary>
    private static int PastOwnerBefore(SentenceView view, int i)
    {
        int start = i;
        while (start >= view.First && view.MentionIndexAt(start) < 0 && (view.Is(start, "'s") || view.Is(start, "'") || view.Is(start, "’s")))
        {
            start--;
        }

        return view.MentionIndexAt(start) is >= 0 and var owner && view.IsPossessive(owner) && view.AfterMention(owner) == i + 1
            ? view.MentionFirst(owner) - 1
            : i;
    }

    /// <summary>
    /// The first token of the phrase whose head the joint word at <paramref name="at"/> opens, past an article, a number and a
    /// measure before "of" ("a week of joint live-fire drills", "several joint exercises").
    /// </summary>
    private static int PhraseStart(SentenceView view, int at)
    {
        int k = at;
        if (view.Is(k - 1, "of") && VerbShapes.IsLowerWord(view, k - 2) && GrammarWords.Articles.StartsAt(view, k - 3))
        {
            k -= 3;
        }

        while (k - 1 >= view.First && view.MentionIndexAt(k - 1) < 0 && (GrammarWords.Articles.StartsAt(view, k - 1) || GrammarWords.Numbers.StartsAt(view, k - 1)))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// The first token after a word of claim_cues <c>joint_holding_preps</c> that starts within <see cref="MaxGap"/> tokens of
    /// <paramref name="from"/> ("co-owned on Kazakh territory by"); 0 when punctuation, a clause word or "and" comes first.
    /// </summary>
    private int PrepAfter(SentenceView view, int from)
    {
        for (int k = from; k < view.End && k <= from + MaxGap; k++)
        {
            if (cues.JointHoldingPreps.LongestAt(view, k) is > 0 and var length)
            {
                return k + length;
            }

            if (view.IsPunctuation(k) || GrammarWords.ClauseStops.StartsAt(view, k) || GrammarWords.ClauseBreaks.StartsAt(view, k)
                || GrammarWords.Conjunctions.StartsAt(view, k))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// Collects in <see cref="parties"/> the names coordinated by commas and "and" from <paramref name="at"/> on, each perhaps
    /// after an article and a few lower-case modifiers ("CNPC and the state-owned Tajiktransgaz"); true when two or more.
    /// </summary>
    private bool PartiesFrom(SentenceView view, int at)
    {
        parties.Clear();
        int i = at;
        for (int n = 0; n < MaxParties; n++)
        {
            i = PastModifiers(view, i);
            if (view.MentionIndexAt(i) is not (>= 0 and var m) || view.MentionFirst(m) != i || !NamedParty.Is(view, m))
            {
                break;
            }

            parties.Add(m);
            int after = view.MentionLast(m) + 1;
            if (view.Is(after, ",") && view.Is(after + 1, "and"))
            {
                i = after + 2;
            }
            else if (view.Is(after, "and") || view.Is(after, ","))
            {
                i = after + 1;
            }
            else
            {
                break;
            }
        }

        return parties.Count > 1;
    }

    /// <summary>
    /// The token after an article, or a state's possessive that describes the party by a common noun ("Kazakhstan's state
    /// uranium miner Kazatomprom"), and up to <see cref="MaxModifiers"/> lower-case words or hyphens from <paramref name="i"/>.
    /// </summary>
    private static int PastModifiers(SentenceView view, int i)
    {
        if (view.Is(i, "the") || view.Is(i, "a") || view.Is(i, "an"))
        {
            i++;
        }
        else if (view.MentionIndexAt(i) is >= 0 and var owner && view.MentionFirst(owner) == i && view.IsPossessive(owner)
            && view.Mention(owner).Entity.Type is EntityType.Country or EntityType.Place && VerbShapes.IsLowerWord(view, view.AfterMention(owner)))
        {
            i = view.AfterMention(owner);
        }

        for (int n = 0; n < MaxModifiers && view.MentionIndexAt(i) < 0 && (view.Is(i, "-") || VerbShapes.IsLowerWord(view, i))
            && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i); n++)
        {
            i++;
        }

        return i;
    }
}
