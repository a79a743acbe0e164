using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Learned;

namespace KnowledgeGraph.Tests.Relate.Claims.Learned;

[TestFixture]
internal sealed class RelationPairsTests
{
    [Test]
    public void Nearest_EntityNamedTwice_ReadsItsNearerMentionOnce()
    {
        Document doc = ClaimTestDocuments.Build(
            "Pakistan welcomed the plan announced last week, and China will invest in Pakistan.", null, "Pakistan=pakistan", "China=china");
        var view = new SentenceView { Triggers = ClaimTestDocuments.Lexicon.Triggers };
        Assert.That(view.Load(doc.Paragraphs[0], 0), Is.True);
        var nearest = new Dictionary<(string, string), (int A, int B, int Gap)>();

        RelationPairs.Nearest(view, nearest);

        Assert.That(nearest.Keys, Is.EqualTo(new[] { ("china", "pakistan") }));
        (int a, int b, _) = nearest[("china", "pakistan")];
        Assert.That(view.Mention(a).Entity.Id, Is.EqualTo("china"));
        Assert.That(view.Mention(b).Start, Is.EqualTo(doc.Paragraphs[0].Text.LastIndexOf("Pakistan", StringComparison.Ordinal)));
    }
}
