using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A person named with the body they belong to after "of" ("Troy Patterson of Slate Magazine", "Lt. Gen. Masanneh Nyuku
/// Kinteh of the Gambia Armed Forces", "councillors Claudia Mo of the Civic Party"): HOLDS_ROLE_IN the body, or
/// MEMBER_OF it when it is a party or an armed group (gazetteer subtype, or a name ending in "Party"). Only an
/// organisation counts ("President Ghani of Afghanistan" is a title's reading), and only when nothing but "of" and "the"
/// stands between and the body is no possessor ("of the Wilson Center's …").
/// </summary>
internal static class PersonOfBodyReader
{
    private static readonly string[] Memberships = [EntitySubtypes.PoliticalParty, EntitySubtypes.MilitantGroup];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            Mention person = view.Mention(m);
            int of = view.AfterMention(m);
            int at = view.Is(of + 1, "the") ? of + 2 : of + 1;
            if (person.Entity.Type != EntityType.Person || person.Kind == MentionKind.Partial || view.IsPossessive(m) || !view.Is(of, "of")
                || view.MentionFirst(m + 1) != at || view.Mention(m + 1) is not { Entity.Type: EntityType.Organisation } body
                || body.Kind is MentionKind.Demonym or MentionKind.Partial || view.IsPossessive(m + 1))
            {
                continue;
            }

            bool member = Array.IndexOf(Memberships, body.Entity.Subtype) >= 0 || view.Word(view.MentionLast(m + 1)).Equals("Party", StringComparison.Ordinal);
            if (lexicon.Find(member ? "MEMBER_OF" : "HOLDS_ROLE_IN") is { } predicate)
            {
                output.Add((new ClaimCandidate(m, m + 1, 0.85f, of, of, null), new Trigger(["of"], TriggerKind.Title, predicate, null), of));
            }
        }
    }
}
