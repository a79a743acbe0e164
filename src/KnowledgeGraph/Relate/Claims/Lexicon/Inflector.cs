namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// Regular English verb inflection of a lemma's first word: third person (-s, -es, -ies), past (-ed, -d, -ied)
/// and present participle (-ing, dropping a final e). Irregular and doubled-consonant forms (met, banned) are
/// listed in the lexicon under <c>forms</c> instead of being guessed.
/// </summary>
internal static class Inflector
{
    /// <summary>The lemma and its regular forms; multi-word lemmas inflect their first word ("call on" → "called on").</summary>
    public static IReadOnlyList<string> Forms(string lemma)
    {
        int space = lemma.IndexOf(' ', StringComparison.Ordinal);
        string head = space < 0 ? lemma : lemma[..space];
        string tail = space < 0 ? "" : lemma[space..];
        var forms = new List<string>(4) { lemma };
        foreach (string form in new[] { ThirdPerson(head), Past(head), Participle(head) })
        {
            string full = form + tail;
            if (!forms.Contains(full, StringComparer.Ordinal))
            {
                forms.Add(full);
            }
        }

        return forms;
    }

    public static string ThirdPerson(string verb)
    {
        if (verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal))
        {
            return verb + "es";
        }

        return EndsInConsonantY(verb) ? verb[..^1] + "ies" : verb + "s";
    }

    public static string Past(string verb)
    {
        if (verb.EndsWith('e'))
        {
            return verb + "d";
        }

        return EndsInConsonantY(verb) ? verb[..^1] + "ied" : verb + "ed";
    }

    public static string Participle(string verb)
    {
        if (verb.EndsWith("ie", StringComparison.Ordinal))
        {
            return verb[..^2] + "ying";
        }

        if (verb.Length > 2 && verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal))
        {
            return verb[..^1] + "ing";
        }

        return verb + "ing";
    }

    private static bool EndsInConsonantY(string verb) =>
        verb.Length > 1 && verb[^1] == 'y' && "aeiou".IndexOf(verb[^2], StringComparison.Ordinal) < 0;
}
