using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// A speaker's quoted words that revile a party: a word of claim_cues <c>reviling</c> inside a quotation ("oppressors",
/// "occupation", "looting", "colonising"), said of a party named right before it (a demonym or a name, or a demonym's
/// actor noun, a few words and the quotation mark at most between), after a verb of speech (claim_cues
/// <c>speech_verbs</c>, <c>threatening</c> or <c>quoting_participles</c>) outside the quotation → that verb's subject
/// CRITICIZES the party ("claimed responsibility …, saying its fighters had targeted \"the Chinese oppressors of the
/// Uyghur Muslims\"", "saying in a statement that Chinese companies were \"looting Baloch resources\""). A quotation
/// before its verb of speech ("\"… an occupying soldier,\" said Zhao Minghua") is an observer's words, not the speaker's
/// stance, and gives nothing, as does a news outlet that carries a party's words. One instance per reader; not
/// thread-safe.
/// </summary>
internal sealed class RevilingQuoteReader
{
    private const int MaxGap = 5;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? criticizes;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> speakers = [];

    /// <summary>A reader over <paramref name="lexicon"/>'s reviling and speech cues, finding the speaker through <paramref name="subjectFinder"/>.</summary>
    public RevilingQuoteReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        criticizes = lexicon.Find("CRITICIZES");
        this.subjectFinder = subjectFinder;
    }

    /// <summary>The reviling words: every claim this reader finds is read from one, so a sentence with none gives none.</summary>
    public IEnumerable<string> CueWords => cues.Reviling.FirstWords;

    /// <summary>Appends the speaker's CRITICIZES claim on each party its quoted words revile.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (criticizes is null)
        {
            return;
        }

        bool quoted = false;
        for (int i = view.First; i < view.End; i++)
        {
            if (IsQuoteMark(view, i))
            {
                quoted = !quoted;
                continue;
            }

            if (!quoted || cues.Reviling.LongestAt(view, i) != 1 || view.MentionIndexAt(i) >= 0 || PartyBefore(view, i) is not (>= 0 and var party))
            {
                continue;
            }

            int verb = SpeechBefore(view, view.MentionFirst(party));
            if (verb < 0)
            {
                continue;
            }

            subjectFinder.Find(view, verb, speakers, out int bridge);
            Trigger trigger = Trigger.OfWord(view, i, TriggerKind.Noun, criticizes);
            foreach (Argument speaker in speakers)
            {
                // "… Amaq news agency, which said the group had targeted \"the Chinese oppressors\"": a news outlet carries
                // the words of others.
                Entity entity = view.Mention(speaker.Mention).Entity;
                if (entity.Id != view.Mention(party).Entity.Id && entity.Subtype != EntitySubtypes.Media)
                {
                    output.Add((new ClaimCandidate(speaker.Mention, party, 0.8f * speaker.Weight, bridge, verb, null) { HedgedToTrigger = true }, trigger, i));
                }
            }
        }
    }

    /// <summary>
    /// The party the reviling word at <paramref name="word"/> is said of: the first demonym or non-person name met walking
    /// back a few words (quotation marks, forms of "be" and lower-case words only), or the demonym or possessive owning an
    /// actor noun met there ("Chinese companies were \"looting"); -1 when none.
    /// </summary>
    private int PartyBefore(SentenceView view, int word)
    {
        for (int j = word - 1; j >= view.First && word - j <= MaxGap; j--)
        {
            if (SubjectFinder.EndingAt(view, j) is >= 0 and var m)
            {
                return view.Mention(m).Entity.Type is EntityType.Person or EntityType.Place ? -1 : m;
            }

            if (cues.Actors.LongestAt(view, j) == 1 && SubjectFinder.EndingAt(view, j - 1) is >= 0 and var owner
                && (view.Mention(owner).Kind == MentionKind.Demonym || view.IsPossessive(owner)))
            {
                return view.Mention(owner).Entity.Type is EntityType.Person or EntityType.Place ? -1 : owner;
            }

            if (view.IsPunctuation(j) && !IsQuoteMark(view, j) || GrammarWords.ClauseStops.StartsAt(view, j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The nearest verb of speech before <paramref name="from"/>, outside any quotation; -1 when none.</summary>
    private int SpeechBefore(SentenceView view, int from)
    {
        int marks = 0;
        for (int j = view.First; j < from; j++)
        {
            marks += IsQuoteMark(view, j) ? 1 : 0;
        }

        for (int j = from - 1; j >= view.First; j--)
        {
            if (IsQuoteMark(view, j))
            {
                marks--;
                continue;
            }

            if (marks % 2 == 0 && view.MentionIndexAt(j) < 0
                && (cues.SpeechVerbs.LongestAt(view, j) == 1 || cues.Threatening.LongestAt(view, j) == 1 || cues.QuotingParticiples.LongestAt(view, j) == 1))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>True when token <paramref name="i"/> is a straight double quotation mark.</summary>
    private static bool IsQuoteMark(SentenceView view, int i) => view.Is(i, "\"");
}
