using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Where a border found runs: a curated place after a preposition of claim_cues <c>border_stretch</c> right after the
/// sentence's BORDERS claim (a verb at most between, and "the", lower-case words and "of" before the place) lies on one
/// side of it, and the party on the other side borders it: "China, which borders Afghanistan through the narrow Wakhan
/// Corridor" → China BORDERS Wakhan Corridor; "The two countries share a 92-km frontier at the eastern tip of the Wakhan
/// Corridor". The place's side is the party the gazetteer puts the place in, or the party that lies in the same country;
/// with no side known, nothing is read. Stateless.
/// </summary>
internal static class BorderStretchReader
{
    /// <summary>Words allowed between the border and the preposition ("runs") and between the preposition and the place ("the eastern tip of the").</summary>
    private const int MaxWordsBefore = 1;
    private const int MaxWordsAfter = 5;

    /// <summary>The preposition that makes the place a passage through the side's own ground.</summary>
    private const string Passage = "through";

    public static void Read(SentenceView view, PredicateLexicon lexicon, Func<string, Entity?> entities, IReadOnlyList<Claim> claims, int first,
        List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int c = first; c < claims.Count; c++)
        {
            Claim claim = claims[c];
            if (claim.Negated || claim.Predicate != "BORDERS" || lexicon.Find("BORDERS") is not { } borders
                || Stretch(view, lexicon.Cues, claim.End) is not (>= 0 and var place) || view.MentionIndexAt(place) is var z && z < 0)
            {
                continue;
            }

            Entity stretch = view.Mention(z).Entity;
            bool inSubject = Lies(stretch, claim.Subject, entities);
            bool inObject = Lies(stretch, claim.Object, entities);
            if (inSubject == inObject)
            {
                continue;
            }

            int at = place;
            while (!lexicon.Cues.BorderStretch.StartsAt(view, at))
            {
                at--;
            }

            int other = view.MentionOf(inSubject ? claim.Object : claim.Subject);
            if (other >= 0 && other != z)
            {
                output.Add((new ClaimCandidate(other, z, 0.8f, at, at, null), new Trigger([view.Word(at).ToString()], TriggerKind.Title, borders, null), at));
            }

            // "borders Xinjiang through the Wakhan Corridor": the passage a party borders through is its own part.
            int side = view.MentionOf(inSubject ? claim.Subject : claim.Object);
            if (side >= 0 && side != z && view.Is(at, Passage) && lexicon.Find("PART_OF") is { } partOf)
            {
                output.Add((new ClaimCandidate(z, side, 0.8f, at, at, null), new Trigger([Passage], TriggerKind.Title, partOf, null), at));
            }
        }
    }

    /// <summary>
    /// The first token of the curated place after the stretch's preposition that follows the character offset
    /// <paramref name="end"/>; -1 when none stands there.
    /// </summary>
    private static int Stretch(SentenceView view, ClaimCues cues, int end)
    {
        int i = view.First;
        while (i < view.End && view.Token(i).Start < end)
        {
            i++;
        }

        for (int n = 0; n < MaxWordsBefore && !cues.BorderStretch.StartsAt(view, i) && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0; n++)
        {
            i++;
        }

        if (!cues.BorderStretch.StartsAt(view, i))
        {
            return -1;
        }

        i++;
        for (int n = 0; n < MaxWordsAfter && view.MentionIndexAt(i) < 0 && VerbShapes.IsLowerWord(view, i); n++)
        {
            i++;
        }

        int m = view.MentionIndexAt(i);
        return m >= 0 && view.MentionFirst(m) == i && view.Mention(m).Entity is { Type: EntityType.Place, IsDiscovered: false } && !view.IsPossessive(m) ? i : -1;
    }

    /// <summary>True when <paramref name="party"/> holds <paramref name="place"/> by the gazetteer, or both lie in one country.</summary>
    private static bool Lies(Entity place, Entity party, Func<string, Entity?> entities)
    {
        List<Entity> above = PlaceChain.Above(place, entities);
        if (above.Exists(e => e.Id == party.Id))
        {
            return true;
        }

        Entity? country = above.Find(e => e.Type == EntityType.Country);
        return country is not null && party.Type == EntityType.Place && PlaceChain.Above(party, entities).Exists(e => e.Id == country.Id);
    }
}
