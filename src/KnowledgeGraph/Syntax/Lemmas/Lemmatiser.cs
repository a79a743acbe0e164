using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.ModelFiles;

namespace KnowledgeGraph.Syntax.Lemmas;

/// <summary>
/// Lemmas from the treebanks: a lexicon of (XPOS, form) → lemma for the words the suffix rules get wrong, then
/// suffix rules learned from the treebank per XPOS (longest known ending of up to <see cref="MaxSuffix"/> characters
/// wins: -ies → -y for NNS, -ied → -y for VBD), then the form itself. Punctuation and symbols are their own lemma;
/// proper nouns keep their case, except that an all lower-case one is capitalised (kerala → Kerala, as EWT does);
/// other lemmas are lower case. Look-ups use spans: only the returned string of an unseen word is allocated.
/// </summary>
internal sealed class Lemmatiser
{
    /// <summary>Format version of the "lemmas" section.</summary>
    public const int SectionVersion = 1;

    /// <summary>Name of its model file section.</summary>
    public const string SectionName = "lemmas";

    /// <summary>Longest word ending the rules look at.</summary>
    public const int MaxSuffix = 5;

    /// <summary>Longest form the lexicon holds.</summary>
    public const int MaxForm = 48;

    private readonly Dictionary<string, string> lexicon;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lexiconLookup;
    private readonly Dictionary<string, LemmaRule> rules;
    private readonly Dictionary<string, LemmaRule>.AlternateLookup<ReadOnlySpan<char>> ruleLookup;

    /// <summary>
    /// <paramref name="lexicon"/> keys are <see cref="Key"/> of an XPOS and a form; <paramref name="rules"/> keys are
    /// <see cref="Key"/> of an XPOS and a lower-cased ending.
    /// </summary>
    public Lemmatiser(Dictionary<string, string> lexicon, Dictionary<string, LemmaRule> rules)
    {
        this.lexicon = lexicon;
        this.rules = rules;
        lexiconLookup = lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        ruleLookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int LexiconSize => lexicon.Count;

    public int RuleCount => rules.Count;

    /// <summary>The key of an XPOS and a form: the tag as one character, then the form.</summary>
    public static string Key(byte xpos, ReadOnlySpan<char> form) => string.Concat([(char)('0' + xpos)], form);

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="upos"/>/<paramref name="xpos"/>.</summary>
    public string Lemma(ReadOnlySpan<char> form, Upos upos, byte xpos)
    {
        if (form.IsEmpty)
        {
            return "";
        }

        if (form.Length > MaxForm)
        {
            return upos == Upos.Propn ? form.ToString() : Lower(form);
        }

        Span<char> key = stackalloc char[form.Length + 1];
        key[0] = (char)('0' + xpos);
        Fold(form, key[1..], lower: false);
        if (lexiconLookup.TryGetValue(key, out string? known))
        {
            return known;
        }

        bool changed = Fold(form, key[1..], lower: true);
        if (changed && lexiconLookup.TryGetValue(key, out known))
        {
            return known;
        }

        return ByRule(form, key, upos, xpos);
    }

    /// <summary>The lemma the rules alone give (the lexicon is built from where this differs from the treebank).</summary>
    public string ByRule(ReadOnlySpan<char> form, Upos upos, byte xpos)
    {
        Span<char> key = stackalloc char[form.Length + 1];
        key[0] = (char)('0' + xpos);
        Fold(form, key[1..], lower: true);
        return ByRule(form, key, upos, xpos);
    }

    public void Write(SectionWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(lexicon.Count);
        foreach ((string key, string lemma) in lexicon.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(lemma);
        }

        writer.Write(rules.Count);
        foreach ((string key, LemmaRule rule) in rules.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(rule.Strip);
            writer.Write(rule.Append);
        }
    }

    public static Lemmatiser Read(ModelSection section, string file)
    {
        ArgumentNullException.ThrowIfNull(section);
        SectionReader reader = section.Reader(file);
        int count = reader.ReadCount();
        var lexicon = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            lexicon[reader.ReadString()] = reader.ReadString();
        }

        int ruleCount = reader.ReadCount();
        var rules = new Dictionary<string, LemmaRule>(ruleCount, StringComparer.Ordinal);
        for (int i = 0; i < ruleCount; i++)
        {
            string key = reader.ReadString();
            rules[key] = new LemmaRule(reader.ReadCount(MaxForm), reader.ReadString());
        }

        reader.ExpectEnd();
        return new Lemmatiser(lexicon, rules);
    }

    private string ByRule(ReadOnlySpan<char> form, Span<char> loweredKey, Upos upos, byte xpos)
    {
        ReadOnlySpan<char> lowered = loweredKey[1..];
        if (upos is Upos.Punct or Upos.Sym)
        {
            return form.ToString();
        }

        if (upos == Upos.Propn)
        {
            return lowered.SequenceEqual(form) && char.IsLower(form[0]) ? string.Concat([char.ToUpperInvariant(form[0])], form[1..]) : form.ToString();
        }

        Span<char> probe = stackalloc char[MaxSuffix + 1];
        probe[0] = (char)('0' + xpos);
        for (int k = Math.Min(MaxSuffix, lowered.Length - 1); k >= 1; k--)
        {
            lowered[^k..].CopyTo(probe[1..]);
            if (ruleLookup.TryGetValue(probe[..(k + 1)], out LemmaRule rule) && rule.Fits(lowered.Length))
            {
                return rule.Apply(lowered);
            }
        }

        return lowered.ToString();
    }

    private static string Lower(ReadOnlySpan<char> form)
    {
        Span<char> lowered = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        Fold(form, lowered, lower: true);
        return lowered.ToString();
    }

    /// <summary>Copies <paramref name="form"/> folded (curly quotes straight), lower-cased if asked; true when anything changed.</summary>
    private static bool Fold(ReadOnlySpan<char> form, Span<char> destination, bool lower)
    {
        bool changed = false;
        for (int i = 0; i < form.Length; i++)
        {
            char c = lower ? Features.FeatureHash.LowerChar(form[i]) : Features.FeatureHash.FoldChar(form[i]);
            changed |= c != form[i];
            destination[i] = c;
        }

        return changed;
    }
}
