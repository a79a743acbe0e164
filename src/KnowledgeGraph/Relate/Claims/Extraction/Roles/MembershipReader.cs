using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// Membership stated by an organisation's name before a member noun (<c>member_nouns</c>: "member", "member states"):
/// the members named after it ("SCO members such as Kazakhstan and Kyrgyzstan", "SCO member states Russia and China"),
/// before it with a copula ("Pakistan and India became full SCO members", "Both Russia and India are SCO members") or
/// with a comma before it ("Kyrgyzstan, a fellow SCO member,"), or after a member noun and "of" so linked ("Moscow and
/// Beijing, both founding members of the Shanghai Cooperation Organisation"), or after ", of which" ("the OTS, of which
/// Kazakhstan is a full member") or ", to which" and a verb of belonging ("the Collective Security Treaty Organization
/// (CSTO), to which Kyrgyzstan belongs") → each member MEMBER_OF the organisation. Between the
/// copula or comma and the name stand only the words of <c>member_modifiers</c> ("a", "full", "founding"), or a
/// negation the claim keeps ("is not an SCO member"). A plural reference as the member ("they are SCO members") holds
/// of each of its antecedents, as for every claim. Persons in apposition after "members of" and the organisation are its
/// members ("two members of the Senate Foreign Relations Committee, Sens. Marco Rubio and Chris Coons"). Names before
/// "and other" and the organisation's member noun, or its countries or states, are members ("China, Russia and other SCO
/// members", "Germany and 10 other EU countries").
/// </summary>
internal static class MembershipReader
{
    private const int MaxModifiers = 4;
    private static readonly string[] Copulas = ["is", "are", "was", "were", "be", "been", "became", "become", "becomes", "remain", "remains", "remained"];
    private static readonly string[][] Introducers = [["such", "as"], ["including"], ["like"], ["namely"]];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("MEMBER_OF") is not { } predicate)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int o = 0; o < view.MentionCount; o++)
        {
            Mention body = view.Mention(o);
            if (body.Entity.Type != EntityType.Organisation || body.Kind is MentionKind.Demonym or MentionKind.Partial || view.IsPossessive(o))
            {
                continue;
            }

            if (ApposedMembers(view, o, out int members) is >= 0 and var named)
            {
                var titled = new Trigger(["members"], TriggerKind.Title, predicate, null);
                for (int m = named; m <= Last(view, named); m++)
                {
                    if (view.Mention(m).Entity.Type == EntityType.Person)
                    {
                        output.Add((new ClaimCandidate(m, o, 0.85f, members, members, null), titled, members));
                    }
                }
            }

            int noun = view.MentionLast(o) + 1;
            int length = cues.MemberNouns.LongestAt(view, noun);
            // "China, Russia and other SCO members", "Germany and 10 other EU countries": the names before "and other"
            // are members too; after "other" the body's countries or states are its members.
            if (Others(view, o) is var (firstOther, lastOther, and) && (length > 0 || view.IsAny(noun, StateNouns)))
            {
                var other = new Trigger(["member"], TriggerKind.Title, predicate, null);
                for (int m = firstOther; m <= lastOther; m++)
                {
                    output.Add((new ClaimCandidate(m, o, 0.85f, and, view.MentionFirst(o), null), other, noun));
                }
            }

            if (OfWhich(view, cues, o) is >= 0 and var ofWhich)
            {
                // The member noun after the copula, or the verb of belonging (", to which Kyrgyzstan belongs").
                int memberNoun = MemberNounAfterCopula(view, cues, view.AfterMention(ofWhich)) is >= 0 and var nounAt ? nounAt : view.AfterMention(ofWhich);
                output.Add((new ClaimCandidate(ofWhich, o, 0.85f, view.AfterMention(o), memberNoun, null), new Trigger(["member"], TriggerKind.Title, predicate, null), memberNoun));
            }

            if (BeforeOf(view, cues, o) is var (firstOf, lastOf, linkOf, nounOf))
            {
                var titled = new Trigger(["members"], TriggerKind.Title, predicate, null);
                for (int m = firstOf; m <= lastOf; m++)
                {
                    output.Add((new ClaimCandidate(m, o, 0.85f, linkOf, view.MentionFirst(o), null), titled, nounOf));
                }
            }

            if (length == 0)
            {
                continue;
            }

            var trigger = new Trigger(["member"], TriggerKind.Title, predicate, null);
            int after = Members(view, noun + length);
            if (after >= 0)
            {
                for (int m = after; m <= Last(view, after); m++)
                {
                    output.Add((new ClaimCandidate(m, o, 0.85f, noun, noun, null), trigger, noun));
                }
            }

            if (Before(view, cues, o) is var (first, last, link) && last >= 0)
            {
                for (int m = first; m <= last; m++)
                {
                    output.Add((new ClaimCandidate(m, o, 0.85f, link, view.MentionFirst(o), null), trigger, noun));
                }
            }
        }
    }

    /// <summary>
    /// The first person in apposition after "members of" (and "the") and organisation <paramref name="o"/>, past one
    /// abbreviated honorific ("Sens."); -1 when the phrase is not written so.
    /// </summary>
    private static int ApposedMembers(SentenceView view, int o, out int members)
    {
        int of = view.BeforeMention(o);
        members = of - 1;
        if (!view.Is(of, "of") || !view.Is(members, "members") || !view.Is(view.AfterMention(o), ","))
        {
            return -1;
        }

        int at = view.AfterMention(o) + 1;
        if (at < view.End && view.MentionIndexAt(at) < 0 && view.Token(at).Kind == TokenKind.Word && char.IsUpper(view.Word(at)[0]))
        {
            // "Sens. Marco Rubio": the dot is the abbreviation's own, or a token of its own.
            at += view.Word(at).EndsWith('.') ? 1 : view.Is(at + 1, ".") ? 2 : 0;
        }

        int m = view.MentionIndexAt(at);
        return m >= 0 && view.MentionFirst(m) == at && view.Mention(m).Entity.Type == EntityType.Person ? m : -1;
    }

    /// <summary>The first member named right after the member noun (after "such as", "including" or a comma); -1 when none is.</summary>
    private static int Members(SentenceView view, int at)
    {
        if (view.Is(at, ","))
        {
            at++;
        }

        foreach (string[] words in Introducers)
        {
            if (view.WordsMatch(at, words))
            {
                at += words.Length;
                break;
            }
        }

        int m = view.MentionIndexAt(at);
        return m >= 0 && view.MentionFirst(m) == at && IsMember(view, m) ? m : -1;
    }

    /// <summary>
    /// The members before the organisation: a copula or a comma, then only member modifiers or negations up to the name;
    /// the member (and those coordinated before it) ends right before the copula or comma. Null when the shape is not there.
    /// </summary>
    private static (int First, int Last, int Link)? Before(SentenceView view, ClaimCues cues, int o) => Linked(view, cues, view.MentionFirst(o) - 1);

    /// <summary>
    /// "Moscow and Beijing, both founding members of the Shanghai Cooperation Organisation": the members linked as by
    /// <see cref="Before"/> to a member noun and "of" right before organisation <paramref name="o"/>; null when not so written.
    /// </summary>
    private static (int First, int Last, int Link, int Noun)? BeforeOf(SentenceView view, ClaimCues cues, int o)
    {
        int of = view.MentionFirst(o) - (view.Is(view.MentionFirst(o) - 1, "the") ? 2 : 1);
        return view.Is(of, "of") && MemberNounEndingAt(view, cues, of - 1) is >= 0 and var noun && Linked(view, cues, noun - 1) is var (first, last, link)
            ? (first, last, link, noun) : null;
    }

    /// <summary>The members linked by a copula or comma to the member modifiers ending at token <paramref name="i"/>.</summary>
    private static (int First, int Last, int Link)? Linked(SentenceView view, ClaimCues cues, int i)
    {
        for (int n = 0; n < MaxModifiers && i >= view.First && (cues.MemberModifiers.StartsAt(view, i) || cues.Negations.StartsAt(view, i)); n++)
        {
            i--;
        }

        bool comma = view.Is(i, ",");
        if (!comma && !view.IsAny(i, Copulas))
        {
            return null;
        }

        int link = i;
        // "Pakistan and India became", "Kyrgyzstan, a fellow SCO member": the member's mention ends at the link, past auxiliaries.
        i--;
        while (!comma && i >= view.First && view.MentionIndexAt(i) < 0 && cues.Bridges.StartsAt(view, i) && !view.Is(i, ","))
        {
            i--;
        }

        int last = view.MentionIndexAt(i);
        if (last < 0 || view.MentionLast(last) != i || view.IsPossessive(last) || !IsMember(view, last))
        {
            return null;
        }

        return (First(view, last), last, link);
    }

    /// <summary>
    /// "the OTS, of which Kazakhstan is a full member": the name after ", of which" when a copula, member modifiers and a
    /// member noun follow it; -1 otherwise.
    /// </summary>
    private static int OfWhich(SentenceView view, ClaimCues cues, int o)
    {
        // AfterMention steps over the body's bracketed short form ("the Collective Security Treaty Organization (CSTO), to which …").
        int comma = view.AfterMention(o);
        bool of = view.Is(comma + 1, "of");
        if (!view.Is(comma, ",") || !(of || view.Is(comma + 1, "to")) || !view.Is(comma + 2, "which")
            || view.MentionIndexAt(comma + 3) is not (>= 0 and var member) || view.MentionFirst(member) != comma + 3 || !IsMember(view, member))
        {
            return -1;
        }

        // ", to which Kyrgyzstan belongs": the verb of belonging after the member.
        int after = view.AfterMention(member);
        return of ? MemberNounAfterCopula(view, cues, after) >= 0 ? member : -1
            : view.Is(after, "belongs") || view.Is(after, "belong") || view.Is(after, "belonged") ? member : -1;
    }

    /// <summary>The member noun after a copula at <paramref name="i"/> and at most a few member modifiers; -1 when none.</summary>
    private static int MemberNounAfterCopula(SentenceView view, ClaimCues cues, int i)
    {
        if (!view.IsAny(i, Copulas))
        {
            return -1;
        }

        i++;
        for (int n = 0; n < MaxModifiers && cues.MemberModifiers.StartsAt(view, i) && cues.MemberNouns.LongestAt(view, i) == 0; n++)
        {
            i++;
        }

        return cues.MemberNouns.LongestAt(view, i) > 0 ? i : -1;
    }

    /// <summary>The first token of a member noun ending at token <paramref name="last"/> ("members", "member states"); -1 when none does.</summary>
    private static int MemberNounEndingAt(SentenceView view, ClaimCues cues, int last)
    {
        for (int length = 1; length <= 2; length++)
        {
            if (last - length + 1 >= view.First && cues.MemberNouns.LongestAt(view, last - length + 1) == length)
            {
                return last - length + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The members named before "and other" (and a number) right before organisation <paramref name="o"/>: "China, Russia
    /// and other SCO members"; null when the words are not there.
    /// </summary>
    private static (int First, int Last, int And)? Others(SentenceView view, int o)
    {
        int i = view.MentionFirst(o) - 1;
        if (!view.Is(i, "other"))
        {
            return null;
        }

        i--;
        if (i >= view.First && (view.Token(i).Kind == TokenKind.Number || GrammarWords.Numbers.StartsAt(view, i)))
        {
            i--;
        }

        if (!view.Is(i, "and"))
        {
            return null;
        }

        int last = view.MentionIndexAt(i - 1);
        return last >= 0 && view.MentionLast(last) == i - 1 && !view.IsPossessive(last) && IsMember(view, last)
            && view.Mention(last).Entity.Type != EntityType.Person ? (First(view, last), last, i) : null;
    }

    /// <summary>Nouns for the states a body counts as its members after "other" and its name ("10 other EU countries").</summary>
    private static readonly string[] StateNouns = ["countries", "states", "nations", "economies"];

    /// <summary>The first of the members coordinated up to <paramref name="m"/> ("Russia, India and China", "Both Russia and India").</summary>
    private static int First(SentenceView view, int m)
    {
        int first = m;
        while (first > 0)
        {
            int i = view.MentionFirst(first) - 1;
            bool conjunction = view.Is(i, "and");
            i -= conjunction ? 1 : 0;
            i -= view.Is(i, ",") ? 1 : 0;
            if (!conjunction && !view.Is(view.MentionFirst(first) - 1, ","))
            {
                break;
            }

            int previous = view.MentionIndexAt(i);
            if (previous != first - 1 || view.MentionLast(previous) != i || !IsMember(view, previous))
            {
                break;
            }

            first = previous;
        }

        return first;
    }

    /// <summary>
    /// The last member coordinated after <paramref name="m"/> ("Kazakhstan, Kyrgyzstan and Tajikistan"). The list ends at
    /// its "and": "whose members include Kazakhstan and Kyrgyzstan, and Uzbekistan holds only observer status" lists two.
    /// </summary>
    internal static int Last(SentenceView view, int m)
    {
        int last = m;
        bool joined = false;
        while (last + 1 < view.MentionCount && !joined)
        {
            int i = view.MentionLast(last) + 1;
            bool comma = view.Is(i, ",");
            i += comma ? 1 : 0;
            bool conjunction = view.Is(i, "and");
            i += conjunction ? 1 : 0;
            if (!comma && !conjunction)
            {
                break;
            }

            int next = view.MentionIndexAt(i);
            if (next != last + 1 || view.MentionFirst(next) != i || !IsMember(view, next))
            {
                break;
            }

            last = next;
            joined = conjunction;
        }

        return last;
    }

    internal static bool IsMember(SentenceView view, int m) =>
        view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Person or EntityType.Group
        && view.Mention(m).Kind != MentionKind.Demonym;
}
