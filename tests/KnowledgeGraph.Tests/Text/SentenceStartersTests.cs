using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

[TestFixture]
internal sealed class SentenceStartersTests
{
    [TestCase("The", true)]
    [TestCase("It", true)]
    [TestCase("However", true)]
    [TestCase("the", false)]
    [TestCase("Intelligence", false)]
    [TestCase("Rajaratnam", false)]
    public void Contains_Word_IsTrueOnlyForListedCapitalisedStarters(string word, bool expected)
    {
        Assert.That(SentenceStarters.Contains(word), Is.EqualTo(expected));
    }
}
