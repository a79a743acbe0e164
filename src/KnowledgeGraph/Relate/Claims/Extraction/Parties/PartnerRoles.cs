using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// The role nouns of the predicates (<see cref="PredicateDefinition.Partners"/>), singular and plural, each with the
/// trigger of its predicate, found at a token by the longest phrase that matches.
/// </summary>
internal sealed class PartnerRoles
{
    private readonly PhraseIndex<Trigger> roles = new();

    public PartnerRoles(PredicateLexicon lexicon)
    {
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            foreach (string role in predicate.Partners)
            {
                string[] words = PhraseWords.Split(role);
                roles.Add(words, new Trigger(words, TriggerKind.Noun, predicate, null));
                roles.Add(Plural(words), new Trigger(Plural(words), TriggerKind.Noun, predicate, null));
                Any = true;
            }
        }

        roles.Seal();
    }

    /// <summary>True when a predicate of the lexicon names a role.</summary>
    public bool Any { get; }

    /// <summary>The role phrases' first words.</summary>
    public IEnumerable<string> FirstWords => roles.FirstWords;

    /// <summary>The longest role phrase starting at token <paramref name="i"/>; null when none.</summary>
    public Trigger? RoleAt(SentenceView view, int i)
    {
        if (i < view.First || i >= view.End || roles.Candidates(view, i) is not { } list)
        {
            return null;
        }

        foreach (var (words, trigger) in list)
        {
            if (view.WordsMatch(i, words))
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>"partner" → "partners", "ally" → "allies", "trading partner" → "trading partners".</summary>
    public static string[] Plural(string[] words)
    {
        string last = words[^1];
        bool consonantY = last.Length > 1 && last[^1] == 'y' && !"aeiou".Contains(last[^2]);
        return [.. words[..^1], consonantY ? last[..^1] + "ies" : last + "s"];
    }
}
