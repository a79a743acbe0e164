using KnowledgeGraph.Recognise.Ner;

namespace KnowledgeGraph.Tests.Recognise.Ner;

[TestFixture]
internal sealed class NerTagsTests
{
    [Test]
    public void Decode_EncodedSpans_GivesThemBack()
    {
        var spans = new List<(int, int, int)> { (0, 2, 0), (3, 4, 2), (5, 8, 1) };
        Assert.That(NerTags.Decode(NerTags.Encode(9, spans)), Is.EqualTo(spans));
    }

    [TestCase('B', 0, 'I', 0, true)]
    [TestCase('B', 0, 'L', 1, false)]
    [TestCase('B', 0, 'O', -1, false)]
    [TestCase('U', 2, 'B', 1, true)]
    [TestCase('O', -1, 'I', 0, false)]
    public void Allowed_Transition_FollowsBilou(char previous, int previousType, char next, int nextType, bool allowed)
    {
        int a = previous == 'O' ? NerTags.Outside : NerTags.Of(previous, previousType);
        int b = next == 'O' ? NerTags.Outside : NerTags.Of(next, nextType);
        Assert.That(NerTags.Allowed(a, b), Is.EqualTo(allowed));
    }
}
