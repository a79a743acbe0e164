using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.FollowUps;

/// <summary>A pro-verb's subject does the act stated before it, through the shipped pipeline on development sentences.</summary>
[TestFixture]
internal sealed class ProVerbReaderTests
{
    // h35/a2.md (a development article): "did so" stands for the act of the clause before it; the denial is that clause's.
    [Test]
    public void Read_DidSoAfterDeniedAct_SubjectDoesTheAct()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "China has not formally recognised the Taliban government, although Russia did so in July 2025.");

        Claim done = doc.Paragraphs[0].Claims.Single(c => c.Subject.Id == "russia" && c.Predicate == "RECOGNIZES");
        Assert.That(done.Object.Id, Is.EqualTo("taliban"));
        Assert.That(done.Negated, Is.False);
    }

    // h46/a2.md: with no act in its own sentence, "to do so" stands for the last act of the sentence before.
    [Test]
    public void Read_DoSoAfterActOfSentenceBefore_SubjectDoesTheAct()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "India has not formally recognised the Taliban government, and neither has China. Russia became the first country to do so in July, while Iran, which hosts millions of Afghan refugees, has allowed Taliban diplomats to run the Afghan embassy in Tehran.");

        Assert.That(claims, Does.Contain("russia RECOGNIZES taliban"));
    }

    // Written: an act two sentences back is not the one a pro-verb stands for.
    [Test]
    public void Read_ActTwoSentencesBack_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Kazakhstan has invested heavily in Afghan railways. The weather in Almaty and Tashkent was cold. Uzbekistan is expected to do so next year.");

        Assert.That(claims, Has.None.Contains("uzbekistan INVESTS_IN"));
    }
}
