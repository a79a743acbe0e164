using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Backing written as the manner of a clause: "With US backing, Panama seceded from Colombia", "Cuba's communist
/// revolution, with Soviet support, was exported", "winning it in 1921 with help from the Soviet Union", "with the help of
/// the French military" → the backer SUPPORTS the clause's subject; "closed its border with Armenia in support of
/// Azerbaijan" → the subject SUPPORTS the party after "in support of". The nouns are claim_cues <c>backing_nouns</c>;
/// the backer is a name or demonym right before the noun, or a name after "of" or "from" (and "the") right after it. The
/// clause's subject is the name that opens the sentence (or its possessor), or, after a fronted "with" phrase and its
/// comma, the name right after the comma; not where another party's act stands between them ("accused China of
/// plundering … with the help of the Pakistani military": the help is in that act).
/// </summary>
internal static class BackingReader
{
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        // Driven by "with" or "in support of".
        if (!view.MayHave("with") && !view.MayHave("support") || lexicon.Find("SUPPORTS") is not { } supports)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int i = view.First; i + 2 < view.End; i++)
        {
            bool with = view.Is(i, "with");
            bool inSupport = view.Is(i, "in") && view.Is(i + 1, "support") && view.Is(i + 2, "of");
            if (!with && !inSupport)
            {
                continue;
            }

            int subject = Subject(view, i);
            if (subject < 0)
            {
                continue;
            }

            var trigger = new Trigger([with ? "with" : "support"], TriggerKind.Noun, supports, null);
            if (inSupport)
            {
                int at = view.Is(i + 3, "the") ? i + 4 : i + 3;
                if (view.MentionIndexAt(at) is >= 0 and var backed && view.MentionFirst(backed) == at && backed != subject && !view.IsPossessive(backed))
                {
                    output.Add((new ClaimCandidate(subject, backed, 0.85f, i, i, null), trigger, i + 1));
                }

                continue;
            }

            if (Backer(view, cues, i + 1) is >= 0 and var backer && backer != subject)
            {
                output.Add((new ClaimCandidate(backer, subject, 0.85f, i, i, null), trigger, i));
            }
        }
    }

    /// <summary>The backer of the phrase after "with": "US backing", "the help of the French military", "help from the Soviet Union"; -1 when none.</summary>
    private static int Backer(SentenceView view, ClaimCues cues, int at)
    {
        int named = view.MentionIndexAt(at);
        if (named >= 0 && view.MentionFirst(named) == at && !view.IsPossessive(named)
            && cues.BackingNouns.LongestAt(view, view.AfterMention(named)) == 1)
        {
            return named;
        }

        int noun = view.Is(at, "the") ? at + 1 : at;
        if (cues.BackingNouns.LongestAt(view, noun) != 1 || !(view.Is(noun + 1, "of") || view.Is(noun + 1, "from")))
        {
            return -1;
        }

        int after = view.Is(noun + 2, "the") ? noun + 3 : noun + 2;
        int backer = view.MentionIndexAt(after);
        // "with support from French-speaking landowners": a demonym after the noun qualifies the backers, who are unnamed.
        return backer >= 0 && view.MentionFirst(backer) == after && !view.IsPossessive(backer) && view.Mention(backer).Kind != MentionKind.Demonym ? backer : -1;
    }

    /// <summary>
    /// The clause's subject: after a fronted phrase closed by a comma, the name right after the comma; otherwise the name
    /// (or possessor) opening the sentence, before the phrase. -1 when neither is written so.
    /// </summary>
    private static int Subject(SentenceView view, int with)
    {
        if (with == view.First)
        {
            for (int k = with + 1; k < view.End && k <= with + 8; k++)
            {
                if (view.Is(k, ","))
                {
                    int at = view.Is(k + 1, "the") ? k + 2 : k + 1;
                    int m = view.MentionIndexAt(at);
                    return m >= 0 && view.MentionFirst(m) == at && view.Mention(m).Kind != MentionKind.Demonym
                        && VerbShapes.IsLowerWord(view, view.AfterMention(m)) ? m : -1;
                }
            }

            return -1;
        }

        if (view.MentionCount == 0)
        {
            return -1;
        }

        int first = view.Is(view.First, "the") ? view.First + 1 : view.First;
        return view.MentionFirst(0) == first && view.MentionLast(0) < with && view.Mention(0).Kind != MentionKind.Demonym
            && view.Mention(0).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Group or EntityType.Person
            && !ActOfOtherBefore(view, 0, with) ? 0 : -1;
    }

    /// <summary>
    /// True when another party named between <paramref name="subject"/> and the "with" at <paramref name="with"/> is the
    /// doer of an act written after it with "of" or "for" and a verb in -ing ("accused China of plundering the mineral
    /// wealth of Balochistan with the help of the Pakistani military"): the "with" phrase is the manner of that act, not of
    /// the subject's clause.
    /// </summary>
    private static bool ActOfOtherBefore(SentenceView view, int subject, int with)
    {
        for (int m = subject + 1; m < view.MentionCount && view.MentionFirst(m) < with; m++)
        {
            int prep = view.AfterMention(m);
            if (prep + 1 < with && (view.Is(prep, "of") || view.Is(prep, "for")) && !view.IsPossessive(m)
                && VerbShapes.IsIngWord(view, prep + 1) && view.Mention(m).Entity.Id != view.Mention(subject).Entity.Id)
            {
                return true;
            }
        }

        return false;
    }
}
