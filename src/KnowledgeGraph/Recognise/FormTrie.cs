using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Every gazetteer surface form, tokenised by the same tokeniser as the text and stored under the hashes of its
/// token prefixes (Catalyst's hashed-sequence matcher): longest-match search costs one look-up per token.
/// Immutable after construction and safe to share between threads.
/// </summary>
internal sealed class FormTrie
{
    private readonly Dictionary<ulong, TrieNode> nodes = [];

    public FormTrie(IEnumerable<SurfaceForm> forms)
    {
        foreach (SurfaceForm form in forms)
        {
            Add(form);
        }
    }

    /// <summary>Number of token-sequence prefixes stored.</summary>
    public int Count => nodes.Count;

    /// <summary>The longest form length in tokens.</summary>
    public int MaxTokens { get; private set; }

    public TrieNode? Find(ulong sequenceHash) => nodes.GetValueOrDefault(sequenceHash);

    private void Add(SurfaceForm form)
    {
        string text = Normaliser.Normalise(form.Text);
        Token[] tokens = Tokeniser.Tokenise(text);
        if (tokens.Length == 0)
        {
            return;
        }

        ulong hash = TokenHash.Empty;
        for (int i = 0; i < tokens.Length; i++)
        {
            hash = TokenHash.Combine(hash, TokenHash.Of(text.AsSpan(tokens[i].Start, tokens[i].Length)));
            if (!nodes.TryGetValue(hash, out TrieNode? node))
            {
                node = new TrieNode();
                nodes.Add(hash, node);
            }

            if (i < tokens.Length - 1)
            {
                node.HasLonger = true;
                continue;
            }

            string[] texts = Array.ConvertAll(tokens, t => text.Substring(t.Start, t.Length));
            (node.Terminals ??= []).Add(new FormEntry(form, texts, text.Any(char.IsUpper)));
        }

        MaxTokens = Math.Max(MaxTokens, tokens.Length);
    }
}
