using System.Globalization;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Syntax.Conllu;

/// <summary>
/// Streams the sentences of a CoNLL-U file (UD v2 format). Word lines must have ten tab-separated columns and
/// consecutive IDs from 1; multiword-token and empty-node lines are kept verbatim; heads must point inside the
/// sentence. Anything else is a <see cref="KgException"/> KG2201 naming the file and line (KG2202 for a missing file).
/// </summary>
internal static class ConlluReader
{
    /// <summary>The sentences of <paramref name="path"/>, read lazily.</summary>
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new KgException(ErrorCodes.ConlluNotFound, "CoNLL-U file not found", path);
        }

        return ReadLines(path, File.ReadLines(path));
    }

    /// <summary>The sentences of CoNLL-U <paramref name="lines"/>, errors naming <paramref name="path"/>.</summary>
    public static IEnumerable<ConlluSentence> ReadLines(string path, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ConlluSentence? sentence = null;
        int number = 0;
        foreach (string line in lines)
        {
            number++;
            if (line.Length == 0)
            {
                if (sentence is not null)
                {
                    yield return Finish(sentence);
                    sentence = null;
                }

                continue;
            }

            sentence ??= new ConlluSentence { File = path, Line = number };
            if (line[0] == '#')
            {
                if (sentence.Words.Count > 0 || sentence.Extras.Count > 0)
                {
                    throw Error(path, number, "comment line after the sentence's first word (missing blank line?)");
                }

                sentence.Comments.Add(line);
                continue;
            }

            AddLine(sentence, line, path, number);
        }

        if (sentence is not null)
        {
            yield return Finish(sentence);
        }
    }

    private static void AddLine(ConlluSentence sentence, string line, string path, int number)
    {
        string[] columns = line.Split('\t');
        if (columns.Length != 10)
        {
            throw Error(path, number, $"expected 10 tab-separated columns, found {columns.Length}");
        }

        string id = columns[0];
        int dash = id.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            if (!int.TryParse(id.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int first)
                || !int.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int last)
                || first != sentence.Words.Count + 1 || last < first)
            {
                throw Error(path, number, $"bad multiword token range '{id}'");
            }

            sentence.Extras.Add((sentence.Words.Count, line));
            sentence.Multiwords.Add((first - 1, last - 1, ConlluMisc.Has(columns[9], "SpaceAfter=No")));
            return;
        }

        if (id.Contains('.', StringComparison.Ordinal))
        {
            sentence.Extras.Add((sentence.Words.Count, line));
            return;
        }

        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index != sentence.Words.Count + 1)
        {
            throw Error(path, number, $"word ID '{id}' where {sentence.Words.Count + 1} was expected");
        }

        int head = -1;
        if (columns[6] != "_" && !int.TryParse(columns[6], NumberStyles.None, CultureInfo.InvariantCulture, out head))
        {
            throw Error(path, number, $"HEAD '{columns[6]}' is not a number");
        }

        if (columns[1].Length == 0)
        {
            throw Error(path, number, "empty FORM");
        }

        sentence.WordLines.Add(number);
        sentence.Words.Add(new ConlluWord(index, columns[1], columns[2], columns[3], columns[4], columns[5], head, columns[7], columns[8], columns[9]));
    }

    private static ConlluSentence Finish(ConlluSentence sentence)
    {
        if (sentence.Words.Count == 0)
        {
            throw Error(sentence.File, sentence.Line, "sentence without words");
        }

        for (int i = 0; i < sentence.Words.Count; i++)
        {
            int head = sentence.Words[i].Head;
            if (head > sentence.Words.Count || head == i + 1)
            {
                throw Error(sentence.File, sentence.WordLines[i], head == i + 1 ? "a word is its own HEAD" : $"HEAD {head} is outside the sentence of {sentence.Words.Count} words");
            }
        }

        foreach ((int first, int last, _) in sentence.Multiwords)
        {
            if (last >= sentence.Words.Count)
            {
                throw Error(sentence.File, sentence.Line, $"multiword token {first + 1}-{last + 1} runs past the sentence's last word");
            }
        }

        return sentence;
    }

    private static KgException Error(string path, int line, string message) =>
        new(ErrorCodes.ConlluMalformed, $"malformed CoNLL-U: {message}", path, line);
}
