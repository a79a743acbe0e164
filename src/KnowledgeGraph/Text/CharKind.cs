namespace KnowledgeGraph.Text;

/// <summary>What the tokeniser sees in one character, after <see cref="CharFold"/>.</summary>
internal enum CharKind : byte
{
    /// <summary>Anything not listed below (control characters, surrogates): a one-character symbol.</summary>
    Other,
    /// <summary>White space, including every Unicode space the fold turns into ' '.</summary>
    Space,
    /// <summary>An upper-case or title-case letter.</summary>
    Upper,
    /// <summary>A lower-case letter.</summary>
    Lower,
    /// <summary>A letter without case (CJK, Arabic, modifier letters).</summary>
    Uncased,
    /// <summary>A combining mark: continues a word, ignored by the shape flags.</summary>
    Mark,
    /// <summary>A decimal digit.</summary>
    Digit,
    /// <summary>' and everything folding to it (‘ ’ ‚ ‛ ′ ‹ › ` ´ ʻ ʼ).</summary>
    Apostrophe,
    /// <summary>" and everything folding to it (“ ” „ ‟ ″ « »).</summary>
    Quote,
    /// <summary>- and every hyphen or dash folding to it.</summary>
    Dash,
    /// <summary>The full stop '.'.</summary>
    Period,
    /// <summary>Other punctuation, one token per character (, ; : ! ? ( ) [ ] / … *).</summary>
    Punctuation,
    /// <summary>Currency, maths and other symbols plus % • &amp; @ # § ° (one token per character).</summary>
    Symbol,
    /// <summary>Soft hyphen and zero-width characters (see <see cref="CharFold.IsIgnorable"/>).</summary>
    Ignorable,
}
