using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// Turns a node of the tree into the entity arguments it stands for (view mention indexes): a token of a mention
/// (or of a reference the view holds as a mention) is that mention; an actor noun ("Chinese firms", "Pakistan's
/// military", "officials of China") is the named modifier; a relative pronoun is the noun its clause modifies; and
/// every conjunct joins ("Thailand, Laos and Sri Lanka" → three arguments). One instance per document.
/// </summary>
internal sealed class ArgumentFinder
{
    private readonly ClaimCues cues;
    private SentenceView view = null!;
    private SentenceTree tree = null!;

    public ArgumentFinder(ClaimCues cues) => this.cues = cues;

    public void Load(SentenceView sentence, SentenceTree parse)
    {
        view = sentence;
        tree = parse;
    }

    /// <summary>Adds the arguments <paramref name="node"/> stands for to <paramref name="output"/> (no duplicates).</summary>
    public void Collect(int node, List<int> output) => Collect(node, output, 0);

    private void Collect(int node, List<int> output, int depth)
    {
        if (depth > 6 || !tree.Contains(node))
        {
            return;
        }

        int mention = view.MentionIndexAt(node);
        if (mention >= 0)
        {
            Add(output, mention);
            ConjunctsOfMention(mention, output, depth);
            return;
        }

        // "Zijin Mining, the Chinese company that runs …": an actor noun in apposition to a name stands for the name, not
        // for the demonym that qualifies it.
        int apposedTo = tree.Relation(node) == DepRel.Appos && tree.Contains(tree.Head(node)) ? view.MentionIndexAt(tree.Head(node)) : -1;
        // "China's ambassador, Zhao Xing, met …": a name in apposition to the actor noun is the actor; its owner is not.
        if (apposedTo < 0 && tree.Upos(node) is Upos.Noun or Upos.Propn && cues.Actors.StartsAt(view, node) && !HasNamedApposition(node))
        {
            // "Chinese firms", "Pakistan's army", "officials from China": the named modifier is the actor.
            for (int c = tree.FirstChild(node); c >= 0; c = tree.NextSibling(c))
            {
                DepRel relation = tree.Relation(c);
                int named = view.MentionIndexAt(c);
                if (named >= 0 && (relation is DepRel.Amod or DepRel.Compound or DepRel.NmodPoss || (relation == DepRel.Nmod && HasCase(c, "of", "from", "with", "at"))))
                {
                    Add(output, named);
                }
            }
        }

        // A description in apposition stands for the name it describes ("the South China Morning Post, a news
        // organization based in Hong Kong"), and a description for the name in apposition to it.
        int head = tree.Head(node);
        if (tree.Relation(node) == DepRel.Appos && tree.Contains(head) && view.MentionIndexAt(head) is >= 0 and var described)
        {
            Add(output, described);
        }

        for (int c = tree.FirstChild(node); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) == DepRel.Conj)
            {
                Collect(c, output, depth + 1);
            }
            else if (tree.Relation(c) == DepRel.Appos && view.MentionIndexAt(c) is >= 0 and var named)
            {
                Add(output, named);
            }
        }
    }

    /// <summary>True when a child of <paramref name="node"/> in apposition to it is a name.</summary>
    private bool HasNamedApposition(int node)
    {
        for (int c = tree.FirstChild(node); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) == DepRel.Appos && view.MentionIndexAt(c) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a child of <paramref name="node"/> with relation case is one of <paramref name="words"/>.</summary>
    public bool HasCase(int node, params ReadOnlySpan<string> words) => CaseOf(node) is { } found && Matches(found, words);

    /// <summary>The case marker (preposition) of <paramref name="node"/>, or -1.</summary>
    public int CaseToken(int node)
    {
        for (int c = tree.FirstChild(node); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) == DepRel.Case && view.Token(c).Kind == TokenKind.Word)
            {
                return c;
            }
        }

        // A mention's case marker may hang on its head token inside the span; the head is what the tree sees.
        return -1;
    }

    private int? CaseOf(int node)
    {
        int c = CaseToken(node);
        return c >= 0 ? c : null;
    }

    private bool Matches(int token, ReadOnlySpan<string> words)
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

    private void ConjunctsOfMention(int mention, List<int> output, int depth)
    {
        int first = view.MentionFirst(mention);
        int last = view.MentionLast(mention);
        for (int t = first; t <= last; t++)
        {
            for (int c = tree.FirstChild(t); c >= 0; c = tree.NextSibling(c))
            {
                if ((c < first || c > last) && tree.Relation(c) == DepRel.Conj)
                {
                    Collect(c, output, depth + 1);
                }
            }
        }
    }

    private static void Add(List<int> output, int mention)
    {
        if (!output.Contains(mention))
        {
            output.Add(mention);
        }
    }
}
