using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Agents of nominal triggers after "by" or "of" and in fronted phrases, through the shipped pipeline on seed and VOA sentences.</summary>
[TestFixture]
internal sealed class NominalAgentReaderTests
{
    [Test]
    public void Read_VisitOfPersonToPlace_PersonVisits()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In a moment of nearly perfect public narrative, the death of al-Qaeda leader Ayman al-Zawahiri was almost entirely overshadowed by the visit of US House Speaker Nancy Pelosi to Taiwan.");

        Assert.That(claims, Does.Contain("nancy-pelosi VISITS taiwan"));
    }

    [Test]
    public void Read_VisitByPersonWithAppositionToPlace_PersonVisits()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("A visit by Constantino Chiwenga, then the chief of the military, to Beijing days before Mugabe was put under house arrest stoked those rumors.");

        Assert.That(claims, Has.Some.Match("constantino-chiwenga VISITS beijing$"));
    }

    [Test]
    public void Read_FrontedVisitPhrase_ClauseSubjectVisits()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Hours before embarking on a his first official visit to Africa, U.S. Secretary of State Rex Tillerson said the United States is committed to building on a \"strong foundation of U.S.-Africa relations\" and accused China of \"encouraging dependency\" in its approach to the continent.");

        Assert.That(claims, Does.Contain("rex-tillerson VISITS africa"));
    }

    [Test]
    public void Read_ObjectIsDescriptionCoreference_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "The fact that he has chosen Central Asia and an SCO heads of state summit to do this, even before confirmation of his third term as Communist Party leader at the party’s congress next month, is a reflection of the importance of the SCO to Beijing.",
            "With the full accession of Iran to the group next year, Afghanistan will be almost entirely engulfed geographically by full SCO members, save for uncompromisingly neutral Turkmenistan, but Iran has been joining SCO summits for a while and Turkmenistan will be there this year too.");

        Assert.That(claims, Has.None.Match("^iran MEMBER_OF"));
    }
}
