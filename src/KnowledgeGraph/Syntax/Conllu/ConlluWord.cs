namespace KnowledgeGraph.Syntax.Conllu;

/// <summary>
/// One word line of CoNLL-U (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), fields as written ("_" for
/// none). <see cref="Id"/> is 1-based; <see cref="Head"/> is 0 for the root and -1 when the file gives "_".
/// </summary>
internal sealed record ConlluWord(
    int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Deps, string Misc)
{
    /// <summary>True when MISC says no space follows (SpaceAfter=No).</summary>
    public bool NoSpaceAfter => ConlluMisc.Has(Misc, "SpaceAfter=No");
}
