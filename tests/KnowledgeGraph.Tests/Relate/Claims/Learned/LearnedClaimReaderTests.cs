using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims;
using KnowledgeGraph.Relate.Claims.Learned;

namespace KnowledgeGraph.Tests.Relate.Claims.Learned;

/// <summary>The claims stage with a relation model trained on the first sentences of the shipped training set.</summary>
[TestFixture]
internal sealed class LearnedClaimReaderTests
{
    private static readonly Lazy<RelationModel> Loose = new(() =>
        new RelationTrainer(5, targetPrecision: 0f) { MinimumRight = 1 }.Train(RelationTestData.Value.Examples, RelationTestData.Labels, RelationTestData.Types, "").Model);

    private static IReadOnlyList<Claim> Extract(RelationModel? model, string text, params string[] mentions)
    {
        Document doc = ClaimTestDocuments.Build(text, null, mentions);
        new ClaimExtractor(ClaimTestDocuments.Lexicon, relations: model).Process(doc);
        return doc.Paragraphs[0].Claims;
    }

    [Test]
    public void Process_PairTheRulesLeaveUnrelated_ModelStatesItWithItsProbabilityAndAWordBetween()
    {
        // A place after a comma and another place: the rules relate nothing here, the model reads place nesting.
        const string text = "The attack took place in Kabul, Afghanistan, on Monday.";
        string[] mentions = ["Kabul=kabul", "Afghanistan=afghanistan"];
        Assert.That(Extract(null, text, mentions), Is.Empty);

        IReadOnlyList<Claim> claims = Extract(Loose.Value, text, mentions);

        Assert.That(ClaimTestDocuments.Triples(claims), Is.EqualTo(new[] { "kabul PART_OF afghanistan" }));
        Assert.That(claims[0].Confidence, Is.GreaterThan(0f).And.LessThan(1f));
        Assert.That(claims[0].Start, Is.EqualTo(text.IndexOf("Kabul", StringComparison.Ordinal)));
    }

    [Test]
    public void Process_PairTheRulesRelated_ModelAddsNothingBetweenThem()
    {
        const string text = "China signed an agreement with Pakistan to build the port.";
        string[] mentions = ["China=china", "Pakistan=pakistan"];
        string[] rules = ClaimTestDocuments.Triples(Extract(null, text, mentions));
        Assume.That(rules, Is.Not.Empty);

        Assert.That(ClaimTestDocuments.Triples(Extract(Loose.Value, text, mentions)), Is.EqualTo(rules));
    }

    [Test]
    public void Process_ModelThatStatesNothing_RulesAlone()
    {
        RelationModel strict = new RelationTrainer(2, targetPrecision: 1.01f).Train(RelationTestData.Value.Examples, RelationTestData.Labels, RelationTestData.Types, "").Model;
        const string text = "The attack took place in Kabul, Afghanistan, on Monday.";

        Assert.That(Extract(strict, text, "Kabul=kabul", "Afghanistan=afghanistan"), Is.Empty);
    }
}
