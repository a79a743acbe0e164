using KnowledgeGraph.Model;
using KnowledgeGraph.Recognise;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// A demonym that names a language, not the country or its people: "the Chinese language", "Chinese-language
/// newspapers", "the teaching of Mandarin Chinese in schools", "learning Chinese was easy". Such a mention is no
/// mention of the country. The words are cues.yaml's language_words and language_after.
/// </summary>
internal sealed class LanguageUse
{
    private readonly CueSet cues;

    public LanguageUse(CueSet cues) => this.cues = cues;

    public bool Is(Paragraph paragraph, Mention mention)
    {
        if (mention.Kind != MentionKind.Demonym)
        {
            return false;
        }

        Token[] tokens = paragraph.Tokens;
        int next = mention.TokenEnd;
        if (next < tokens.Length && Word(paragraph, next) is "language" or "languages"
            || next + 1 < tokens.Length && Word(paragraph, next) == "-" && Word(paragraph, next + 1) is "language" or "languages")
        {
            return true;
        }

        int prev = mention.TokenStart - 1;
        return prev >= 0 && cues.LanguageWords.Contains(Word(paragraph, prev))
            && (next >= tokens.Length || tokens[next].Kind != TokenKind.Word || cues.LanguageAfter.Contains(Word(paragraph, next)));
    }

    private static string Word(Paragraph paragraph, int i) => paragraph.Normalised.Substring(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
