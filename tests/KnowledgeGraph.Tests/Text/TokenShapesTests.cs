using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

[TestFixture]
internal sealed class TokenShapesTests
{
    [TestCase("Kazakhstan", TokenShape.Capitalised)]
    [TestCase("EBRD", TokenShape.Capitalised | TokenShape.AllUpper)]
    [TestCase("U.S.", TokenShape.Capitalised | TokenShape.AllUpper)]
    [TestCase("A", TokenShape.Capitalised)]
    [TestCase("remittances", TokenShape.AllLower)]
    [TestCase("’s", TokenShape.AllLower)]
    [TestCase("MI5", TokenShape.Capitalised | TokenShape.AllUpper | TokenShape.HasDigit)]
    [TestCase("2022", TokenShape.HasDigit)]
    [TestCase("1990s", TokenShape.AllLower | TokenShape.HasDigit)]
    [TestCase("iStock", TokenShape.None)]
    [TestCase("Shàng", TokenShape.Capitalised)]
    [TestCase("Ānquán", TokenShape.Capitalised)]
    [TestCase("上海", TokenShape.None)]
    public void Of_SeedWord_GivesDocumentedFlags(string word, TokenShape expected)
    {
        Assert.That(TokenShapes.Of(word), Is.EqualTo(expected));
    }
}
