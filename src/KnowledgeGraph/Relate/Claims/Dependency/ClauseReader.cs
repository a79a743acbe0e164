using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// The subject of a verb through the tree: its own nsubj or nsubj:pass; else, through control and raising
/// (xcomp: "sought to invest"), coordination ("signed and ratified"), adverbial participles, the noun a relative clause
/// modifies ("firms that built") or a participle modifies ("a dam built by", "companies operating"). Also tells
/// whether the verb is passive, so the grammatical subject is the patient.
/// </summary>
internal sealed class ClauseReader
{
    private static readonly string[] Relatives = ["that", "which", "who", "whom"];
    private SentenceView view = null!;
    private SentenceTree tree = null!;

    public void Load(SentenceView sentence, SentenceTree parse)
    {
        view = sentence;
        tree = parse;
    }

    /// <summary>True when <paramref name="verb"/> is passive: an aux:pass or nsubj:pass child, or a past participle modifying a noun.</summary>
    public bool IsPassive(int verb)
    {
        if (tree.HasChild(verb, DepRel.AuxPass) || tree.HasChild(verb, DepRel.NsubjPass))
        {
            return true;
        }

        return tree.Relation(verb) == DepRel.Acl && view.Word(verb).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || (tree.Relation(verb) == DepRel.Acl && tree.HasChild(verb, DepRel.OblAgent));
    }

    /// <summary>The node of the grammatical subject of <paramref name="verb"/>, or -1.</summary>
    public int Subject(int verb) => Subject(verb, 0);

    private int Subject(int verb, int depth)
    {
        if (depth > 4)
        {
            return -1;
        }

        int relative = -1;
        for (int c = tree.FirstChild(verb); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) is DepRel.Nsubj or DepRel.NsubjPass)
            {
                if (!IsRelative(c))
                {
                    return c;
                }

                relative = relative < 0 ? c : relative;
            }
        }

        // "the TTP, which Pakistan accuses Kabul of harbouring": a relative pronoun read as a second subject beside a name
        // is the clause's object; the name is its subject (returned above).
        if (relative >= 0)
        {
            return tree.Relation(verb) is DepRel.AclRelcl && tree.Contains(tree.Head(verb)) ? tree.Head(verb) : relative;
        }

        int head = tree.Head(verb);
        if (!tree.Contains(head))
        {
            return -1;
        }

        return tree.Relation(verb) switch
        {
            DepRel.Xcomp or DepRel.Conj => Subject(head, depth + 1),
            // "Putin's decision to invade Ukraine", "China's attempt to build": the possessor of the noun acts.
            DepRel.Acl when HasInfinitive(verb) => PossessorOf(head),
            DepRel.Acl or DepRel.AclRelcl => head,
            DepRel.Advcl when view.Word(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase) => Subject(head, depth + 1),
            _ => -1,
        };
    }

    /// <summary>True when <paramref name="verb"/> is an infinitive: it has "to" as its mark ("the decision to invade").</summary>
    public bool HasInfinitive(int verb)
    {
        for (int c = tree.FirstChild(verb); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) == DepRel.Mark && view.Is(c, "to"))
            {
                return true;
            }
        }

        return false;
    }

    private int PossessorOf(int noun)
    {
        for (int c = tree.FirstChild(noun); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) == DepRel.NmodPoss || (tree.Relation(c) == DepRel.Amod && view.MentionIndexAt(c) >= 0))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="token"/> is a relative pronoun ("that", "which", "who", "whom").</summary>
    public bool IsRelative(int token)
    {
        foreach (string word in Relatives)
        {
            if (view.Is(token, word))
            {
                return true;
            }
        }

        return false;
    }
}
