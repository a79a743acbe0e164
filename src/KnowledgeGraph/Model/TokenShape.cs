namespace KnowledgeGraph.Model;

/// <summary>Orthographic facts about a token, computed once by the tokeniser.</summary>
[Flags]
internal enum TokenShape : byte
{
    None = 0,
    /// <summary>First character is an upper-case letter.</summary>
    Capitalised = 1,
    /// <summary>Every letter is upper case and there are at least two letters (US, SCO, ETIM, U.S.).</summary>
    AllUpper = 2,
    /// <summary>Every letter is lower case.</summary>
    AllLower = 4,
    /// <summary>Contains at least one digit.</summary>
    HasDigit = 8,
    /// <summary>Whitespace (or the start of the paragraph) precedes the token.</summary>
    SpaceBefore = 16,
    /// <summary>The token was cut out of a longer run the source glued together (aUyghur, Tashkent8, Beijing.34).</summary>
    Glued = 32,
}
