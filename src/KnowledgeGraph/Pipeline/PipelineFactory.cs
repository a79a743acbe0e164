using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Recognise;
using KnowledgeGraph.Recognise.Ner;
using KnowledgeGraph.Relate.Claims;
using KnowledgeGraph.Relate.Claims.Learned;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Resolve;
using KnowledgeGraph.Resolve.Coreference;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Pipeline;

/// <summary>
/// Builds the extraction pipeline from the data folders. This is the one place that lists the stages, in order:
/// <code>
/// Text       normaliser → tokeniser → sentences
/// Syntax     tagger (every sentence) → parser (sentences later stages ask for, or all)
/// Recognise  gazetteer → discoverer → learned recogniser (when the model file has an "ner" section)
/// Resolve    resolver → acronyms → coreference
/// Relate     claims
/// </code>
/// </summary>
internal static class PipelineFactory
{
    /// <summary>
    /// Loads and validates the gazetteer from <see cref="PipelineOptions.GazetteerDirectory"/> and, when
    /// <see cref="PipelineOptions.Claims"/> is on, the predicate lexicon (predicates.yaml in the same folder), then lists
    /// the stages. A malformed gazetteer throws <see cref="GazetteerException"/> and a malformed lexicon a
    /// <see cref="KgException"/> (KG3101/KG3102), both with file:line:column, before any text is read; unless
    /// <see cref="PipelineOptions.Syntax"/> is off, the language model is read from <see cref="PipelineOptions.ResolvedModelPath"/>
    /// (KG2101–KG2104 when missing or damaged).
    /// </summary>
    public static ExtractionPipeline Create(PipelineOptions options, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        KnowledgeGraph.Gazetteer.Gazetteer gazetteer = GazetteerLoader.Load(options.GazetteerDirectory);
        PredicateLexicon? lexicon = options.Claims
            ? PredicateLexiconLoader.Load(Path.Combine(options.GazetteerDirectory, PredicateLexiconLoader.FileName), diagnostics)
            : null;
        SyntaxModel? syntax = options.Syntax == SyntaxMode.Off ? null : SyntaxModel.Load(options.ResolvedModelPath);
        return Create(gazetteer, options, lexicon, syntax);
    }

    /// <summary>
    /// Builds the pipeline over an already loaded gazetteer (tests build small ones by hand); the claims stage is
    /// added when a <paramref name="lexicon"/> is given and <see cref="PipelineOptions.Claims"/> is on; the syntax stage
    /// when a <paramref name="syntax"/> model is given and <see cref="PipelineOptions.Syntax"/> is not off.
    /// </summary>
    public static ExtractionPipeline Create(
        KnowledgeGraph.Gazetteer.Gazetteer gazetteer, PipelineOptions options, PredicateLexicon? lexicon = null, SyntaxModel? syntax = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(options);
        var cues = new CueSet(gazetteer.Cues, gazetteer.CommonWords);
        var stages = new List<IDocumentStage>
        {
            new Normaliser(),
            new Tokeniser(),
            new SentenceSplitter(),
        };
        if (syntax is not null && options.Syntax != SyntaxMode.Off)
        {
            stages.Add(new SyntaxAnnotator(syntax, options.Syntax));
        }

        var trie = new FormTrie(gazetteer.Forms);
        stages.Add(new GazetteerRecogniser(trie, cues));
        if (options.Discover)
        {
            stages.Add(new NameDiscoverer(cues, trie));
            if (syntax?.File is { } file && file.Has(NerModel.SectionName))
            {
                stages.Add(new LearnedRecogniser(NerModel.Read(file.Section(NerModel.SectionName, NerModel.SectionVersion), file.Path), cues, trie));
            }
        }

        stages.Add(new MentionResolver(cues, options.MinimumDiscoveredConfidence));
        stages.Add(new ForeignPlaceNames(gazetteer.Find, cues));
        stages.Add(new AcronymLearner());
        if (options.Discover)
        {
            stages.Add(new DiscoveredRepeats(cues));
        }

        if (!gazetteer.Coreference.IsEmpty)
        {
            stages.Add(new CoreferenceResolver(gazetteer.Coreference, gazetteer.Find, gazetteer.Entities.Values));
            stages.Add(new PronounOwnedBodies(cues, trie));
            stages.Add(new HolderOwnedBodies(gazetteer.Entities));
            if (new UnitCapitals(gazetteer.Coreference, gazetteer.Find) is { IsEmpty: false } capitals)
            {
                stages.Add(capitals);
            }
        }

        if (new OwnedDescriptions(gazetteer.Coreference, gazetteer.Entities) is { IsEmpty: false } owned)
        {
            stages.Add(owned);
        }
        if (lexicon is not null && options.Claims)
        {
            RelationModel? relations = options.LearnedClaims && syntax?.File is { } model && model.Has(RelationModel.SectionName)
                ? RelationModel.Read(model.Section(RelationModel.SectionName, RelationModel.SectionVersion), model.Path)
                : null;
            stages.Add(new ClaimExtractor(lexicon, gazetteer.Find, relations));
        }

        // Stored results depend on the language model and on the extraction code as on the gazetteer: a new model or a
        // new version of the program re-resolves stored articles.
        string fingerprint = syntax is null || options.Syntax == SyntaxMode.Off ? gazetteer.Fingerprint : $"{gazetteer.Fingerprint}+{syntax.Fingerprint}";
        return new ExtractionPipeline(stages, $"{fingerprint}+{CodeVersion}") { Gazetteer = gazetteer, Syntax = syntax };
    }

    /// <summary>
    /// The extraction code's version: the library's module version id, which the compiler derives from the sources in a
    /// deterministic build, so the same code gives the same id and any change of the rules a new one.
    /// </summary>
    public static string CodeVersion { get; } = typeof(PipelineFactory).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..16];
}
