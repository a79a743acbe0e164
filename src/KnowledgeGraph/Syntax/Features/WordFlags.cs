namespace KnowledgeGraph.Syntax.Features;

/// <summary>Orthographic facts of a word used as tagger features.</summary>
[Flags]
internal enum WordFlags : byte
{
    None = 0,
    Capitalised = 1,
    AllUpper = 2,
    Digit = 4,
    Hyphen = 8,
    Period = 16,
    NoLetter = 32,
}
