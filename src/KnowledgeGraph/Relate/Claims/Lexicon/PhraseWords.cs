namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// Splits a lexicon phrase into the words a tokeniser yields: lower case, split at spaces, with every hyphen its
/// own word ("co-operate" → co, -, operate), because the tokeniser makes each punctuation character a token.
/// </summary>
internal static class PhraseWords
{
    public static string[] Split(string phrase)
    {
        var words = new List<string>(4);
        foreach (string part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int start = 0;
            for (int i = 0; i < part.Length; i++)
            {
                if (part[i] == '-' && i > 0 && i < part.Length - 1)
                {
                    words.Add(part[start..i].ToLowerInvariant());
                    words.Add("-");
                    start = i + 1;
                }
            }

            words.Add(part[start..].ToLowerInvariant());
        }

        return [.. words];
    }
}
