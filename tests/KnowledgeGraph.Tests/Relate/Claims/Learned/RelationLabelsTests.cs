using KnowledgeGraph.Relate.Claims.Learned;

namespace KnowledgeGraph.Tests.Relate.Claims.Learned;

[TestFixture]
internal sealed class RelationLabelsTests
{
    [Test]
    public void Of_ShippedLexicon_OneClassPerSymmetricPredicateTwoPerOtherPlusNone()
    {
        var lexicon = ClaimTestDocuments.Lexicon;
        RelationLabels labels = RelationLabels.Of(lexicon);

        int expected = 1 + lexicon.Predicates.Sum(p => p.Symmetric ? 1 : 2);
        Assert.That(labels.Count, Is.EqualTo(expected));
        Assert.That(labels.Names.Select(n => n.Name), Is.EqualTo(lexicon.Predicates.Select(p => p.Name)));
    }

    [Test]
    public void Encode_DirectionOfAsymmetricPredicate_RoundTripsAndSymmetricIgnoresIt()
    {
        RelationLabels labels = RelationLabels.Of(ClaimTestDocuments.Lexicon);

        int hostsBackward = labels.Encode("HOSTS", forward: false);
        Assert.That(labels.Decode(hostsBackward), Is.EqualTo(("HOSTS", false)));
        Assert.That(labels.Encode("HOSTS", forward: true), Is.Not.EqualTo(hostsBackward));
        Assert.That(labels.Encode("BORDERS", forward: false), Is.EqualTo(labels.Encode("BORDERS", forward: true)));
        Assert.That(labels.Encode("NOT_A_PREDICATE", forward: true), Is.EqualTo(-1));
        Assert.That(labels.Decode(RelationLabels.None).Predicate, Is.Empty);
    }
}
