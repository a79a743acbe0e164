namespace KnowledgeGraph.Model;

/// <summary>CoNLL-U names of <see cref="DepRel"/> ("nsubj:pass"), parsing them back, and universal base relations.</summary>
internal static class DepRels
{
    /// <summary>Number of <see cref="DepRel"/> values, <see cref="DepRel.None"/> included.</summary>
    public const int Count = (int)DepRel.Dislocated + 1;

    private static readonly string[] Names =
    [
        "_", "root", "dep", "punct", "case", "det", "nsubj", "nsubj:pass", "nsubj:outer", "csubj", "csubj:pass", "csubj:outer",
        "obj", "iobj", "ccomp", "xcomp", "obl", "obl:agent", "obl:unmarked", "obl:tmod", "obl:npmod", "expl", "advcl",
        "advcl:relcl", "advmod", "discourse", "vocative", "aux", "aux:pass", "cop", "mark", "nmod", "nmod:poss",
        "nmod:unmarked", "nmod:desc", "nmod:tmod", "nmod:npmod", "appos", "nummod", "acl", "acl:relcl", "amod", "det:predet",
        "clf", "compound", "compound:prt", "flat", "flat:foreign", "fixed", "conj", "cc", "cc:preconj", "list", "parataxis",
        "orphan", "goeswith", "reparandum", "dislocated",
    ];

    private static readonly DepRel[] Bases = BuildBases();

    /// <summary>The CoNLL-U name ("nsubj:pass"); "_" for <see cref="DepRel.None"/>.</summary>
    public static string Name(this DepRel relation) => Names[(int)relation];

    /// <summary>The universal relation of a subtype (nsubj:pass → nsubj, acl:relcl → acl); a universal relation is its own base.</summary>
    public static DepRel Base(this DepRel relation) => Bases[(int)relation];

    /// <summary>True for nsubj, nsubj:pass, nsubj:outer, csubj and its subtypes.</summary>
    public static bool IsSubject(this DepRel relation) => relation.Base() is DepRel.Nsubj or DepRel.Csubj;

    /// <summary>
    /// Parses a CoNLL-U relation. A subtype this enum lacks falls back to its universal relation ("obl:foo" → obl);
    /// returns false only when not even the universal part is known (or the name is "_").
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> name, out DepRel relation)
    {
        for (int i = 1; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                relation = (DepRel)i;
                return true;
            }
        }

        int colon = name.IndexOf(':');
        if (colon > 0)
        {
            return TryParse(name[..colon], out relation);
        }

        relation = DepRel.None;
        return false;
    }

    private static DepRel[] BuildBases()
    {
        var bases = new DepRel[Names.Length];
        for (int i = 0; i < Names.Length; i++)
        {
            int colon = Names[i].IndexOf(':', StringComparison.Ordinal);
            bases[i] = colon < 0 ? (DepRel)i : (DepRel)Array.IndexOf(Names, Names[i][..colon]);
        }

        return bases;
    }
}
