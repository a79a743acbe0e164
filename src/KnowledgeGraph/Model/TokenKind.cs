namespace KnowledgeGraph.Model;

/// <summary>Coarse class of a token.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner apostrophes or dots (U.S., O'Neill).</summary>
    Word,
    /// <summary>Digits, with inner separators (4.3, 1,000, 2021).</summary>
    Number,
    /// <summary>One punctuation character (. , ; : ! ? ' " ( ) [ ] - …).</summary>
    Punctuation,
    /// <summary>Currency and other symbols ($, %, ©, €, £, •).</summary>
    Symbol,
    /// <summary>A URL or e-mail address, kept whole.</summary>
    Url,
}
