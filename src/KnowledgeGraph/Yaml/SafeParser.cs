using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KnowledgeGraph.Yaml;

/// <summary>
/// A YamlDotNet <see cref="IParser"/> that fails only with <see cref="YamlException"/> at a useful place. It tracks the
/// flow collections (<c>[…]</c>, <c>{…}</c>) that are open, so that an unclosed one — which YamlDotNet's scanner either
/// reports at the end of the file or answers with an InvalidOperationException — is reported where it was opened.
/// </summary>
internal sealed class SafeParser : IParser
{
    private readonly Parser inner;
    private readonly Stack<(Mark Start, bool Sequence)> open = new();

    /// <summary>Parses <paramref name="text"/>.</summary>
    public SafeParser(string text) => inner = new Parser(new StringReader(text));

    /// <inheritdoc/>
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc/>
    public bool MoveNext()
    {
        bool moved;
        try
        {
            moved = inner.MoveNext();
        }
        catch (YamlException e) when (open.Count > 0)
        {
            // Inside [ … ] or { … } an error is nearly always the bracket left open; report it where it was opened.
            throw Unclosed(e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this (not a YamlException) when a flow collection runs on into block content.
            throw open.Count > 0 ? Unclosed(e) : new YamlException(Mark.Empty, Mark.Empty, "the YAML could not be read here", e);
        }

        switch (inner.Current)
        {
            case SequenceStart { Style: SequenceStyle.Flow } start:
                open.Push((start.Start, true));
                break;
            case MappingStart { Style: MappingStyle.Flow } start:
                open.Push((start.Start, false));
                break;
            case SequenceEnd or MappingEnd when open.Count > 0 && IsFlowEnd(inner.Current):
                open.Pop();
                break;
            default:
                break;
        }

        return moved;
    }

    private bool IsFlowEnd(ParsingEvent? end) =>
        (end is SequenceEnd && open.Peek().Sequence) || (end is MappingEnd && !open.Peek().Sequence);

    private YamlException Unclosed(Exception cause)
    {
        (Mark start, bool sequence) = open.Peek();
        string message = sequence
            ? "this list '[' is not closed: add ']' after its last item"
            : "this mapping '{' is not closed: add '}' after its last entry";
        if (cause is YamlException { Start.Line: > 0 } e && e.Start.Line != start.Line)
        {
            message += $" (YAML read on to line {e.Start.Line})";
        }

        return new YamlException(start, start, message, cause);
    }
}
