namespace KnowledgeGraph.Model;

/// <summary>
/// Universal Dependencies relations (v2) with the English subtypes English-EWT and GUM use. Names read as in
/// CoNLL-U through <see cref="DepRels.Name"/> ("nsubj:pass"); <see cref="DepRels.Base"/> gives the universal
/// relation of a subtype. The numeric values are part of the model file format and never change; new subtypes
/// are appended.
/// </summary>
internal enum DepRel : byte
{
    /// <summary>No relation: the token's sentence is not parsed (see <see cref="SyntaxLayer.IsParsed"/>).</summary>
    None = 0,
    /// <summary>The sentence's root; its head is -1.</summary>
    Root,
    /// <summary>Unspecified dependency.</summary>
    Dep,
    Punct,
    Case,
    Det,
    Nsubj,
    NsubjPass,
    NsubjOuter,
    Csubj,
    CsubjPass,
    CsubjOuter,
    Obj,
    Iobj,
    Ccomp,
    Xcomp,
    Obl,
    OblAgent,
    OblUnmarked,
    OblTmod,
    OblNpmod,
    Expl,
    Advcl,
    AdvclRelcl,
    Advmod,
    Discourse,
    Vocative,
    Aux,
    AuxPass,
    Cop,
    Mark,
    Nmod,
    NmodPoss,
    NmodUnmarked,
    NmodDesc,
    NmodTmod,
    NmodNpmod,
    Appos,
    Nummod,
    Acl,
    AclRelcl,
    Amod,
    DetPredet,
    Clf,
    Compound,
    CompoundPrt,
    Flat,
    FlatForeign,
    Fixed,
    Conj,
    Cc,
    CcPreconj,
    List,
    Parataxis,
    Orphan,
    Goeswith,
    Reparandum,
    Dislocated,
}
