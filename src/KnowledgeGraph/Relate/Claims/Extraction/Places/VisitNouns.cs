using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>The heads of VISITS' nominal triggers, their preposition left out ("visit to" → visit, "trip to" → trip).</summary>
internal static class VisitNouns
{
    /// <summary>A sealed phrase index of the heads of <paramref name="visits"/>' nouns (empty when the lexicon has no VISITS).</summary>
    public static PhraseIndex<string> Heads(PredicateDefinition? visits)
    {
        var nouns = new PhraseIndex<string>();
        foreach (string noun in visits?.Nouns ?? [])
        {
            string[] words = PhraseWords.Split(noun);
            nouns.Add(words.Length > 1 ? words[..^1] : words, noun);
        }

        nouns.Seal();
        return nouns;
    }
}
