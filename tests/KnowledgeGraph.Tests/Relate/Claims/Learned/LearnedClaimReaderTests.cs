using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims;
using KnowledgeGraph.Relate.Claims.Learned;

namespace KnowledgeGraph.Tests.Relate.Claims.Learned;

/// <summary>
/// The claims stage with a relation model trained on the first sentences of the shipped training set, whose
/// thresholds are set to state every best class (the trainer's own thresholds are tested apart). The two sentences are
/// VOA training sentences, read as the pipeline read them ("the nation" resolved to China).
/// </summary>
[TestFixture]
internal sealed class LearnedClaimReaderTests
{
    private const string Daily = "China Daily, the nation’s largest English-language news organization, put a positive spin on the skit after it aired.";
    private const string Lavrov = "Russian Foreign Minister Sergey Lavrov visits Africa this week, starting with a stop in Zimbabwe, where Moscow has been cultivating economic ties, including a $3 billion investment in platinum mining, while also pursuing deeper military ties.";
    private static readonly string[] DailyMentions = ["China Daily=china-daily", "the nation=china:partial"];
    private static readonly string[] LavrovMentions = ["Russian=russia:demonym", "Sergey Lavrov=sergey-lavrov", "Africa=africa", "Zimbabwe=zimbabwe", "Moscow=russia:metonym"];

    private static readonly Lazy<RelationModel> Trained = new(() =>
        new RelationTrainer(5).Train(RelationTestData.Value.Examples, RelationTestData.Labels, RelationTestData.Types, "").Model);

    private static RelationModel WithThresholds(float threshold)
    {
        RelationModel model = Trained.Value;
        var thresholds = new float[model.Labels.Count];
        Array.Fill(thresholds, threshold);
        return new RelationModel(model.Weights, model.Labels, model.Temperature, thresholds, "");
    }

    private static IReadOnlyList<Claim> Extract(RelationModel? model, string text, string[] mentions)
    {
        Document doc = ClaimTestDocuments.Build(text, null, mentions);
        new ClaimExtractor(ClaimTestDocuments.Lexicon, relations: model).Process(doc);
        return doc.Paragraphs[0].Claims;
    }

    [Test]
    public void Process_PairTheRulesLeaveUnrelated_ModelStatesItWithItsProbability()
    {
        Assert.That(Extract(null, Daily, DailyMentions), Is.Empty);

        IReadOnlyList<Claim> claims = Extract(WithThresholds(0f), Daily, DailyMentions);

        Assert.That(ClaimTestDocuments.Triples(claims), Is.EqualTo(new[] { "china-daily BASED_IN china" }));
        Assert.That(claims[0].Confidence, Is.GreaterThan(0f).And.LessThan(1f));
        Assert.That(claims[0].Start, Is.Zero);
    }

    [Test]
    public void Process_PairsTheRulesRelated_KeepTheRulesClaimsAndTheLexiconTriggerNamesTheLearnedOne()
    {
        IReadOnlyList<Claim> rules = Extract(null, Lavrov, LavrovMentions);
        Assume.That(ClaimTestDocuments.Triples(rules), Is.EqualTo(new[] { "sergey-lavrov HOLDS_ROLE_IN russia", "sergey-lavrov VISITS africa" }));

        // Every best class is stated, so the test does not hang on where the small model's probabilities fall.
        IReadOnlyList<Claim> claims = Extract(WithThresholds(0f), Lavrov, LavrovMentions);

        Assert.That(claims.Take(2).Select(c => (c.Predicate, c.Object.Id, c.Trigger, c.Confidence)), Is.EqualTo(rules.Select(c => (c.Predicate, c.Object.Id, c.Trigger, c.Confidence))));
        Claim learned = claims.Single(c => c.Subject.Id == "sergey-lavrov" && c.Object.Id == "zimbabwe");
        Assert.That((learned.Subject.Id, learned.Predicate, learned.Trigger), Is.EqualTo(("sergey-lavrov", "VISITS", "visits")));
    }

    [Test]
    public void Process_ModelThatStatesNothing_RulesAlone()
    {
        string[] rules = ClaimTestDocuments.Triples(Extract(null, Lavrov, LavrovMentions));

        string[] claims = ClaimTestDocuments.Triples(Extract(WithThresholds(RelationModel.Never), Lavrov, LavrovMentions));

        Assert.That(claims, Is.EqualTo(rules));
    }
}
