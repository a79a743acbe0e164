using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// Parties a member of an organisation is compared with hold its membership: "Unlike Kazakhstan and Kyrgyzstan,
/// Uzbekistan is not a member of the CSTO" → Kazakhstan and Kyrgyzstan MEMBER_OF CSTO; "Uzbekistan, unlike Kazakhstan, is
/// not a member of the EAEU"; "Kazakhstan also belongs to the EAEU, along with Belarus, Armenia and Kyrgyzstan" → each
/// MEMBER_OF EAEU; "Kyrgyzstan, which like Tajikistan belongs to the CSTO" → both MEMBER_OF CSTO. The comparison (claim_cues
/// <c>likeness</c>, <c>unlikeness</c>) and the names coordinated after it open the sentence before the member's name and a
/// comma, stand between commas right after that name, follow the organisation after a comma (read from the membership
/// claims the sentence states), or stand between ", which" and a MEMBER_OF verb right before the organisation. A likeness
/// keeps the membership's polarity, an unlikeness reverses it. Stateless.
/// </summary>
internal static class ComparedMemberReader
{
    private const string MemberOf = "MEMBER_OF";

    /// <summary>The first words of the comparisons; a sentence holding none of them gives nothing.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => [.. lexicon.Cues.Likeness.FirstWords, .. lexicon.Cues.Unlikeness.FirstWords];

    /// <summary>
    /// Adds to <paramref name="output"/> the memberships of the parties compared with a member, from the membership claims
    /// <paramref name="claims"/> holds from <paramref name="first"/> on and from relative clauses of membership.
    /// </summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, IReadOnlyList<Claim> claims, int first, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find(MemberOf) is not { } memberOf)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int c = first; c < claims.Count; c++)
        {
            Claim claim = claims[c];
            int member = view.MentionOf(claim.Subject);
            int body = view.MentionOf(claim.Object);
            if (claim.Predicate != MemberOf || member < 0 || body <= member || view.Mention(member).Kind == MentionKind.Demonym)
            {
                continue;
            }

            int after = view.AfterMention(member);
            // "Unlike Kazakhstan, Uzbekistan …", "Uzbekistan, unlike Kazakhstan, is …", "… the EAEU, along with Belarus".
            if (Compared(view, cues, view.First, view.MentionFirst(member) - 1, memberOf, body, claim.Negated, output)
                || view.Is(after, ",") && Compared(view, cues, after + 1, -1, memberOf, body, claim.Negated, output, closedByComma: true))
            {
                continue;
            }

            int afterBody = view.AfterMention(body);
            if (view.Is(afterBody, ","))
            {
                Compared(view, cues, afterBody + 1, -1, memberOf, body, claim.Negated, output);
            }
        }

