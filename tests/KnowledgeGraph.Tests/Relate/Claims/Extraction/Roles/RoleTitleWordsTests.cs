using KnowledgeGraph.Relate.Claims.Extraction.Roles;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>A title's words against a curated role title's, with the role's words split once and kept.</summary>
[TestFixture]
internal sealed class RoleTitleWordsTests
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spokesperson"] = "spokesperson",
        ["spokesman"] = "spokesperson",
        ["spokeswoman"] = "spokesperson",
    };

    // Curated roles of development articles (h31: "Minister of Planning, Development and Special Initiatives").
    [TestCase("Minister of Planning, Development and Special Initiatives", "Planning Minister", true)]
    [TestCase("Minister of Foreign Affairs", "Foreign Minister", true)]
    [TestCase("Minister of Foreign Affairs", "Defence Minister", false)]
    [TestCase("Spokesperson of the Ministry of Foreign Affairs", "spokeswoman", true)]
    [TestCase("Deputy Prime Minister", "Prime-Minister", true)]
    [TestCase("Deputy Prime Minister", "Deputy Foreign Minister", false)]
    public void Holds_TitleAgainstRole_EveryTitleWordInRole(string role, string title, bool expected)
    {
        var words = new RoleTitleWords(Synonyms);
        string[] titleWords = title.Replace("-", " - ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(words.Holds(role, titleWords), Is.EqualTo(expected));
    }

    [Test]
    public void Holds_RoleAskedAgain_SameAnswer()
    {
        var words = new RoleTitleWords(Synonyms);

        Assert.That(words.Holds("Minister of Foreign Affairs", ["Foreign", "Minister"]), Is.True);
        Assert.That(words.Holds("Minister of Foreign Affairs", ["Foreign", "Minister"]), Is.True);
        Assert.That(words.Holds("Minister of Foreign Affairs", ["Interior", "Minister"]), Is.False);
    }
}
