using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Relate.Claims.Eval;
using KnowledgeGraph.Relate.Claims.Learned;

namespace KnowledgeGraph.Tests.Relate.Claims.Learned;

/// <summary>
/// Relation examples from the first sentences of the shipped training set (models/claims/claims-train.yaml), read in
/// their articles by the production pipeline with the claim rules only, as `kg train --claims` reads them. Built once.
/// </summary>
internal static class RelationTestData
{
    private static readonly Lazy<RelationTrainingData> Shared = new(() => Read(400));

    /// <summary>Examples of the first 400 annotated sentences.</summary>
    public static RelationTrainingData Value => Shared.Value;

    public static RelationLabels Labels { get; } = RelationLabels.Of(ClaimTestDocuments.Lexicon);

    public static RelationTypes Types { get; } = new(Labels, ClaimTestDocuments.Lexicon);

    private static RelationTrainingData Read(int sentences)
    {
        string path = RepoPaths.Of("models/claims/claims-train.yaml");
        ClaimEvalSet set = ClaimEvalLoader.Load(path, ClaimTestDocuments.Lexicon);
        set = set with { Sentences = [.. set.Sentences.Take(sentences)] };
        string gazetteers = RepoPaths.Of("gazetteers");
        ExtractionPipeline pipeline = PipelineFactory.Create(new PipelineOptions { GazetteerDirectory = gazetteers, LearnedClaims = false }, new DiagnosticBag());
        var ingest = new IngestOptions { Cues = IngestCuesLoader.LoadOrDefault(gazetteers), MarkRepeats = false };
        ArticleRead read = ArticleClaimReader.Read(set.Sentences, ArticleClaimReader.RootOf(path, set.Sentences), ingest, pipeline.Process);
        var data = new RelationTrainingData(Labels, ClaimTestDocuments.Lexicon);
        data.Add(set, read);
        return data;
    }
}