        ReadRelatives(view, cues, memberOf, output);
    }

    /// <summary>
    /// "Kyrgyzstan, which like Tajikistan belongs to the CSTO": the name before ", which" and each compared name are
    /// members of the organisation right after the MEMBER_OF verb that follows the names (and "the").
    /// </summary>
    private static void ReadRelatives(SentenceView view, ClaimCues cues, PredicateDefinition memberOf, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int i = view.First + 2; i < view.End; i++)
        {
            if (!view.Is(i - 1, "which") || !view.Is(i - 2, ",") || Cue(cues, view, i) is not (> 0 and var length, var unlike) || unlike
                || view.MentionIndexAt(i - 3) is not (>= 0 and var antecedent) || view.Mention(antecedent).Kind == MentionKind.Demonym
                || view.IsPossessive(antecedent) || Names(view, i + length) is not (>= 0 and var firstName, var lastName))
            {
                continue;
            }

            int verb = view.AfterMention(lastName);
            int words = VerbLength(view, memberOf, verb);
            int at = verb + words;
            int body = words > 0 ? view.MentionIndexAt(view.Is(at, "the") ? at + 1 : at) : -1;
            if (body < 0 || view.MentionFirst(body) != (view.Is(at, "the") ? at + 1 : at) || view.Mention(body).Entity.Type is not (EntityType.Organisation or EntityType.Group))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, memberOf);
            output.Add((new ClaimCandidate(antecedent, body, 0.8f, i, verb, null), trigger, verb));
            for (int n = firstName; n <= lastName; n++)
            {
                output.Add((new ClaimCandidate(n, body, 0.75f, i, verb, null), trigger, verb));
            }
        }
    }

    /// <summary>The number of words of the MEMBER_OF verb trigger at token <paramref name="i"/>, or 0.</summary>
    private static int VerbLength(SentenceView view, PredicateDefinition memberOf, int i)
    {
        foreach (var (words, trigger) in CollectionsMarshal.AsSpan(view.TriggersAt(i)))
        {
            if (trigger.Predicate == memberOf && trigger.Kind == TriggerKind.Verb && !trigger.Exit && view.WordsMatch(i, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// A comparison at <paramref name="at"/> and the names coordinated after it, ending right before <paramref name="end"/>
    /// (-1: anywhere before a comma or the sentence's end, or before a comma only when <paramref name="closedByComma"/>):
    /// each name MEMBER_OF <paramref name="body"/>, negated when the membership is and the comparison a likeness, or when it
    /// is not and the comparison an unlikeness. True when it found one.
    /// </summary>
    private static bool Compared(SentenceView view, ClaimCues cues, int at, int end, PredicateDefinition memberOf, int body, bool negated,
        List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output, bool closedByComma = false)
    {
        if (Cue(cues, view, at) is not (> 0 and var length, var unlike) || Names(view, at + length) is not (>= 0 and var firstName, var lastName))
        {
            return false;
        }

        int close = view.AfterMention(lastName);
        bool closed = end >= 0 ? close == end && view.Is(close, ",")
            : closedByComma ? view.Is(close, ",")
            : close >= view.End || view.IsPunctuation(close);
        if (!closed || firstName == body || lastName >= body && firstName <= body)
        {
            return false;
        }

        var trigger = Trigger.OfWord(view, at, TriggerKind.Noun, memberOf);
        for (int n = firstName; n <= lastName; n++)
        {
            output.Add((new ClaimCandidate(n, body, 0.75f, at, at, null) { Negated = negated != unlike }, trigger, at));
        }

        return true;
    }

    /// <summary>The length of the comparison at token <paramref name="i"/> and whether it contrasts; (0, false) when none.</summary>
    private static (int Length, bool Unlike) Cue(ClaimCues cues, SentenceView view, int i) =>
        cues.Unlikeness.LongestAt(view, i) is > 0 and var unlike ? (unlike, true) : (cues.Likeness.LongestAt(view, i), false);

    /// <summary>
    /// The states or organisations named from token <paramref name="at"/> on, joined by commas and a closing "and" ("Belarus,
    /// Armenia and Kyrgyzstan"), or the one name there when no "and" closes a comma list; (-1, -1) when none is.
    /// </summary>
    private static (int First, int Last) Names(SentenceView view, int at)
    {
        int first = view.MentionIndexAt(at);
        if (first < 0 || view.MentionFirst(first) != at || !IsParty(view, first))
        {
            return (-1, -1);
        }

        int last = first;
        while (true)
        {
            int i = view.AfterMention(last);
            bool comma = view.Is(i, ",");
            i += comma ? 1 : 0;
            bool and = view.Is(i, "and");
            i += and ? 1 : 0;
            int next = view.MentionIndexAt(i);
            if ((!comma && !and) || next != last + 1 || view.MentionFirst(next) != i || !IsParty(view, next))
            {
                // A comma list that no "and" closes is no list: "Unlike Kazakhstan, Uzbekistan is …".
                return (first, first);
            }

            last = next;
            if (and)
            {
                return (first, last);
            }
        }
    }

    /// <summary>A state or organisation named by its name, not a demonym or a possessive.</summary>
    private static bool IsParty(SentenceView view, int m) =>
        view.Mention(m).Entity.Type is EntityType.Country or EntityType.Organisation && view.Mention(m).Kind is not (MentionKind.Demonym or MentionKind.Partial)
        && !view.IsPossessive(m);
}
