using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Parties;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// "Relations", "relationship" and "ties" state cooperation only when the sentence asserts them: a positive modifier
/// ("strong ties"), a possessor ("China's relationship with the Taliban") or a verb that has, builds or deepens them
/// ("maintained ties with"); closeness ("close relationship") and relations between parties called allies ("ties between
/// the two allies") are ALLIED_WITH; hostile or broken ones ("tense relations", "fractious") and relations as a mere
/// topic are nothing. Other nominal triggers pass unchanged.
/// </summary>
internal static class RelationNouns
{

    /// <summary>True when the word is one of the relation nouns (claim_cues <c>relation_nouns</c>): a cue to parse the sentence.</summary>
    public static bool IsCue(ClaimCues cues, ReadOnlySpan<char> word) => cues.RelationNouns.Candidates(word) is not null;

    /// <summary>The COOPERATES_WITH trigger of a relation noun with its preposition ("relations with", "ties between").</summary>
    public static Trigger? For(SentenceView view, int noun, string prep, PredicateLexicon lexicon) =>
        IsAny(view, noun, lexicon.Cues.RelationNounWords) && lexicon.Find("COOPERATES_WITH") is { } cooperates
            ? new Trigger([view.Word(noun).ToString().ToLowerInvariant(), prep], TriggerKind.Noun, cooperates, prep)
            : null;

    /// <summary>The trigger to read at <paramref name="noun"/>: itself, ALLIED_WITH's for closeness, or null when no claim is asserted.</summary>
    public static Trigger? Reading(SentenceView view, SentenceTree tree, int noun, Trigger trigger, PredicateLexicon lexicon)
    {
        ClaimCues cues = lexicon.Cues;
        if (!IsAny(view, noun, cues.RelationNounWords))
        {
            return trigger;
        }

        bool positive = false;
        for (int c = tree.FirstChild(noun); c >= 0; c = tree.NextSibling(c))
        {
            // "China's relationship with the Taliban", "Beijing's ties with Pakistan": a party's own relations exist.
            positive |= tree.Relation(c) == DepRel.NmodPoss && view.MentionIndexAt(c) >= 0;
            // "strained ties between the two allies": the relations of two parties the text calls allies are their alliance.
            if (tree.Relation(c) == DepRel.Nmod && view.MentionIndexAt(c) is >= 0 and var party && view.DescribesSeveral(party)
                && lexicon.Find("ALLIED_WITH") is { } ally && AlliedPairReader.IsLabel(view, c, ally))
            {
                return trigger with { Predicate = ally };
            }

            if (tree.Relation(c) != DepRel.Amod)
            {
                continue;
            }

            if (IsAny(view, c, cues.RelationNegative))
            {
                return null;
            }

            if (IsAny(view, c, cues.RelationClose) && lexicon.Find("ALLIED_WITH") is { } allied)
            {
                return trigger with { Predicate = allied };
            }

            positive |= IsAny(view, c, cues.RelationPositive);
        }

        int head = tree.Head(noun);
        // "Pakistan's relations with Kabul have also soured": relations the clause says broke down are no cooperation
        // (claim_cues `breakdowns`).
        if (tree.Contains(head) && tree.Relation(noun) == DepRel.Nsubj && cues.Breakdowns.StartsAt(view, head))
        {
            return null;
        }

        bool asserted = tree.Contains(head) && tree.Relation(noun) == DepRel.Obj && IsLemma(tree.Lemma(head), cues.RelationVerbs);
        return positive || asserted ? trigger : null;
    }

    /// <summary>
    /// From tokens alone, for a relation noun held by parties named before it ("China and Russia have a close
    /// relationship"): null when a hostile word stands in [<paramref name="from"/>, <paramref name="noun"/>) ("a complicated
    /// relationship"), ALLIED_WITH's trigger for closeness, else <paramref name="trigger"/>. Other nouns pass unchanged.
    /// </summary>
    public static Trigger? ReadingBefore(SentenceView view, int noun, Trigger trigger, int from, PredicateLexicon lexicon)
    {
        ClaimCues cues = lexicon.Cues;
        if (!IsAny(view, noun, cues.RelationNounWords))
        {
            return trigger;
        }

        for (int k = from; k < noun; k++)
        {
            if (IsAny(view, k, cues.RelationNegative))
            {
                return null;
            }

            if (IsAny(view, k, cues.RelationClose) && lexicon.Find("ALLIED_WITH") is { } allied)
            {
                return trigger with { Predicate = allied };
            }
        }

        return trigger;
    }

    /// <summary>
    /// Cheap check before parsing: the relation noun at <paramref name="noun"/> has a close or positive adjective right
    /// before it, or an asserting verb ("sought", "built", "has") within three tokens before.
    /// </summary>
    public static bool Asserted(SentenceView view, SyntaxLayer syntax, int noun, ClaimCues cues)
    {
        if (IsAny(view, noun - 1, cues.RelationClose) || IsAny(view, noun - 1, cues.RelationPositive) || OwnedBy(view, noun))
        {
            return true;
        }

        // "has built the most pragmatic relationship with": the verb within four words before the noun.
        for (int k = Math.Max(view.First, noun - 4); k < noun; k++)
        {
            // The tagger is asked only about a word that may be a form of one of the verbs (tagging a sentence costs more
            // than reading it).
            if (MayBeVerbForm(view.Word(k), cues.RelationVerbs) && syntax.Upos(k) is Upos.Verb or Upos.Aux && IsLemma(syntax.Lemma(k), cues.RelationVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Irregular forms of claim_cues <c>relation_verbs</c> that do not begin with their lemma's first four letters.</summary>
    private static readonly string[] Irregular = ["has", "had", "'ve", "sought"];

    /// <summary>True when the word begins like a form of one of <paramref name="verbs"/> (its first four letters) or is an irregular form.</summary>
    private static bool MayBeVerbForm(ReadOnlySpan<char> word, IReadOnlyList<string> verbs)
    {
        foreach (string verb in verbs)
        {
            if (word.StartsWith(verb.AsSpan(0, Math.Min(4, verb.Length)), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (string form in Irregular)
        {
            if (word.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A possessive name just before ("China's relationship", "Beijing's close ties").</summary>
    private static bool OwnedBy(SentenceView view, int noun)
    {
        // "has built the most pragmatic relationship with": the verb within four words before the noun.
        for (int k = Math.Max(view.First, noun - 4); k < noun; k++)
        {
            if (view.MentionIndexAt(k) is >= 0 and var m && view.IsPossessive(m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="head"/> is a verb that asserts the relation noun <paramref name="noun"/> it governs ("sought a closer relationship").</summary>
    public static bool IsAssertingVerb(SentenceView view, SentenceTree tree, int head, int noun, ClaimCues cues) =>
        IsAny(view, noun, cues.RelationNounWords) && IsLemma(tree.Lemma(head), cues.RelationVerbs);

    private static bool IsLemma(string lemma, IReadOnlyList<string> words)
    {
        foreach (string word in words)
        {
            if (lemma.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="token"/> is one of <paramref name="words"/>, ignoring case.</summary>
    internal static bool IsAny(SentenceView view, int token, IReadOnlyList<string> words)
    {
        foreach (string word in words)
        {
            if (view.Is(token, word))
            {
                return true;
            }
        }

        return false;
    }
}
