namespace KnowledgeGraph.Syntax.Lemmas;

/// <summary>Rewrites a word's ending: drop <see cref="Strip"/> characters, append <see cref="Append"/> (studies → study: 3, "y").</summary>
internal readonly record struct LemmaRule(int Strip, string Append)
{
    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/> (both lower-cased): keep their common prefix.</summary>
    public static LemmaRule Between(string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        int common = 0;
        while (common < form.Length && common < lemma.Length && form[common] == lemma[common])
        {
            common++;
        }

        return new LemmaRule(form.Length - common, lemma[common..]);
    }

    /// <summary>True when the rule leaves at least two characters of <paramref name="length"/> before appending.</summary>
    public bool Fits(int length) => length - Strip >= 2;

    public string Apply(ReadOnlySpan<char> form) => string.Concat(form[..^Strip], Append);
}
