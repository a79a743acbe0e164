using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

[TestFixture]
internal sealed class CharTableTests
{
    [TestCase(' ', CharKind.Space)]
    [TestCase('\u00A0', CharKind.Space)]
    [TestCase('\u202F', CharKind.Space)]
    [TestCase('K', CharKind.Upper)]
    [TestCase('Ā', CharKind.Upper)]
    [TestCase('ǎ', CharKind.Lower)]
    [TestCase('上', CharKind.Uncased)]
    [TestCase('\u0301', CharKind.Mark)]
    [TestCase('7', CharKind.Digit)]
    [TestCase('’', CharKind.Apostrophe)]
    [TestCase('`', CharKind.Apostrophe)]
    [TestCase('“', CharKind.Quote)]
    [TestCase('«', CharKind.Quote)]
    [TestCase('–', CharKind.Dash)]
    [TestCase('.', CharKind.Period)]
    [TestCase('…', CharKind.Punctuation)]
    [TestCase('(', CharKind.Punctuation)]
    [TestCase('$', CharKind.Symbol)]
    [TestCase('%', CharKind.Symbol)]
    [TestCase('©', CharKind.Symbol)]
    [TestCase('€', CharKind.Symbol)]
    [TestCase('£', CharKind.Symbol)]
    [TestCase('•', CharKind.Symbol)]
    [TestCase('№', CharKind.Symbol)]
    [TestCase('\u00AD', CharKind.Ignorable)]
    [TestCase('\u200B', CharKind.Ignorable)]
    [TestCase('\uD83D', CharKind.Other)]
    public void Of_Character_GivesKindOfItsFold(char c, CharKind expected)
    {
        Assert.That(CharTable.Of(c), Is.EqualTo(expected));
    }
}
