using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Neo4j.Tests;

[TestFixture]
public sealed class GraphVocabularyTests
{
    [TestCase("HOSTS", true)]
    [TestCase("NEGOTIATES_WITH", true)]
    [TestCase("Hosts", false)]
    [TestCase("HOSTS ", false)]
    [TestCase("HOSTS`]->(x) DELETE x //", false)]
    [TestCase("LIKES", false)]
    [TestCase("CO_MENTIONED", false)]
    [TestCase(null, false)]
    public void IsClaimPredicate_Name_OnlyKnownUpperCaseNames(string? predicate, bool expected) =>
        Assert.That(GraphVocabulary.IsClaimPredicate(predicate), Is.EqualTo(expected));

    [Test]
    public void ClaimPredicates_EqualThePredicateLexicon()
    {
        string path = Path.Combine(RepoPaths.Root, "gazetteers", "predicates.yaml");
        var lexicon = KnowledgeGraph.Relate.Claims.Lexicon.PredicateLexiconLoader.Load(path, new KnowledgeGraph.Diagnostics.DiagnosticBag());
        Assert.That(GraphVocabulary.ClaimPredicates, Is.EquivalentTo(lexicon.Predicates.Select(p => p.Name)));
    }

    [TestCase("Country", true)]
    [TestCase("Organisation", true)]
    [TestCase("Organization", false)]
    [TestCase("Entity", false)]
    [TestCase("Article", false)]
    public void IsEntityTypeLabel_Name_OnlyTheSevenTypes(string label, bool expected) =>
        Assert.That(GraphVocabulary.IsEntityTypeLabel(label), Is.EqualTo(expected));

    [Test]
    public void ClaimPredicates_All_MatchPatternAndAvoidModelTypes() =>
        Assert.That(GraphVocabulary.ClaimPredicates, Has.All.Matches<string>(p => GraphVocabulary.IsClaimPredicate(p)));
}
