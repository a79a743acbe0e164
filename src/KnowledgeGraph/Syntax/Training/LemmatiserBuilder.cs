using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.Lemmas;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// Builds the <see cref="Lemmatiser"/> from gold sentences: suffix rules first (for each XPOS and word ending of 1 to 5
/// characters, the form → lemma rewrite most word types with that ending take), then a lexicon of every (XPOS, form)
/// whose most frequent treebank lemma the rules do not give.
/// </summary>
internal static class LemmatiserBuilder
{
    /// <summary>A rule is kept when at least this many word types support it.</summary>
    private const int MinSupport = 2;

    public static Lemmatiser Build(IReadOnlyList<TreebankSentence> train)
    {
        ArgumentNullException.ThrowIfNull(train);
        var lemmaCounts = new Dictionary<(byte Xpos, string Form), Dictionary<string, int>>();
        var upos = new Dictionary<(byte Xpos, string Form), Upos>();
        foreach (TreebankSentence sent in train)
        {
            for (int i = 0; i < sent.Count; i++)
            {
                string lemma = sent.Lemmas[i];
                if (lemma == "_")
                {
                    continue;
                }

                var key = (sent.XposClasses[i], Fold(sent.Form(i), lower: false));
                if (!lemmaCounts.TryGetValue(key, out Dictionary<string, int>? counts))
                {
                    lemmaCounts[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    upos[key] = sent.Upos[i];
                }

                string folded = Fold(lemma, lower: false);
                counts[folded] = counts.GetValueOrDefault(folded) + 1;
            }
        }

        var best = lemmaCounts.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key);
        Dictionary<string, LemmaRule> rules = LearnRules(best);
        var lemmatiser = new Lemmatiser(new Dictionary<string, string>(StringComparer.Ordinal), rules);
        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (((byte xpos, string form), string lemma) in best.OrderBy(p => p.Key.Xpos).ThenBy(p => p.Key.Form, StringComparer.Ordinal))
        {
            if (form.Length <= Lemmatiser.MaxForm && lemmatiser.ByRule(form, upos[(xpos, form)], xpos) != lemma)
            {
                lexicon[Lemmatiser.Key(xpos, form)] = lemma;
            }
        }

        return new Lemmatiser(lexicon, rules);
    }

    private static Dictionary<string, LemmaRule> LearnRules(Dictionary<(byte Xpos, string Form), string> best)
    {
        var votes = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        foreach (((byte xpos, string form), string lemma) in best)
        {
            string lowerForm = Fold(form, lower: true);
            string lowerLemma = Fold(lemma, lower: true);
            var rule = LemmaRule.Between(lowerForm, lowerLemma);
            for (int k = 1; k <= Lemmatiser.MaxSuffix && k < lowerForm.Length; k++)
            {
                if (rule.Strip > k)
                {
                    continue;
                }

                string key = Lemmatiser.Key(xpos, lowerForm.AsSpan(lowerForm.Length - k));
                if (!votes.TryGetValue(key, out Dictionary<LemmaRule, int>? counts))
                {
                    votes[key] = counts = [];
                }

                counts[rule] = counts.GetValueOrDefault(rule) + 1;
            }
        }

        var majority = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach ((string key, Dictionary<LemmaRule, int> counts) in votes)
        {
            (LemmaRule rule, int support) = counts
                .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Strip).ThenBy(c => c.Key.Append, StringComparer.Ordinal)
                .Select(c => (c.Key, c.Value)).First();
            if (support >= MinSupport)
            {
                majority[key] = rule;
            }
        }

        // An ending whose words keep their form is stored only where it must block a shorter ending's rewrite
        // (NNS -ss stays, though -s is stripped).
        var rules = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach ((string key, LemmaRule rule) in majority)
        {
            bool identity = rule.Strip == 0 && rule.Append.Length == 0;
            bool blocks = false;
            for (int k = key.Length - 2; identity && k >= 1 && !blocks; k--)
            {
                blocks = majority.TryGetValue(string.Concat(key.AsSpan(0, 1), key.AsSpan(key.Length - k)), out LemmaRule shorter)
                    && (shorter.Strip > 0 || shorter.Append.Length > 0);
            }

            if (!identity || blocks)
            {
                rules[key] = rule;
            }
        }

        return rules;
    }

    private static string Fold(ReadOnlySpan<char> text, bool lower)
    {
        Span<char> folded = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            folded[i] = lower ? FeatureHash.LowerChar(text[i]) : FeatureHash.FoldChar(text[i]);
        }

        return folded.ToString();
    }
}
