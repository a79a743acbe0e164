namespace KnowledgeGraph.Model;

/// <summary>The UD names of <see cref="Upos"/> ("NOUN", "PROPN", …) and the way back.</summary>
internal static class UposTags
{
    /// <summary>Number of tags; <see cref="Upos"/> values run from 0 to Count - 1.</summary>
    public const int Count = 17;

    private static readonly string[] Names =
        ["X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"];

    /// <summary>The UD name of <paramref name="tag"/> ("PROPN").</summary>
    public static string Name(this Upos tag) => Names[(int)tag];

    /// <summary>Parses a UD name (case-sensitive, as CoNLL-U writes it); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out Upos tag)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                tag = (Upos)i;
                return true;
            }
        }

        tag = Upos.X;
        return false;
    }

    /// <summary>True for the open classes that carry content: nouns, proper nouns, verbs, adjectives, adverbs.</summary>
    public static bool IsContent(this Upos tag) => tag is Upos.Noun or Upos.Propn or Upos.Verb or Upos.Adj or Upos.Adv;

    /// <summary>True for NOUN, PROPN and PRON: the heads of noun phrases.</summary>
    public static bool IsNominal(this Upos tag) => tag is Upos.Noun or Upos.Propn or Upos.Pron;
}
