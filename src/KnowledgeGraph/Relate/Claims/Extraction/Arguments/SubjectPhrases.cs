using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectClauses;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The last check <see cref="SubjectFinder.Find"/> makes on the subjects it found: one standing inside a prepositional
/// phrase ("militants in Kabul attacked") is no subject unless the phrase still lets it act (a word that opens a clause as
/// well, an example, an actor's body or leader, an act's agent, an absolute "with"), nor one after a possessive that is
/// not its own body or place; a person leading a delegation brings the delegation's state.
/// </summary>
internal static class SubjectPhrases
{
    /// <summary>
    /// Clears <paramref name="subjects"/> when the subject found stands inside a prepositional phrase or after a possessive
    /// (keeping only the name before an apposition that phrase ends), or adds the state of a delegation a person leads.
    /// <paramref name="leftmost"/> is the first token of the leftmost subject.
    /// </summary>
    public static void DropInside(SentenceView view, ClaimCues cues, SubjectActors actors, int m, int verb, int leftmost, bool owned, bool apposed, int closingComma, List<Argument> subjects)
    {
        int head = view.Is(leftmost - 1, "the") ? leftmost - 2 : leftmost - 1;
        // "militants based in northern Afghanistan threaten his country": a place's modifiers stand between it and the
        // preposition that makes it no subject.
        for (int n = 0; n < 2 && head > view.First && view.MentionIndexAt(head) < 0 && cues.PlaceModifiers.LongestAt(view, head) == 1
            && view.Mention(subjects[^1].Mention).Entity.Type is EntityType.Country or EntityType.Place; n++)
        {
            head--;
        }

        // The owner of a strike stands inside its noun phrase, whatever preposition leads that ("by the U.S. drone strike that killed").
        // A name with an apposition and a relative after it is the relative's subject whatever governs it ("points to
        // Venezuela, a country that owes China").
        if ((GrammarWords.Prepositions.StartsAt(view, head) && !IsExample(view, head) && !actors.ActorsBody(view, head) && !owned && !apposed
                && !GrammarWords.Subordinators.StartsAt(view, head) && !actors.LeadsActors(view, head) && !actors.ArmedMembersFrom(view, head, subjects[^1].Mention)
                && !actors.ActBy(view, head) && !AbsoluteWith(view, head, verb))
            || view.Is(leftmost - 1, "'s") && !OwnBody(view, leftmost - 1) && !actors.OwnPlace(view, leftmost - 1, verb))
        {
            subjects.Clear();
            // "Lin Jian, a spokesperson for the Chinese Foreign Ministry, called on …": the name a preposition governs ends an
            // apposition; the name before the apposition acts.
            if (closingComma >= 0 && actors.BeforeApposition(view, closingComma) is >= 0 and var apposedHead && apposedHead != m
                && view.Mention(apposedHead).Entity.Type == EntityType.Person)
            {
                subjects.Add(new Argument(apposedHead, 0.85f));
            }
        }
        else if (subjects.Count == 1 && actors.LeadsActors(view, head) && view.Mention(m).Entity.Type == EntityType.Person
            && actors.ActorOwner(view, head - 2) is >= 0 and var owner && view.Mention(owner).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Group)
        {
            // "A Chinese delegation led by Wang Yi arrived in Kabul": the delegation's state acts with the person leading it.
            subjects.Add(new Argument(owner, 0.85f));
        }
    }
}
