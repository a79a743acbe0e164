namespace KnowledgeGraph.Model;

/// <summary>
/// Universal part-of-speech tags (UD v2, the 17 UPOS of the CoNLL-U UPOS column). The names read as in UD
/// (<see cref="UposTags.Name"/>); the numeric values are part of the model file format and never change.
/// </summary>
internal enum Upos : byte
{
    /// <summary>Other: foreign words, typos, unanalysable tokens (UD X). Also the value of an untagged token.</summary>
    X = 0,
    /// <summary>Adjective.</summary>
    Adj = 1,
    /// <summary>Adposition (preposition, postposition).</summary>
    Adp = 2,
    /// <summary>Adverb.</summary>
    Adv = 3,
    /// <summary>Auxiliary (is, has, will, may, do in "do not").</summary>
    Aux = 4,
    /// <summary>Coordinating conjunction.</summary>
    Cconj = 5,
    /// <summary>Determiner.</summary>
    Det = 6,
    /// <summary>Interjection.</summary>
    Intj = 7,
    /// <summary>Noun.</summary>
    Noun = 8,
    /// <summary>Numeral.</summary>
    Num = 9,
    /// <summary>Particle ('s, not, to before a verb).</summary>
    Part = 10,
    /// <summary>Pronoun.</summary>
    Pron = 11,
    /// <summary>Proper noun.</summary>
    Propn = 12,
    /// <summary>Punctuation.</summary>
    Punct = 13,
    /// <summary>Subordinating conjunction.</summary>
    Sconj = 14,
    /// <summary>Symbol ($, %, +).</summary>
    Sym = 15,
    /// <summary>Verb (not an auxiliary).</summary>
    Verb = 16,
}
