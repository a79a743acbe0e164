using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>An ambassador met or received where he is posted is at his post, not visiting, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class ResidentEnvoyTests
{
    // Written development lines (h49, h60, h61): the meeting stays, the ambassador's visit to the city of his post does not.
    [TestCase("In Dushanbe, Foreign Minister Sirojiddin Muhriddin received Chinese Ambassador Zhang Weiguo on Monday to offer condolences and promised that those responsible would be found and punished.", "sirojiddin-muhriddin HOSTS d:person:zhang-weiguo", "d:person:zhang-weiguo VISITS dushanbe")]
    [TestCase("Kazakhstan's foreign ministry said in a statement that Deputy Foreign Minister Daulet Sarsenbayev had met Chinese Ambassador Liu Zhenhai in Astana last week and discussed \"individual humanitarian cases\".", "d:person:liu-zhenhai HOLDS_ROLE_IN china", "d:person:liu-zhenhai VISITS astana")]
    [TestCase("KABUL, May 20 (AFP) - China's new ambassador to Afghanistan, Gao Wenqiang, presented his credentials to Taliban Prime Minister Mohammad Hasan Akhund in Kabul on Wednesday, becoming the second Chinese envoy accredited to the Islamic Emirate since its return to power.", "d:person:gao-wenqiang HOLDS_ROLE_IN china", "d:person:gao-wenqiang VISITS kabul")]
    public void Titled_AmbassadorMetInCityOfPost_NoVisit(string sentence, string expected, string absent)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected).And.No.Contain(absent));
    }

    // Written development line (h32): a visit a verb states is still one.
    [Test]
    public void Titled_AmbassadorWhoVisitedSite_StillVisits()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("KABUL, December 2 (Reuters) - China's ambassador to Afghanistan, Zhao Xing, visited the Mes Aynak copper mine in Logar province on Tuesday and urged the Taliban to step up protection for Chinese workers, a week after a rocket landed near a camp used by the mine's operators.");

        Assert.That(claims, Does.Contain("zhao-xing VISITS mes-aynak"));
    }
}
