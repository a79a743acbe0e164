using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace KnowledgeGraph.Yaml;

/// <summary>
/// The one way the library parses YAML text (gazetteers, the predicate lexicon, kg.yaml, ingest cues, evaluation
/// sets, front matter): every syntax problem is a <see cref="YamlException"/> whose start mark is the line and column
/// to fix — never an InvalidOperationException from inside YamlDotNet, never the end of the file for a list left open.
/// </summary>
internal static class YamlText
{
    /// <summary>Parses <paramref name="text"/> into YamlDotNet's node model (which keeps every node's line and column).</summary>
    /// <exception cref="YamlException">A syntax error, at the place to fix.</exception>
    public static YamlStream Load(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckTabs(text);
        var stream = new YamlStream();
        stream.Load(new SafeParser(text));
        return stream;
    }

    /// <summary>Deserialises <paramref name="text"/> with <paramref name="deserializer"/>.</summary>
    /// <exception cref="YamlException">A syntax error, or a value of the wrong shape, at the place to fix.</exception>
    public static T? Deserialize<T>(IDeserializer deserializer, string text)
    {
        ArgumentNullException.ThrowIfNull(deserializer);
        ArgumentNullException.ThrowIfNull(text);
        CheckTabs(text);
        return deserializer.Deserialize<T>(new SafeParser(text));
    }

    /// <summary>
    /// The message of <paramref name="error"/> as a person reads it: without YamlDotNet's "(Line: …, Col: …) - (…): "
    /// prefix, preferring the inner error of a deserialiser (which says which key or value is wrong).
    /// </summary>
    public static string Describe(YamlException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        string message = error.InnerException is YamlException inner && inner.Start.Line > 0 && error.Start.Line == 0 ? inner.Message : error.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
        foreach ((string parser, string plain) in Plain)
        {
            if (message.Contains(parser, StringComparison.Ordinal))
            {
                return plain;
            }
        }

        if (message.StartsWith("No node deserializer was able to deserialize the node into type ", StringComparison.Ordinal))
        {
            string type = message.Contains("System.String", StringComparison.Ordinal) ? "a single value (text)"
                : message.Contains("List", StringComparison.Ordinal) ? "a list" : "a value of another shape";
            return $"this value has the wrong shape: expected {type}";
        }

        return message;
    }

    /// <summary>YamlDotNet's wording of the commonest mistakes, and what to fix.</summary>
    private static readonly (string Parser, string Plain)[] Plain =
    [
        ("While parsing a block collection, did not find expected '-' indicator", "wrong indentation: this line does not line up with the list it belongs to"),
        ("While parsing a block mapping, did not find expected key", "wrong indentation, or text after a value: a key (such as `name:`) was expected here"),
        ("While scanning a plain scalar value, found invalid mapping", "this value holds ': ' (a colon and a space): put the value in quotes"),
        ("multi-line double-quoted scalar, found wrong indentation", "a quoted value is not closed: add the closing \""),
        ("multi-line single-quoted scalar, found wrong indentation", "a quoted value is not closed: add the closing '"),
        ("found unexpected end of stream while scanning a quoted scalar", "a quoted value is not closed: add the closing quote"),
        ("Mapping values are not allowed in this context", "a ':' where none is allowed: put the value in quotes or fix the indentation"),
    ];

    /// <summary>The mark to report for <paramref name="error"/>: its own, or a deserialiser's inner one when that is more precise.</summary>
    public static Mark Where(YamlException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Start.Line == 0 && error.InnerException is YamlException inner ? inner.Start : error.Start;
    }

    /// <summary>YAML indents with spaces only; YamlDotNet reports a tab at the top of the file, so it is found here first.</summary>
    private static void CheckTabs(string text)
    {
        int line = 1;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            int column = 0;
            while (start + column < end && text[start + column] is ' ' or '\t')
            {
                if (text[start + column] == '\t' && start + column + 1 < end && !char.IsWhiteSpace(text[start + column + 1]) && text[start + column + 1] != '#')
                {
                    var at = new Mark(start + column, line, column + 1);
                    throw new YamlException(at, at, "a tab indents this line: YAML indents with spaces only");
                }

                column++;
            }

            start = end + 1;
            line++;
        }
    }
}
