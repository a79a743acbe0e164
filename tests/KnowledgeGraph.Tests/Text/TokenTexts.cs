using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

/// <summary>Renders tokens and sentences as text so tests can compare them with what a reader sees.</summary>
internal static class TokenTexts
{
    /// <summary>The token texts of <paramref name="text"/> joined by " | ".</summary>
    public static string Of(string text) => Join(text, Tokeniser.Tokenise(text));

    /// <summary>The texts of <paramref name="tokens"/> joined by " | ".</summary>
    public static string Join(string text, IEnumerable<Token> tokens) =>
        string.Join(" | ", tokens.Select(token => text[token.Start..token.End]));

    /// <summary>The token of <paramref name="text"/> whose text is <paramref name="value"/> (the first one).</summary>
    public static Token Find(string text, string value) =>
        Tokeniser.Tokenise(text).First(token => text.AsSpan(token.Start, token.Length).SequenceEqual(value));
}
