using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A body said to include the parties named after a verb of inclusion (<c>inclusion_verbs</c>): "It now includes India,
/// Pakistan and Iran" (it = the SCO) → each MEMBER_OF the SCO; a format or project that includes countries ("The Moscow
/// format … It includes Russia, China, India …") → each PART_OF it, since membership is of organisations. The body is
/// the verb's subject, or the body whose members the verb's subject names ("The SCO's members include", "the SCO, whose
/// members include", "Members of the SCO include", "the EAEU, the Moscow-led trade bloc whose members include"); the
/// parties are the names listed right after the verb (after "the", or "the leaders of", at most). A verb of counting
/// (claim_cues <c>considering</c>) lists members too when "among its members" follows the list ("the bloc that also
/// counts Russia, India, Pakistan and Iran among its members").
/// A sentence opening with a founding verb and "with" a list names the body's founding members, the body named after
/// the list's comma ("Established in 2001 with Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Russia and China, the
/// SCO has grown"). One instance per reader; not thread-safe.
/// </summary>
internal sealed class InclusionReader
{
    private const int MaxVerbWords = 4;
    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> bodies = [];

    public InclusionReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        this.lexicon = lexicon;
        this.subjectFinder = subjectFinder;
    }

    /// <summary>
    /// The first words of the verbs of inclusion, of considering ("counts … among its members") and of founding: every
    /// claim this reader finds follows one of them, so a sentence with none of these words gives none.
    /// </summary>
    public IEnumerable<string> CueWords =>
        [.. lexicon.Cues.InclusionVerbs.FirstWords, .. lexicon.Cues.Considering.FirstWords, .. lexicon.Cues.FoundingVerbs.FirstWords];

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("MEMBER_OF") is not { } member || lexicon.Find("PART_OF") is not { } part)
        {
            return;
        }

        // Driven by the first listed name, not by every token: the verb ends right before it (or before its "the").
        for (int first = 0; first < view.MentionCount; first++)
        {
            int before = view.MentionFirst(first) - 1;
            before -= view.Is(before, "the") ? 1 : 0;
            // "bringing together the leaders of China, Kazakhstan …": the states' leaders stand for the states.
            if (view.Is(before, "of") && view.MentionIndexAt(before - 1) < 0 && lexicon.Cues.Actors.StartsAt(view, before - 1))
            {
                before -= view.Is(before - 2, "the") ? 3 : 2;
            }

            int i = lexicon.Cues.InclusionVerbs.StartEndingAt(view, before, MaxVerbWords);
            // "the security bloc that also counts Russia, India, Pakistan and Iran among its members".
            i = i < 0 && CountsAmongMembers(view, before, first) ? before : i;
            // The rarer condition first: a verb of inclusion, or "with" after a founding verb opening the sentence.
            if (i < 0 && !(view.Is(before, "with") && lexicon.Cues.FoundingVerbs.StartsAt(view, view.First)) || !MembershipReader.IsMember(view, first))
            {
                continue;
            }

            int last = MembershipReader.Last(view, first);
            int bridge;
            if (i >= 0)
            {
                subjectFinder.Find(view, i, bodies, out bridge);
                if (bodies.Count == 0 && view.Is(i - 1, ",") && BeforeComma(view, i - 1) is >= 0 and var named)
                {
                    // "the Shanghai Five grouping, bringing together …": the body a participle after a comma qualifies.
                    bodies.Add(new Argument(named, 0.9f));
                }
                else if (bodies.Count == 0 && MembersOwner(view, i) is >= 0 and var owner)
                {
                    // "The SCO's members include China, Russia and India": the members' body.
                    bridge = view.MentionFirst(owner);
                    bodies.Add(new Argument(owner, 0.9f));
                }
            }
            else if (FoundedWith(view, before, last) is >= 0 and var founded)
            {
                // "Established in 2001 with Kazakhstan, …, Russia and China, the SCO has grown": the founding members.
                i = view.First;
                bridge = view.AfterMention(last);
                bodies.Clear();
                bodies.Add(new Argument(founded, 1f));
            }
            else
            {
                continue;
            }

            foreach (Argument body in bodies)
            {
                Entity entity = view.Mention(body.Mention).Entity;
                PredicateDefinition? predicate = entity.Type switch
                {
                    EntityType.Organisation or EntityType.Group => member,
                    EntityType.Project or EntityType.Event => part,
                    _ => null,
                };
                if (predicate is null || view.Mention(body.Mention).Kind == MentionKind.Demonym)
                {
                    continue;
                }

                var trigger = new Trigger([view.Word(i).ToString()], TriggerKind.Verb, predicate, null);
                for (int m = first; m <= last; m++)
                {
                    output.Add((new ClaimCandidate(m, body.Mention, 0.85f * body.Weight, bridge, i, null), trigger, i));
                }
            }

            first = last;
        }
    }

    /// <summary>
    /// The body named after the comma that follows the list ending at mention <paramref name="last"/>, when a founding verb
    /// (claim_cues <c>founding_verbs</c>) opens the sentence before "with" at <paramref name="with"/> (an "in" and a year
    /// may stand between); -1 otherwise.
    /// </summary>
    private int FoundedWith(SentenceView view, int with, int last)
    {
        if (!view.Is(with, "with"))
        {
            return -1;
        }

        int verb = with - 1;
        if (view.Token(verb).Kind == TokenKind.Number && view.Is(verb - 1, "in"))
        {
            verb -= 2;
        }

        int length = lexicon.Cues.FoundingVerbs.LongestAt(view, view.First);
        int comma = view.AfterMention(last);
        int at = view.Is(comma + 1, "the") ? comma + 2 : comma + 1;
        return length > 0 && view.First + length - 1 == verb && view.Is(comma, ",") && view.MentionIndexAt(at) is var body and >= 0
            && view.MentionFirst(body) == at && view.Mention(body).Entity.Type is EntityType.Organisation or EntityType.Group
            ? body : -1;
    }

    /// <summary>
    /// The body whose members a verb of inclusion at <paramref name="verb"/> lists: "the SCO's members include", "its member
    /// states include" (a resolved pronoun), "the SCO, whose members include", "Members of the SCO include"; -1 when none.
    /// </summary>
    private int MembersOwner(SentenceView view, int verb)
    {
        int j = verb - 1;
        if (j > view.First && view.MentionIndexAt(j) is >= 0 and var named && view.MentionLast(named) == j && !view.IsPossessive(named))
        {
            // "Members of the SCO include": the name after "members of".
            int of = view.MentionFirst(named) - 1;
            of -= view.Is(of, "the") ? 1 : 0;
            return view.Is(of, "of") && lexicon.Cues.MemberNouns.StartsAt(view, of - 1)
                && view.Mention(named).Entity.Type is EntityType.Organisation or EntityType.Group ? named : -1;
        }

        int noun = lexicon.Cues.MemberNouns.StartEndingAt(view, j, 2);
        if (noun < 0)
        {
            return -1;
        }

        int before = noun - 1;
        before -= before > view.First && lexicon.Cues.Fillers.StartsAt(view, before) && view.MentionIndexAt(before) < 0 ? 1 : 0;
        if (view.Is(before, "whose") && (view.Is(before - 1, ",") || ApposedDescription(view, before - 1) is > 0))
        {
            // "The Shanghai Cooperation Organisation, whose members include China": the relative's antecedent, or the name
            // before its bracketed short form ("the Collective Security Treaty Organization (CSTO), whose members"), or
            // the name a description in apposition describes ("the Eurasian Economic Union, the Moscow-led trade bloc whose
            // members include").
            int comma = view.Is(before - 1, ",") ? before - 1 : ApposedDescription(view, before - 1);
            return SubjectFinder.NamedEndingAt(view, comma - 1) is >= 0 and var antecedent && !view.IsPossessive(antecedent)
                && view.Mention(antecedent).Entity.Type is EntityType.Organisation or EntityType.Group ? antecedent : -1;
        }

        before -= view.Is(before, "'s") || view.Is(before, "'") ? 1 : 0;
        return view.MentionIndexAt(before) is >= 0 and var owner && view.MentionLast(owner) == before
            && (view.IsPossessive(owner) || view.IsPossessivePronoun(owner)) && view.Mention(owner).Entity.Type is EntityType.Organisation or EntityType.Group
            ? owner : -1;
    }

    /// <summary>
    /// True when a verb of counting or regarding (claim_cues <c>considering</c>) at <paramref name="verb"/> takes the list
    /// opening with mention <paramref name="first"/>, and "among its members" (or "their", and another member noun) follows it.
    /// </summary>
    private bool CountsAmongMembers(SentenceView view, int verb, int first)
    {
        if (verb < view.First || view.MentionIndexAt(verb) >= 0 || lexicon.Cues.Considering.LongestAt(view, verb) != 1 || !MembershipReader.IsMember(view, first))
        {
            return false;
        }

        int after = view.AfterMention(MembershipReader.Last(view, first));
        return view.Is(after, "among") && (view.Is(after + 1, "its") || view.Is(after + 1, "their")) && lexicon.Cues.MemberNouns.LongestAt(view, after + 2) > 0;
    }

    /// <summary>
    /// The comma before a description in apposition that ends at <paramref name="last"/>: ", the Moscow-led trade bloc"
    /// (an article, then lower-case words, hyphens and names joined by a hyphen to the word after them, at most
    /// <paramref name="maxTokens"/> tokens); -1 when none.
    /// </summary>
    internal static int ApposedDescription(SentenceView view, int last, int maxTokens = 6)
    {
        for (int i = last, n = 0; i > view.First && n < maxTokens; i--, n++)
        {
            if (GrammarWords.Articles.StartsAt(view, i) && i < last)
            {
                return view.Is(i - 1, ",") ? i - 1 : -1;
            }

            bool word = view.MentionIndexAt(i) < 0 && (VerbShapes.IsLowerWord(view, i) || view.Is(i, "-"));
            bool hyphenated = view.MentionIndexAt(i) is >= 0 and var m && view.Is(view.MentionLast(m) + 1, "-");
            if (!word && !hyphenated)
            {
                return -1;
            }

            i = hyphenated ? view.MentionFirst(view.MentionIndexAt(i)) : i;
        }

        return -1;
    }

    /// <summary>The body named right before the comma at <paramref name="comma"/>, past one lower-case noun after its name ("the Shanghai Five grouping"); -1 when none.</summary>
    private static int BeforeComma(SentenceView view, int comma)
    {
        int end = comma - 1;
        if (end >= view.First && view.MentionIndexAt(end) < 0 && VerbShapes.IsLowerWord(view, end))
        {
            end--;
        }

        int m = end >= view.First ? view.MentionIndexAt(end) : -1;
        return m >= 0 && view.MentionLast(m) == end && !view.IsPossessive(m) ? m : -1;
    }
}
