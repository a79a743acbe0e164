using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Model;

[TestFixture]
internal sealed class ContentHashTests
{
    [Test]
    public void Of_SameTextTwice_GivesSameSixteenHexDigits()
    {
        const string line = "Beijing has sought to quietly maintain its position in Afghanistan.";
        string first = ContentHash.Of(line);
        Assert.That(first, Has.Length.EqualTo(16).And.Match("^[0-9a-f]{16}$"));
        Assert.That(ContentHash.Of(line), Is.EqualTo(first));
    }

    [Test]
    public void Of_CurlyVersusStraightApostrophe_DiffersBecauseIdsHashOriginalText()
    {
        Assert.That(ContentHash.Of("China’s"), Is.Not.EqualTo(ContentHash.Of("China's")));
    }
}
