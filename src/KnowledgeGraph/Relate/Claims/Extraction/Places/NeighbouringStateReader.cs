using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A country a report calls "neighbouring" with no other side named borders the country the report's dateline is in, as
/// wire copy writes the host country's neighbours ("KABUL … the group and neighbouring Tajikistan trade accusations",
/// "OSH … In neighbouring Tajikistan, where Chinese companies dominate gold mining" → Tajikistan BORDERS Afghanistan,
/// Kyrgyzstan); countries coordinated after the adjective each border it ("neighbouring Turkmenistan and Uzbekistan"). The
/// adjective is one of claim_cues <c>adjacency</c> right before the name, with no name, possessive or place and "and" before
/// it ("Badakhshan and neighbouring Takhar" is <see cref="BorderReader"/>'s), and every other country the sentence names is a demonym, so
/// no state named as an actor may be the one meant. One instance per reader; not thread-safe.
/// </summary>
internal sealed class NeighbouringStateReader
{
    private readonly PredicateDefinition? borders;
    private readonly PhraseIndex<string> adjacency;
    private Entity? datelineState;

    public NeighbouringStateReader(PredicateLexicon lexicon)
    {
        borders = lexicon.Find("BORDERS");
        adjacency = lexicon.Cues.Adjacency;
    }

    /// <summary>Starts an article: <paramref name="dateline"/> is the country its dateline is in, if it has one.</summary>
    public void Begin(Entity? dateline) => datelineState = dateline;

    /// <summary>Appends (neighbouring country's mention, BORDERS, the dateline's country) for each such country.</summary>
    public void Read(SentenceView view, List<(int Mention, PredicateDefinition Predicate, Entity Linked)> output)
    {
        if (borders is null || datelineState is not { Type: EntityType.Country } state)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            int before = view.MentionFirst(m) - 1;
            if (!IsCountryName(view, m) || before < view.First || adjacency.LongestAt(view, before) != 1
                || before - 1 >= view.First && (view.MentionIndexAt(before - 1) >= 0 || view.Is(before - 1, "'s") || AfterPlaceAnd(view, before - 1)))
            {
                continue;
            }

            int last = LocatedGroupReader.LastConjunct(view, m);
            if (OtherStateNamed(view, m, last, state))
            {
                return;
            }

            for (int n = m; n <= last; n++)
            {
                if (view.Mention(n).Entity.Id != state.Id && IsCountryName(view, n))
                {
                    output.Add((n, borders, state));
                }
            }

            m = last;
        }
    }

    /// <summary>"Badakhshan and neighbouring Takhar": "and" at <paramref name="i"/> after a country's or place's name, whose neighbour the adjective says.</summary>
    private static bool AfterPlaceAnd(SentenceView view, int i) =>
        view.Is(i, "and") && view.MentionIndexAt(i - 1) is >= 0 and var place && view.Mention(place).Entity.Type is EntityType.Country or EntityType.Place;

    /// <summary>A country written by its name (not a demonym, a capital for its government or a reference).</summary>
    private static bool IsCountryName(SentenceView view, int m) =>
        view.Mention(m).Entity.Type == EntityType.Country && view.Mention(m).Kind is MentionKind.Name or MentionKind.Acronym;

    /// <summary>True when a country other than the neighbours [<paramref name="first"/>, <paramref name="last"/>] and <paramref name="state"/> is named, not by its demonym.</summary>
    private static bool OtherStateNamed(SentenceView view, int first, int last, Entity state)
    {
        for (int k = 0; k < view.MentionCount; k++)
        {
            Mention mention = view.Mention(k);
            if ((k < first || k > last) && mention.Entity.Type == EntityType.Country && mention.Entity.Id != state.Id && mention.Kind != MentionKind.Demonym)
            {
                return true;
            }
        }

        return false;
    }
}
