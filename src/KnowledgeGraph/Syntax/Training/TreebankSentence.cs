using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Conllu;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// A gold sentence for training or scoring: its text rebuilt from the word forms, one token per word, and the gold
/// tags, lemmas, heads (0-based, -1 for the root) and relations. <see cref="Xpos"/> holds tag names; classes are
/// assigned once the tag set is known.
/// </summary>
internal sealed class TreebankSentence
{
    public required string Source { get; init; }
    public required string Text { get; init; }
    public required Token[] Tokens { get; init; }
    public required string[] Lemmas { get; init; }
    public required Upos[] Upos { get; init; }
    public required string[] Xpos { get; init; }
    public required int[] Heads { get; init; }
    public required DepRel[] Relations { get; init; }

    public int Count => Tokens.Length;

    /// <summary>Gold XPOS as classes of the model's tag set (set by the trainer once the tag set is known).</summary>
    public byte[] XposClasses { get; set; } = [];

    /// <summary>XPOS a tagger predicted (jack-knifed for training data), which the parser and labeller train on.</summary>
    public byte[] PredictedXpos { get; set; } = [];

    /// <summary>UPOS a tagger predicted, beside <see cref="PredictedXpos"/>.</summary>
    public Upos[] PredictedUpos { get; set; } = [];

    /// <summary>Heads a parser predicted (dev sentences, so each labeller epoch is scored on the same trees).</summary>
    public int[] PredictedHeads { get; set; } = [];

    /// <summary>Sets <see cref="XposClasses"/> from <paramref name="tags"/> (a tag the set lacks becomes class 0).</summary>
    public void AssignClasses(Tagging.TagSet tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        XposClasses = [.. Xpos.Select(x => (byte)Math.Max(0, tags.IndexOf(x)))];
    }

    /// <summary>The form of word <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Form(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>Converts a read sentence; KG2201 (file:line) when a tag, relation or head is missing or unknown.</summary>
    public static TreebankSentence From(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int n = sentence.Words.Count;
        var offsets = new (int Start, int End)[n];
        string text = sentence.Text(offsets);
        var tokens = new Token[n];
        var lemmas = new string[n];
        var upos = new Upos[n];
        var xpos = new string[n];
        var heads = new int[n];
        var relations = new DepRel[n];
        for (int i = 0; i < n; i++)
        {
            ConlluWord word = sentence.Words[i];
            int line = sentence.WordLines[i];
            tokens[i] = new Token(offsets[i].Start, offsets[i].End, TokenKind.Word, TokenShape.None);
            lemmas[i] = word.Lemma;
            upos[i] = UposTags.TryParse(word.Upos, out Upos tag) ? tag : throw Error(sentence, line, $"unknown UPOS '{word.Upos}'");
            xpos[i] = word.Xpos == "_" ? word.Upos : word.Xpos;
            heads[i] = word.Head >= 0 ? word.Head - 1 : throw Error(sentence, line, "a training sentence needs every HEAD");
            relations[i] = DepRels.TryParse(word.Deprel, out DepRel relation) ? relation : throw Error(sentence, line, $"unknown DEPREL '{word.Deprel}'");
            if ((relations[i] == DepRel.Root) != (heads[i] < 0))
            {
                throw Error(sentence, line, "HEAD 0 and DEPREL root must go together");
            }
        }

        return new TreebankSentence
        {
            Source = $"{sentence.File}:{sentence.Line}", Text = text, Tokens = tokens, Lemmas = lemmas, Upos = upos, Xpos = xpos,
            Heads = heads, Relations = relations,
        };
    }

    private static KgException Error(ConlluSentence sentence, int line, string message) =>
        new(ErrorCodes.ConlluMalformed, $"malformed CoNLL-U: {message}", sentence.File, line);
}
