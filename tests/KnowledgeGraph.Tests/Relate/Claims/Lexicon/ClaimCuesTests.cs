using KnowledgeGraph.Relate.Claims.Lexicon;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Tests.Relate.Claims.Lexicon;

[TestFixture]
internal sealed class ClaimCuesTests
{
    [Test]
    public void Keys_RecordedFromTheConstructor_AreTheListsTheShippedLexiconHolds()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(RepoPaths.Of("gazetteers/predicates.yaml")))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var cues = (YamlMappingNode)root.Children[new YamlScalarNode("claim_cues")];
        string[] shipped = cues.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToArray();

        Assert.That(ClaimCues.Keys, Is.Unique);
        Assert.That(ClaimCues.Keys, Is.EquivalentTo(shipped));
        Assert.That(ClaimCues.Keys, Does.Contain("structure_companies").And.Contain("title_synonyms"));
    }
}
