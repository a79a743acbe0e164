using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

[TestFixture]
internal sealed class AbbreviationsTests
{
    [TestCase("Sept", true)]
    [TestCase("Gen", true)]
    [TestCase("Inc", true)]
    [TestCase("pp", true)]
    [TestCase("sept", false)]
    [TestCase("Kabul", false)]
    public void IsListed_Word_IsOrdinalAndCaseSensitive(string word, bool expected)
    {
        Assert.That(Abbreviations.IsListed(word), Is.EqualTo(expected));
    }

    [TestCase("Mr", true)]
    [TestCase("St", true)]
    [TestCase("No", true)]
    [TestCase("e.g", true)]
    [TestCase("Sept", false)]
    [TestCase("Inc", false)]
    [TestCase("U.S", false)]
    public void IsLeading_Abbreviation_NeverEndsASentence(string word, bool expected)
    {
        Assert.That(Abbreviations.IsLeading(word), Is.EqualTo(expected));
    }

    [TestCase("Ru", true)]
    [TestCase("com", true)]
    [TestCase("The", false)]
    public void IsDomain_Word_MatchesTopLevelDomainsIgnoringCase(string word, bool expected)
    {
        Assert.That(Abbreviations.IsDomain(word), Is.EqualTo(expected));
    }
}
