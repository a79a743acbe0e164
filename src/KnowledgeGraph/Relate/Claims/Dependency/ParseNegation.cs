using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// Negation read from the tree, scoped over the trigger: "not", "n't", "never", "no longer" on the trigger or on a
/// verb governing it through control ("refused to meet", "failed to hand over", "has yet to recognise"); "no" on a
/// nominal trigger; for a nominal trigger, the same on the verb it is subject or object of, and a negative predicate
/// over it ("cooperation … was going to be impossible"); a sentence negation before the trigger ("no evidence that").
/// </summary>
internal sealed class ParseNegation
{
    private static readonly string[] NegativeWords = ["not", "n't", "never", "no", "neither", "nor"];
    private readonly ClaimCues cues;
    private SentenceView view = null!;
    private SentenceTree tree = null!;

    public ParseNegation(ClaimCues cues) => this.cues = cues;

    public void Load(SentenceView sentence, SentenceTree parse)
    {
        view = sentence;
        tree = parse;
    }

    public bool IsNegated(int trigger)
    {
        if (cues.SentenceNegations.AnyIn(view, view.First, trigger))
        {
            return true;
        }

        int node = trigger;
        if (tree.Upos(trigger) is Upos.Noun or Upos.Propn)
        {
            if (HasNegativeChild(trigger))
            {
                return true;
            }

            if (tree.Base(trigger) is not (DepRel.Nsubj or DepRel.Obj) || !tree.Contains(tree.Head(trigger)))
            {
                return false;
            }

            node = tree.Head(trigger);
            if (NegativePredicate(node))
            {
                return true;
            }
        }

        for (int depth = 0; depth < 4 && tree.Contains(node); depth++)
        {
            if (HasNegativeChild(node) || (node != trigger && IsNegativeLemma(node)))
            {
                return true;
            }

            if (tree.Relation(node) != DepRel.Xcomp)
            {
                break;
            }

            node = tree.Head(node);
        }

        return false;
    }

    private bool NegativePredicate(int verb)
    {
        if (IsNegativeLemma(verb))
        {
            return true;
        }

        for (int c = tree.FirstChild(verb); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) == DepRel.Xcomp && (IsNegativeLemma(c) || NegativePredicate(c)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasNegativeChild(int node)
    {
        for (int c = tree.FirstChild(node); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) is DepRel.Advmod or DepRel.Det or DepRel.Aux or DepRel.Cc && IsNegativeWord(c))
            {
                // "not only" is no negation.
                if (view.Is(c, "not") && view.Is(c + 1, "only"))
                {
                    continue;
                }

                return true;
            }

            if (tree.Relation(c) == DepRel.Advmod && view.Is(c, "longer") && view.Is(c - 1, "no"))
            {
                return true;
            }

            if (tree.Relation(c) == DepRel.Advmod && view.Is(c, "yet") && GrammarWords.HaveForms.StartsAt(view, c - 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNegativeWord(int token)
    {
        if (view.IsContractedNot(token))
        {
            return true;
        }

        foreach (string word in NegativeWords)
        {
            if (view.Is(token, word))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNegativeLemma(int token)
    {
        string lemma = tree.Lemma(token);
        foreach (string word in cues.NegativeLemmas)
        {
            if (lemma.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
