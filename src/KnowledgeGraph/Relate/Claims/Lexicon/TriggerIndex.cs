namespace KnowledgeGraph.Relate.Claims.Lexicon;

/// <summary>
/// Every trigger of every predicate, keyed by first word: verb forms (lemmas inflected by <see cref="Inflector"/>
/// plus listed forms), nouns with their preposition, compound modifiers, titles, nouns of accusing, verbs of requesting and verbs of owing.
/// </summary>
internal static class TriggerIndex
{
    public static PhraseIndex<Trigger> Build(IReadOnlyList<PredicateDefinition> predicates)
    {
        var index = new PhraseIndex<Trigger>();
        foreach (PredicateDefinition predicate in predicates)
        {
            var verbForms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string lemma in predicate.Verbs)
            {
                verbForms.UnionWith(Inflector.Forms(lemma));
            }

            verbForms.UnionWith(predicate.Forms);
            foreach (string form in verbForms)
            {
                Add(index, form, TriggerKind.Verb, predicate, prep: null);
            }

            foreach (string lemma in predicate.DirectVerbs)
            {
                foreach (string form in Inflector.Forms(lemma))
                {
                    string[] words = PhraseWords.Split(form);
                    index.Add(words, new Trigger(words, TriggerKind.Verb, predicate, null) { TakesDirectObject = true });
                }
            }

            foreach (string lemma in predicate.Reciprocal)
            {
                foreach (string form in Inflector.Forms(lemma))
                {
                    string[] words = PhraseWords.Split(form);
                    index.Add(words, new Trigger(words, TriggerKind.Verb, predicate, null) { Reciprocal = true });
                }
            }

            foreach (string lemma in predicate.Exits)
            {
                foreach (string form in Inflector.Forms(lemma))
                {
                    string[] words = PhraseWords.Split(form);
                    index.Add(words, new Trigger(words, TriggerKind.Verb, predicate, null) { Exit = true });
                }
            }

            foreach (string noun in predicate.Nouns)
            {
                string[] words = PhraseWords.Split(noun);
                index.Add(words, new Trigger(words, TriggerKind.Noun, predicate, words.Length > 1 ? words[^1] : null));
            }

            AddAll(index, predicate.Modifiers, TriggerKind.Modifier, predicate);
            AddAll(index, predicate.ModifiersReversed, TriggerKind.ModifierReversed, predicate);
            AddAll(index, predicate.Titles, TriggerKind.Title, predicate);
            AddAll(index, predicate.Accusations, TriggerKind.Accusation, predicate);
            var requestForms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string lemma in predicate.Requests)
            {
                requestForms.UnionWith(Inflector.Forms(lemma));
            }

            foreach (string form in requestForms)
            {
                Add(index, form, TriggerKind.Request, predicate, prep: null);
            }

            AddInflected(index, predicate.Debts, TriggerKind.Debt, predicate);
        }

        return index.Seal();
    }

    private static void AddInflected(PhraseIndex<Trigger> index, IReadOnlyList<string> lemmas, TriggerKind kind, PredicateDefinition predicate)
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string lemma in lemmas)
        {
            forms.UnionWith(Inflector.Forms(lemma));
        }

        foreach (string form in forms)
        {
            Add(index, form, kind, predicate, prep: null);
        }
    }

    private static void AddAll(PhraseIndex<Trigger> index, IReadOnlyList<string> phrases, TriggerKind kind, PredicateDefinition predicate)
    {
        foreach (string phrase in phrases)
        {
            Add(index, phrase, kind, predicate, prep: null);
        }
    }

    private static void Add(PhraseIndex<Trigger> index, string phrase, TriggerKind kind, PredicateDefinition predicate, string? prep)
    {
        string[] words = PhraseWords.Split(phrase);
        index.Add(words, new Trigger(words, kind, predicate, prep));
    }
}
