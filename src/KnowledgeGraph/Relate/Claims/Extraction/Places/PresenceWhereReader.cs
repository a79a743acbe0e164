using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// The "where" part of <see cref="PresenceReader"/>: an armed or governing organisation that stays or rules in a place
/// named before ", where".
/// </summary>
internal static class PresenceWhereReader
{
    /// <summary>
    /// "in Afghanistan, where the Taliban continue to exert a weak grip on power": a place, a comma, "where" and an armed or
    /// governing organisation (<see cref="PresenceReader.Unit"/>) that stays, acts from or rules there (<see cref="StaysOrRules"/>) → the
    /// organisation BASED_IN the place.
    /// </summary>
    internal static void Read(SentenceView view, ClaimCues cues, PredicateDefinition predicate, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int p = 0; p + 1 < view.MentionCount; p++)
        {
            Mention place = view.Mention(p);
            if (place.Entity.Type is not (EntityType.Country or EntityType.Place) || place.Kind == MentionKind.Demonym || view.IsPossessive(p))
            {
                continue;
            }

            int at = view.MentionLast(p) + 1;
            if (!view.Is(at, ",") || !view.Is(at + 1, "where"))
            {
                continue;
            }

            int first = view.Is(at + 2, "the") ? at + 3 : at + 2;
            int o = view.MentionIndexAt(first);
            // "where the Taliban's interior ministry will provide security": the body the possessive holds is the subject.
            if (o >= 0 && view.MentionFirst(o) == first && view.IsPossessive(o) && view.MentionIndexAt(view.AfterMention(o)) is >= 0 and var owned
                && view.MentionFirst(owned) == view.AfterMention(o))
            {
                (o, first) = (owned, view.AfterMention(o));
            }

            // A pronoun after "where" ("in Tianjin, where they met") is a visitor as often as a ruler: only a name counts.
            if (o < 0 || view.MentionFirst(o) != first || view.Mention(o).Kind == MentionKind.Partial || PresenceReader.Unit(view, cues, o) is not (>= 0 and var after)
                || !StaysOrRules(view, cues, after))
            {
                continue;
            }

            output.Add((new ClaimCandidate(o, p, 0.8f, after, Math.Min(view.End, after + 4), null), new Trigger(["where"], TriggerKind.Verb, predicate, null), at + 1));
        }
    }

    /// <summary>The most tokens between the organisation and its verb of staying or ruling ("continue to", "have long").</summary>
    private const int MaxBeforeVerb = 5;

    /// <summary>
    /// True when one of claim_cues <c>presence_verbs</c>, <c>refuge_verbs</c> or <c>ruling_verbs</c> starts within
    /// <see cref="MaxBeforeVerb"/> tokens of <paramref name="at"/>, before any punctuation or name: "continue to exert",
    /// "have operated"; "have clashed with farmers" says where an act happened, not where its doer stays.
    /// </summary>
    private static bool StaysOrRules(SentenceView view, ClaimCues cues, int at)
    {
        for (int i = at; i < view.End && i <= at + MaxBeforeVerb && view.Token(i).Kind == TokenKind.Word && view.MentionIndexAt(i) < 0; i++)
        {
            if (cues.PresenceVerbs.StartsAt(view, i) || cues.RefugeVerbs.StartsAt(view, i) || cues.RulingVerbs.StartsAt(view, i))
            {
                return true;
            }
        }

        return false;
    }
}
