namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>The user of a means does the infinitive of purpose after it, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class UsedMeansTests
{
    // Written sets h28 a3:22, h34 a3:26 and h40 a1:24: what is used (a meeting, a speech, a name inside it too) is only the
    // means; the subject of "used" presses, complains or lobbies.
    [TestCase("Kazakh President Kassym-Jomart Tokayev, who speaks fluent Mandarin and has built a close working relationship with Xi, used the Astana meeting to press Beijing for factories rather than only purchases of oil, gas and metals.", "kassym-jomart-tokayev DEMANDS_FROM china")]
    [TestCase("Pakistan, whose relations with Kabul collapsed after deadly border clashes in October, has used every council meeting on Afghanistan this year to complain about the TTP.", "pakistan CRITICIZES ttp")]
    [TestCase("Uzbek President Shavkat Mirziyoyev used his speech to lobby for the Trans-Afghan Railway, a planned line linking Termez on the Uzbek border with Peshawar in Pakistan via Kabul, and asked Beijing to help finance it.", "shavkat-mirziyoyev SUPPORTS trans-afghan-railway")]
    public void UsingVerb_InfinitiveAfterUsedObject_UserIsTheSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: in the passive the party after "by" uses the means, so the subject before "used" does not act.
    [Test]
    public void UsingVerb_PassiveUsedBy_SubjectBeforeItDoesNotAct()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Pakistan says Afghan soil has been used by the TTP to attack Pakistan.");

        Assert.That(claims, Has.None.StartsWith("afghanistan ATTACKS"));
    }
}
