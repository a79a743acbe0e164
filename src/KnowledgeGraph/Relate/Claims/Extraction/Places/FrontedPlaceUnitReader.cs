using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A sentence that opens with where it happens ("Near Mosul, two strikes struck an ISIL tactical unit", "In Kunduz,
/// Taliban fighters overran the police headquarters") places there the armed group whose unit it names: the group
/// BASED_IN the place. The opening is a locative preposition (in, near, around, outside, inside), the place (after "the"
/// and claim_cues <c>place_modifiers</c>) and a comma; the unit is one of claim_cues <c>presence_units</c> or a site
/// (<c>fronted_sites</c>: "positions", "camps"), right after the group's name or after one modifier ("tactical unit", "fighting positions"),
/// in the clause after the comma (up to a clause break, at most 15 tokens: "In Burkina Faso, the coup leader …: he did
/// not intend to call on Wagner forces" places no one).
/// Any organisation's armed members count ("Taliban fighters"), and a militant group's or armed collective's sites and
/// units, so "In Beijing, Taliban officials met …" places no one.
/// </summary>
internal static class FrontedPlaceUnitReader
{
    /// <summary>Tokens after the comma that the opening place reaches, up to a clause break.</summary>
    private const int MaxClause = 15;

    private static readonly string[] Openers = ["in", "near", "around", "outside", "inside"];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!IsOpener(view, view.First) || lexicon.Find("BASED_IN") is not { } predicate)
        {
            return;
        }

        int place = view.MentionIndexAt(PlacePhrase.Start(view, lexicon.Cues, view.First + 1));
        if (place < 0 || view.Mention(place).Entity.Type is not (EntityType.Country or EntityType.Place) || view.Mention(place).Kind == MentionKind.Demonym
            || view.IsPossessive(place) || !view.Is(view.MentionLast(place) + 1, ","))
        {
            return;
        }

        int comma = view.MentionLast(place) + 1;
        int clauseEnd = comma + 1;
        while (clauseEnd < view.End && clauseEnd - comma <= MaxClause && !GrammarWords.ClauseBreaks.StartsAt(view, clauseEnd))
        {
            clauseEnd++;
        }

        for (int m = place + 1; m < view.MentionCount && view.MentionFirst(m) < clauseEnd; m++)
        {
            Mention mention = view.Mention(m);
            if (mention.Kind == MentionKind.Demonym || view.IsPossessive(m) || view.MentionFirst(m) <= comma)
            {
                continue;
            }

            // Any organisation's armed members place it ("Taliban fighters"); a militant group's sites and units too.
            int at = view.AfterMention(m);
            bool militant = PresenceReader.IsArmedGroup(mention.Entity);
            bool members = mention.Entity.Type == EntityType.Organisation && lexicon.Cues.PresenceUnits.LongestAt(view, at) == 1;
            if (members || militant && (IsUnit(view, lexicon.Cues, at)
                || VerbShapes.IsLowerWord(view, at) && IsUnit(view, lexicon.Cues, at + 1) && view.Syntax?.Upos(at) is Upos.Adj or Upos.Noun))
            {
                output.Add((new ClaimCandidate(m, place, 0.85f, view.First, view.First, null), Trigger.OfWord(view, view.First, TriggerKind.Title, predicate), view.First));
            }
        }
    }

    private static bool IsOpener(SentenceView view, int i)
    {
        foreach (string opener in Openers)
        {
            if (view.Is(i, opener))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnit(SentenceView view, ClaimCues cues, int i) =>
        cues.PresenceUnits.LongestAt(view, i) == 1 || cues.FrontedSites.LongestAt(view, i) == 1;
}
