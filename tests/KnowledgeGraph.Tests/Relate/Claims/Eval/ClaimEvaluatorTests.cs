using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Eval;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Tests.Relate.Claims.Eval;

[TestFixture]
internal sealed class ClaimEvaluatorTests
{
    // Floors under what tests/eval/claims.yaml measures with gold mentions (plain tokeniser, mentions placed from
    // the annotation's entity table): precision 0.978 (44/45), recall 0.579 (44/76). Raise them as the rules improve.
    // The full pipeline is held to its own floors by EvalClaimsCommandTests.
    private const double PrecisionFloor = 0.95;
    private const double RecallFloor = 0.55;

    private static ClaimEvalSet LoadSet() =>
        ClaimEvalLoader.Load(RepoPaths.Of("tests/eval/claims.yaml"), ClaimTestDocuments.Lexicon);

    [Test]
    public void EvaluateWithGoldMentions_AnnotatedSeeds_MeetsFloors()
    {
        ClaimEvalReport report = ClaimEvaluator.EvaluateWithGoldMentions(LoadSet(), ClaimTestDocuments.Lexicon);

        Assert.Multiple(() =>
        {
            Assert.That(report.Overall.Precision, Is.GreaterThanOrEqualTo(PrecisionFloor), "precision");
            Assert.That(report.Overall.Recall, Is.GreaterThanOrEqualTo(RecallFloor), "recall");
        });
    }

    [Test]
    public void Load_AnnotatedSeeds_AtLeastHundredVerbatimSeedSentences()
    {
        ClaimEvalSet set = LoadSet();

        Assert.That(set.Sentences, Has.Count.GreaterThanOrEqualTo(100));
        Assert.That(set.Sentences.Count(s => s.Claims.Count > 0), Is.GreaterThanOrEqualTo(50));
        Assert.That(set.Sentences.Count(s => s.Claims.Count == 0), Is.GreaterThanOrEqualTo(50));
        foreach (ClaimEvalSentence sentence in set.Sentences)
        {
            string line = File.ReadLines(RepoPaths.Of(sentence.File)).ElementAt(sentence.Line - 1);
            Assert.That(line, Does.Contain(sentence.Text), sentence.Where);
        }
    }

    [Test]
    public void Evaluate_SymmetricReversedAndWrongNegation_CountsOneHitOneMissOneSpurious()
    {
        var china = new Entity { Id = "china", Name = "China", Type = EntityType.Country };
        var pakistan = new Entity { Id = "pakistan", Name = "Pakistan", Type = EntityType.Country };
        var sentence = new ClaimEvalSentence("seeds/x.txt", 1, "China and Pakistan signed an agreement.", null,
            [new ExpectedClaim("pakistan", "SIGNS_AGREEMENT_WITH", "china", false, false), new ExpectedClaim("china", "SUPPORTS", "pakistan", false, false)]);
        var set = new ClaimEvalSet([], [sentence]);
        Claim Make(string predicate, bool negated) => new()
        {
            Subject = china, Predicate = predicate, PredicateClass = "verbal_cooperation", Object = pakistan, Negated = negated,
            Trigger = "signed", Sentence = 0, Start = 0, End = 10,
        };

        ClaimEvalReport report = ClaimEvaluator.Evaluate(set, ClaimTestDocuments.Lexicon, "test", _ => [Make("SIGNS_AGREEMENT_WITH", false), Make("SUPPORTS", true)]);

        Assert.That((report.Overall.TruePositives, report.Overall.FalsePositives, report.Overall.FalseNegatives), Is.EqualTo((1, 1, 1)));
        Assert.That(report.Errors.Single().Spurious.Single(), Does.StartWith("china SUPPORTS pakistan | negated"));
    }
}
