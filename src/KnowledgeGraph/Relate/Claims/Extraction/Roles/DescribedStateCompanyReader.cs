using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Resolve.Coreference;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// "The state-owned company has not commented publicly", "a deposit the state-owned company won in 2008": a description
/// with a <c>state_owned</c> cue that coreference resolved to a company whose own name writes one of the article's states
/// at its start (<see cref="CompanyHomes"/>: China National Petroleum Corporation) → the company PART_OF that state. Reads
/// one document at a time (<see cref="Begin"/>); not thread-safe.
/// </summary>
internal sealed class DescribedStateCompanyReader
{
    private readonly PredicateLexicon lexicon;
    private readonly PredicateDefinition? partOf;
    private CompanyHomes? homes;
    private IReadOnlyList<Entity> states = [];

    public DescribedStateCompanyReader(PredicateLexicon lexicon)
    {
        this.lexicon = lexicon;
        partOf = lexicon.Find("PART_OF");
    }

    /// <summary>Moves on to another article: <paramref name="states"/> are the countries it names, the only owners read.</summary>
    public void Begin(IReadOnlyList<Entity> states)
    {
        this.states = states;
        homes = null;
    }

    /// <summary>Appends (company mention, PART_OF, state) for each state-owned company description in the view.</summary>
    public void Read(SentenceView view, List<(int Mention, PredicateDefinition Predicate, Entity Linked)> output)
    {
        if (partOf is null || states.Count == 0)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            Mention mention = view.Mention(m);
            int first = view.MentionFirst(m);
            if (mention.Kind != MentionKind.Partial || mention.Entity.Subtype is not (EntitySubtypes.Company or EntitySubtypes.StateCompany)
                || !(view.Is(first, "the") || view.Is(first, "The")) || !NationalityReader.StateWords(view, lexicon.Cues, first + 1, view.MentionLast(m)))
            {
                continue;
            }

            // Built on the first description an article has: most have none.
            homes ??= new CompanyHomes(states);
            string? home = homes.Home(mention.Entity);
            foreach (Entity state in states)
            {
                if (state.Id == home)
                {
                    output.Add((m, partOf, state));
                }
            }
        }
    }
}
