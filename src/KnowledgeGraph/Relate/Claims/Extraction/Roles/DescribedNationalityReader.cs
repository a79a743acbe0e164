using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A company described by its country's demonym without its name ("said Turkmengaz would guarantee supplies under a
/// contract with the Chinese company", "The Russian company resumed buying"), which coreference resolved to a company
/// named before and kept the demonym inside the reference: the company is BASED_IN the country, as "Chinese
/// manufacturer Xiaomi" is (<see cref="NationalityReader"/>).
/// </summary>
internal static class DescribedNationalityReader
{
    /// <summary>Appends (mention, BASED_IN, country) for each organisation in the view that a demonym described.</summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(int Mention, PredicateDefinition Predicate, Entity Linked)> output)
    {
        if (lexicon.Find("BASED_IN") is not { } basedIn)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            if (view.NationalityOf(m) is { } nationality && view.Mention(m).Entity.Type == EntityType.Organisation)
            {
                output.Add((m, basedIn, nationality.Entity));
            }
        }
    }
}
