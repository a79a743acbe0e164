using System.Collections.Concurrent;
using System.Text;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.Lemmas;
using KnowledgeGraph.Syntax.ModelFiles;
using KnowledgeGraph.Syntax.Parsing;
using KnowledgeGraph.Syntax.Tagging;

namespace KnowledgeGraph.Syntax;

/// <summary>
/// The trained English language layer: tagger, lemmatiser, parser and labeller, read from the sections of one
/// <see cref="ModelFile"/> (default <see cref="DefaultPath"/>, relative to the working directory like gazetteers/).
/// <see cref="File"/> stays available so other components can read their own sections of the same file. Every
/// section's checksum is verified when the file is read; the parser's and labeller's tables (two thirds of the file)
/// are built the first time a sentence is parsed, so a run that only tags does not pay for them. Immutable and
/// thread-safe: one instance serves every thread.
/// </summary>
internal sealed class SyntaxModel
{
    /// <summary>Where the shipped model lives in the repository.</summary>
    public const string DefaultPath = "models/kg-en.model";

    /// <summary>Name of the section holding "key: value" lines about how the model was trained.</summary>
    public const string MetaSection = "meta";

    private static readonly ConcurrentDictionary<string, (DateTime Written, long Length, SyntaxModel Model)> Cache = new(StringComparer.Ordinal);

    private readonly Lazy<DependencyParser> parser;
    private readonly Lazy<ArcLabeller> labeller;
    private readonly int pastTag;

    public SyntaxModel(PosTagger tagger, Lemmatiser lemmatiser, DependencyParser parser, ArcLabeller labeller, string description, ModelFile? file = null)
        : this(tagger, lemmatiser, new Lazy<DependencyParser>(parser), new Lazy<ArcLabeller>(labeller), description, file)
    {
    }

    private SyntaxModel(PosTagger tagger, Lemmatiser lemmatiser, Lazy<DependencyParser> parser, Lazy<ArcLabeller> labeller, string description, ModelFile? file)
    {
        Tagger = tagger;
        pastTag = tagger.Tags.IndexOf("VBD");
        Lemmatiser = lemmatiser;
        this.parser = parser;
        this.labeller = labeller;
        Description = description;
        File = file;
    }

    public PosTagger Tagger { get; }
    public Lemmatiser Lemmatiser { get; }
    public DependencyParser Parser => parser.Value;
    public ArcLabeller Labeller => labeller.Value;

    /// <summary>"key: value" lines written at training time: data, seed, epochs, dev scores.</summary>
    public string Description { get; }

    /// <summary>Identifies the model's content (<see cref="ModelFile.Fingerprint"/>; "in-memory" for a model not read from a file).</summary>
    public string Fingerprint => File?.Fingerprint ?? "in-memory";

    /// <summary>The file the model was read from (null for a model trained in memory).</summary>
    public ModelFile? File { get; }

    /// <summary>
    /// Reads the model at <paramref name="path"/>, once per process while the file is unchanged. Throws
    /// <see cref="KgException"/> KG2101 (missing), KG2102 (damaged), KG2103 (too new) or KG2104 (a section missing).
    /// </summary>
    public static SyntaxModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.Exists && Cache.TryGetValue(full, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
        {
            return cached.Model;
        }

        SyntaxModel model = From(ModelFile.Read(path));
        if (info.Exists)
        {
            Cache[full] = (info.LastWriteTimeUtc, info.Length, model);
        }

        return model;
    }

    /// <summary>Builds the model from the sections of <paramref name="file"/>.</summary>
    public static SyntaxModel From(ModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        PosTagger tagger = PosTagger.Read(file.Section(PosTagger.SectionName, PosTagger.SectionVersion), file.Path);
        Lemmatiser lemmatiser = Lemmatiser.Read(file.Section(Lemmatiser.SectionName, Lemmatiser.SectionVersion), file.Path);
        ModelSection parserSection = file.Section(DependencyParser.SectionName, DependencyParser.SectionVersion);
        ModelSection labellerSection = file.Section(ArcLabeller.SectionName, ArcLabeller.SectionVersion);
        string description = file.Has(MetaSection) ? Encoding.UTF8.GetString(file.Section(MetaSection).Data.Span) : "";
        return new SyntaxModel(
            tagger, lemmatiser, new Lazy<DependencyParser>(() => DependencyParser.Read(parserSection, file.Path)),
            new Lazy<ArcLabeller>(() => ArcLabeller.Read(labellerSection, file.Path)), description, file);
    }

