using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

[TestFixture]
internal sealed class GlueRulesTests
{
    [TestCase("leaderXi", true)]
    [TestCase("aUyghur", true)]
    [TestCase("EconomicCorridor", true)]
    [TestCase("AliExpress", true)]
    [TestCase("iPhone", false)]
    [TestCase("eBay", false)]
    [TestCase("McCallum", false)]
    [TestCase("MacArthur", false)]
    [TestCase("WeChat", false)]
    [TestCase("UzDaily", false)]
    [TestCase("PhD", false)]
    public void SplitsBeforeUpper_FirstHump_SplitsOnlyGluedWords(string word, bool expected)
    {
        int upper = 1;
        while (!(char.IsUpper(word[upper]) && char.IsLower(word[upper - 1])))
        {
            upper++;
        }

        Assert.That(GlueRules.SplitsBeforeUpper(word, 0, 0, upper), Is.EqualTo(expected));
    }

    [TestCase("1,000 people", 1, true)]
    [TestCase("12,500,000", 2, true)]
    [TestCase("in 2016,68 Turkmenistan", 7, false)]
    [TestCase("1,5", 1, false)]
    public void IsThousandsSeparator_Comma_ChecksDigitGroups(string text, int comma, bool expected)
    {
        int groupStart = comma;
        while (groupStart > 0 && char.IsDigit(text[groupStart - 1]))
        {
            groupStart--;
        }

        Assert.That(GlueRules.IsThousandsSeparator(text, groupStart, comma), Is.EqualTo(expected));
    }

    [TestCase("in 2017.53 AliExpress Russia", true)]
    [TestCase("since at least 2001.71", true)]
    [TestCase("from 0.19 to 0.79", false)]
    [TestCase("worth 2017.53 million", false)]
    [TestCase("at $249.64 billion", false)]
    public void IsYearThenEndnote_DottedNumber_TellsEndnoteFromDecimal(string text, bool expected)
    {
        int start = text.IndexOfAny("0123456789".ToCharArray());
        int dot = text.IndexOf('.', start);
        int end = dot + 1;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        Assert.That(GlueRules.IsYearThenEndnote(text, start, dot, end), Is.EqualTo(expected));
    }

    [TestCase("the U.S.-led troops", 4, "U.S.")]
    [TestCase("the S. Rajaratnam School", 4, "S.")]
    [TestCase("on Sept. 14", 3, "Sept.")]
    [TestCase("Reports, No. 14, November", 9, "No.")]
    [TestCase("said No. The", 5, "No")]
    [TestCase("MegaFon and Mail.Ru, was", 12, "Mail.Ru")]
    [TestCase("in this regard.The Republic", 8, "regard")]
    [TestCase("in plan a. Then", 8, "a")]
    public void EndAfterDot_WordBeforeFullStop_KeepsDotOnlyForAbbreviations(string text, int start, string expected)
    {
        int dot = text.IndexOf('.', start);
        Assert.That(text[start..GlueRules.EndAfterDot(text, start, dot)], Is.EqualTo(expected));
    }
}
