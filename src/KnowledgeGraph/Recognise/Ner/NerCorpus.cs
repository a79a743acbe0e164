using System.Text.RegularExpressions;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Conllu;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>
/// Reads the recogniser's training data: GUM CoNLL-U with entity annotation in MISC (`Entity=(3-organization-…-5-…`,
/// where the sixth field is the head's position in the span; a mention is named when its head is a proper noun;
/// person, organization and place mentions are kept, the outermost where they nest), and Universal NER IOB2 files
/// (PER, ORG, LOC).
/// </summary>
internal static partial class NerCorpus
{
    private static readonly Dictionary<string, int> GumTypes = new(StringComparer.Ordinal) { ["person"] = 0, ["organization"] = 1, ["place"] = 2 };
    private static readonly Dictionary<string, int> UnerTypes = new(StringComparer.Ordinal) { ["PER"] = 0, ["ORG"] = 1, ["LOC"] = 2 };

    /// <summary>Sentences of a file: `.iob2` is Universal NER, anything else GUM CoNLL-U.</summary>
    public static IEnumerable<NerSentence> Read(string path) =>
        path.EndsWith(".iob2", StringComparison.OrdinalIgnoreCase) ? ReadIob2(path) : ReadGum(path);

    public static IEnumerable<NerSentence> ReadGum(string path)
    {
        foreach (ConlluSentence sentence in ConlluReader.Read(path))
        {
            int n = sentence.Words.Count;
            var open = new Dictionary<string, (int Start, string Type, int Head)>(StringComparer.Ordinal);
            var spans = new List<(int Start, int End, int Type)>();
            for (int i = 0; i < n; i++)
            {
                string? entity = Misc(sentence.Words[i].Misc, "Entity");
                if (entity is null)
                {
                    continue;
                }

                foreach (Match m in EntityPart().Matches(entity))
                {
                    if (m.Groups["open"].Success)
                    {
                        string[] fields = m.Groups["open"].Value.Split('-');
                        int head = fields.Length > 5 && int.TryParse(fields[5], out int h) ? h : 1;
                        open[fields[0]] = (i, fields.Length > 1 ? fields[1] : "", head);
                        if (m.Groups["close"].Success)
                        {
                            Close(sentence, open, fields[0], i, spans);
                        }
                    }
                    else
                    {
                        Close(sentence, open, m.Groups["id"].Value, i, spans);
                    }
                }
            }

            yield return Build(sentence, Outermost(spans));
        }
    }

    public static IEnumerable<NerSentence> ReadIob2(string path)
    {
        var words = new List<string>();
        var labels = new List<string>();
        int line = 0, first = 1;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            if (raw.StartsWith('#'))
            {
                continue;
            }

            if (raw.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return FromIob2($"{path}:{first}", words, labels);
                }

                words.Clear();
                labels.Clear();
                first = line + 1;
                continue;
            }

            string[] cols = raw.Split('\t');
            if (cols.Length < 3)
            {
                throw new KgException(ErrorCodes.ConlluMalformed, "malformed IOB2 line: expected index, word, tag", path, line);
            }

            words.Add(cols[1]);
            labels.Add(cols[2]);
        }

        if (words.Count > 0)
        {
            yield return FromIob2($"{path}:{first}", words, labels);
        }
    }

    private static NerSentence FromIob2(string source, List<string> words, List<string> labels)
    {
        var spans = new List<(int, int, int)>();
        int start = -1, type = -1;
        for (int i = 0; i <= words.Count; i++)
        {
            string label = i < words.Count ? labels[i] : "O";
            bool begins = label.StartsWith("B-", StringComparison.Ordinal);
            bool inside = label.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && UnerTypes.GetValueOrDefault(label[2..], -1) == type;
            if (start >= 0 && !inside)
            {
                spans.Add((start, i, type));
                start = -1;
            }

            if ((begins || label.StartsWith("I-", StringComparison.Ordinal) && start < 0) && UnerTypes.TryGetValue(label[2..], out int t))
            {
                start = i;
                type = t;
            }
        }

        return Build(source, words, spans);
    }

    private static void Close(ConlluSentence sentence, Dictionary<string, (int Start, string Type, int Head)> open, string id, int end, List<(int, int, int)> spans)
    {
        if (!open.Remove(id, out var span) || !GumTypes.TryGetValue(span.Type, out int type))
        {
            return;
        }

        int head = span.Start + span.Head - 1;
        if (head < span.Start || head > end || sentence.Words[head].Upos != "PROPN")
        {
            return;
        }

        // Universal NER's convention: a name without its determiner or other lower-case words at either edge.
        int start = span.Start, last = end;
        while (start < last && !char.IsUpper(sentence.Words[start].Form[0]))
        {
            start++;
        }

        while (last > start && !char.IsUpper(sentence.Words[last].Form[0]))
        {
            last--;
        }

        if (char.IsUpper(sentence.Words[start].Form[0]))
        {
            spans.Add((start, last + 1, type));
        }
    }

    private static List<(int, int, int)> Outermost(List<(int Start, int End, int Type)> spans)
    {
        var kept = new List<(int Start, int End, int Type)>();
        foreach (var span in spans.OrderByDescending(s => s.End - s.Start).ThenBy(s => s.Start))
        {
            if (!kept.Exists(k => k.Start < span.End && span.Start < k.End))
            {
                kept.Add(span);
            }
        }

        return kept;
    }

    private static NerSentence Build(ConlluSentence sentence, List<(int, int, int)> spans)
    {
        var offsets = new (int Start, int End)[sentence.Words.Count];
        string text = sentence.Text(offsets);
        return Build($"{sentence.File}:{sentence.Line}", text, offsets, spans);
    }

    private static NerSentence Build(string source, List<string> words, List<(int, int, int)> spans)
    {
        var offsets = new (int Start, int End)[words.Count];
        int at = 0;
        for (int i = 0; i < words.Count; i++)
        {
            offsets[i] = (at, at + words[i].Length);
            at += words[i].Length + 1;
        }

        return Build(source, string.Join(' ', words), offsets, spans);
    }

    private static NerSentence Build(string source, string text, (int Start, int End)[] offsets, List<(int, int, int)> spans)
    {
        var tokens = new Token[offsets.Length];
        for (int i = 0; i < offsets.Length; i++)
        {
            ReadOnlySpan<char> form = text.AsSpan(offsets[i].Start, offsets[i].End - offsets[i].Start);
            TokenShape shape = Text.TokenShapes.Of(form) | (i == 0 || offsets[i - 1].End < offsets[i].Start ? TokenShape.SpaceBefore : TokenShape.None);
            TokenKind kind = form.ContainsAnyInRange('A', 'z') || form.IndexOfAnyExceptInRange('\0', '\u007f') >= 0 ? TokenKind.Word : char.IsDigit(form[0]) ? TokenKind.Number : TokenKind.Punctuation;
            tokens[i] = new Token(offsets[i].Start, offsets[i].End, kind, shape);
        }

        return new NerSentence { Source = source, Text = text, Tokens = tokens, Gold = NerTags.Encode(tokens.Length, spans) };
    }

    private static string? Misc(string misc, string key)
    {
        foreach (string part in misc.Split('|'))
        {
            if (part.StartsWith(key, StringComparison.Ordinal) && part.Length > key.Length && part[key.Length] == '=')
            {
                return part[(key.Length + 1)..];
            }
        }

        return null;
    }

    [GeneratedRegex(@"\((?<open>[^()]+)(?<close>\))?|(?<id>[^()]+)\)")]
    private static partial Regex EntityPart();
}
