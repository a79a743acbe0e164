namespace KnowledgeGraph.Syntax.Conllu;

/// <summary>
/// One sentence of a CoNLL-U file: its comment lines (# sent_id, # text, …), its words, and the lines that are not
/// words (multiword tokens "1-2", empty nodes "8.1") kept verbatim with the index of the word they precede, so a
/// writer can reproduce the file's structure exactly. <see cref="Line"/> is the 1-based line of its first line.
/// </summary>
internal sealed class ConlluSentence
{
    public required string File { get; init; }
    public required int Line { get; init; }
    public List<string> Comments { get; } = [];
    public List<ConlluWord> Words { get; } = [];
    /// <summary>The 1-based file line of each word, for error messages.</summary>
    public List<int> WordLines { get; } = [];
    /// <summary>Verbatim non-word lines with the index (into <see cref="Words"/>) of the word they come before.</summary>
    public List<(int Before, string Text)> Extras { get; } = [];
    /// <summary>Index ranges [first, last] of the words each multiword token covers.</summary>
    public List<(int First, int Last, bool NoSpaceAfter)> Multiwords { get; } = [];

    /// <summary>The value of comment "# key = value", or null.</summary>
    public string? Comment(string key)
    {
        string prefix = "# " + key + " =";
        foreach (string comment in Comments)
        {
            if (comment.StartsWith(prefix, StringComparison.Ordinal))
            {
                return comment[prefix.Length..].Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// The sentence's text rebuilt from its word forms, one space between words unless SpaceAfter=No (words inside a
    /// multiword token are joined), with each word's half-open offsets into it.
    /// </summary>
    public string Text(Span<(int Start, int End)> offsets)
    {
        var joined = new bool[Words.Count];
        foreach ((int first, int last, bool noSpace) in Multiwords)
        {
            for (int i = first; i < last; i++)
            {
                joined[i] = true;
            }

            joined[last] = noSpace;
        }

        var text = new System.Text.StringBuilder();
        for (int i = 0; i < Words.Count; i++)
        {
            int start = text.Length;
            text.Append(Words[i].Form);
            offsets[i] = (start, text.Length);
            if (i + 1 < Words.Count && !joined[i] && !Words[i].NoSpaceAfter)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }
}