    /// <summary>The model's sections, ready for <see cref="ModelFileWriter"/> (other sections of the source file are kept by the caller).</summary>
    public ModelFileWriter ToWriter()
    {
        var writer = new ModelFileWriter();
        writer.Set(MetaSection, 1, Encoding.UTF8.GetBytes(Description));
        writer.Set(PosTagger.SectionName, PosTagger.SectionVersion, Serialise(Tagger.Write));
        writer.Set(Lemmatiser.SectionName, Lemmatiser.SectionVersion, Serialise(Lemmatiser.Write));
        writer.Set(DependencyParser.SectionName, DependencyParser.SectionVersion, Serialise(Parser.Write));
        writer.Set(ArcLabeller.SectionName, ArcLabeller.SectionVersion, Serialise(Labeller.Write));
        return writer;
    }

    /// <summary>Tags the tokens of one sentence of <paramref name="text"/> (UPOS and XPOS into <paramref name="output"/>).</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<SyntaxToken> output)
    {
        SentenceWords words = SentenceWords.ForThread();
        words.Load(text, tokens);
        Tagger.Tag(words, output);
    }

    /// <summary>
    /// Tags tokens [<paramref name="from"/>, <paramref name="to"/>) of one sentence, those before <paramref name="from"/>
    /// tagged in <paramref name="output"/> already: the tags the whole sentence would get (<see cref="PosTagger"/>). Only
    /// the words up to two past the range are read.
    /// </summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<SyntaxToken> output, int from, int to)
    {
        SentenceWords words = SentenceWords.ForThread();
        words.Load(text, tokens[..Math.Min(tokens.Length, to + 2)]);
        Tagger.Tag(words, output, from, to);
    }

    /// <summary>
    /// Parses one tagged sentence: writes heads (sentence token index + <paramref name="offset"/>, -1 for the root)
    /// and relations into <paramref name="syntax"/>.
    /// </summary>
    public void Parse(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<SyntaxToken> syntax, int offset)
    {
        int n = tokens.Length;
        SentenceWords words = SentenceWords.ForThread();
        words.Load(text, tokens);
        SentenceScratch scratch = SentenceScratch.ForThread(n);
        for (int i = 0; i < n; i++)
        {
            scratch.Xpos[i] = syntax[i].Xpos;
            scratch.Upos[i] = syntax[i].Upos;
        }

        Span<int> heads = scratch.Heads.AsSpan(0, n);
        Span<DepRel> relations = scratch.Relations.AsSpan(0, n);
        Parser.Parse(words, scratch.Xpos.AsSpan(0, n), scratch.Upos.AsSpan(0, n), heads);
        Labeller.Label(words, scratch.Xpos.AsSpan(0, n), scratch.Upos.AsSpan(0, n), heads, relations);
        for (int i = 0; i < n; i++)
        {
            syntax[i] = syntax[i] with { Head = heads[i] < 0 ? -1 : heads[i] + offset, Relation = relations[i] };
        }
    }

    /// <summary>The lemma of a form with its tags.</summary>
    public string Lemma(ReadOnlySpan<char> form, Upos upos, byte xpos) => Lemmatiser.Lemma(form, upos, xpos);

    /// <summary>
    /// True when the tagger's lexicon has seen <paramref name="form"/> as a past tense (VBD): "spoke", "took", "agreed";
    /// a look-up of the word alone, no tagging.
    /// </summary>
    public bool CanBePast(ReadOnlySpan<char> form) => Tagger.CanTag(form, pastTag);

    private static byte[] Serialise(Action<SectionWriter> write)
    {
        var writer = new SectionWriter();
        write(writer);
        return writer.ToArray();
    }
}
