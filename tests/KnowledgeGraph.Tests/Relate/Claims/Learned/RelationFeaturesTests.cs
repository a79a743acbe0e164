using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Learned;

namespace KnowledgeGraph.Tests.Relate.Claims.Learned;

[TestFixture]
internal sealed class RelationFeaturesTests
{
    private const string Text = "In 2017 China signed an agreement with Pakistan to build the Gwadar port.";

    private static ulong[] Features(bool lexicon, bool parsed = false)
    {
        Document doc = ClaimTestDocuments.Build(Text, null, "China=china", "Pakistan=pakistan");
        var view = new SentenceView { Triggers = lexicon ? ClaimTestDocuments.Lexicon.Triggers : null };
        Assert.That(view.Load(doc.Paragraphs[0], 0), Is.True);
        Assert.That(view.Syntax!.IsParsed(0), Is.False, "the claim test documents parse on demand");
        if (parsed)
        {
            view.Syntax.EnsureParsed(0);
        }

        var features = new ulong[RelationFeatures.Max];
        int count = RelationFeatures.Extract(view, 0, 1, features);
        return features[..count];
    }

    [Test]
    public void Extract_SamePairReadTwice_SameFeatures()
    {
        ulong[] first = Features(lexicon: true);
        ulong[] second = Features(lexicon: true);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Extract_LexiconTriggerBetweenThePair_AddsTriggerFeatures()
    {
        ulong[] with = Features(lexicon: true);
        ulong[] without = Features(lexicon: false);

        Assert.That(without, Is.SubsetOf(with));
        Assert.That(with.Length, Is.GreaterThan(without.Length), "\"signed an agreement with\" is a SIGNS_AGREEMENT_WITH trigger of the lexicon");
    }

    [Test]
    public void Extract_ParsedSentence_AddsTheDependencyPathBetweenThePair()
    {
        ulong[] surface = Features(lexicon: true);
        ulong[] parsed = Features(lexicon: true, parsed: true);

        Assert.That(surface, Is.SubsetOf(parsed));
        Assert.That(parsed.Length - surface.Length, Is.EqualTo(RelationPath.Max), "China and Pakistan meet at a common ancestor in the tree");
    }
}
