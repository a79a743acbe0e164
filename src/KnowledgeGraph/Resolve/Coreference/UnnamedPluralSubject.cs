using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// A sentence that opens with a plural noun for people no mention covers ("Guerrillas killed an engineer", "Two hundred
/// members of the clan demonstrated"; the nouns are `unnamed_plurals` of coreference.yaml): a "they", "them" or
/// "their" right after refers to those unnamed people, not to a named group further back. Word shapes only, like the
/// rest of coreference.
/// </summary>
internal sealed class UnnamedPluralSubject
{
    /// <summary>Words that may open the noun phrase before its head ("the", "some", "two hundred").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "some", "many", "several", "most", "other", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "hundred", "hundreds", "dozens", "thousands", "armed", "unidentified", "unknown", "suspected",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxOpeners = 3;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> heads;

    public UnnamedPluralSubject(CoreferenceCues cues) =>
        heads = new HashSet<string>(cues.UnnamedPlurals, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="sent"/> opens with one of the nouns, no mention covering it.</summary>
    public bool Opens(Paragraph paragraph, Sentence sent)
    {
        int i = sent.TokenStart;
        while (i < sent.TokenEnd && i - sent.TokenStart < MaxOpeners
            && (paragraph.Tokens[i].Kind == TokenKind.Number || Openers.Contains(paragraph.Span(paragraph.Tokens[i]))))
        {
            i++;
        }

        return i < sent.TokenEnd && heads.Contains(paragraph.Span(paragraph.Tokens[i])) && !Covered(paragraph, i);
    }

    private static bool Covered(Paragraph paragraph, int token)
    {
        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.TokenStart <= token && token < mention.TokenEnd)
            {
                return true;
            }
        }

        return false;
    }
}
