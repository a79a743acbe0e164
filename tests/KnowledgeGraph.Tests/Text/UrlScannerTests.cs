using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

[TestFixture]
internal sealed class UrlScannerTests
{
    [TestCase("<https://www.kcp.kz/company/history?language=en>, accessed", 1, "https://www.kcp.kz/company/history?language=en")]
    [TestCase("[2]: http://english.mofcom.gov.cn/article/newsrelease/significantnews/201209/20120908320465.shtml", 5, "http://english.mofcom.gov.cn/article/newsrelease/significantnews/201209/20120908320465.shtml")]
    [TestCase("see www.rusi.org.", 4, "www.rusi.org")]
    [TestCase("(see https://en.wikipedia.org/wiki/Five_Eyes).", 5, "https://en.wikipedia.org/wiki/Five_Eyes")]
    [TestCase("https://en.wikipedia.org/wiki/Kabul_(city)", 0, "https://en.wikipedia.org/wiki/Kabul_(city)")]
    public void MatchUrl_UrlInSeedText_EndsBeforeTrailingPunctuation(string text, int start, string expected)
    {
        int end = UrlScanner.MatchUrl(text, start);
        Assert.That(text[start..end], Is.EqualTo(expected));
    }

    [TestCase("which was", 0)]
    [TestCase("http:// nothing", 0)]
    public void MatchUrl_NoUrl_ReturnsMinusOne(string text, int start)
    {
        Assert.That(UrlScanner.MatchUrl(text, start), Is.EqualTo(-1));
    }

    [TestCase("write to raffaello.pantucci@rusi.org.", 9, "raffaello.pantucci@rusi.org")]
    [TestCase("at @raffpantucci.", 3, null)]
    [TestCase("mail user@localhost now", 5, null)]
    public void MatchEmail_Address_IsWholeOrAbsent(string text, int start, string? expected)
    {
        int end = UrlScanner.MatchEmail(text, start);
        Assert.That(end < 0 ? null : text[start..end], Is.EqualTo(expected));
    }
}
