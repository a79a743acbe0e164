namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>
/// A verb of talks or demands right after a verb of meeting and its party is done by the one who meets, with the party
/// met, through the shipped pipeline.
/// </summary>
[TestFixture]
internal sealed class MeetingPurposeTests
{
    // Written sets h61 a3:16 and h29 a3:10: the infinitive of purpose after "telephoned Muttaqi after the killings" and
    // "met executives of China Metallurgical Group in Beijing in June" has no party of its own; the caller demands of the
    // one called and the one who meets talks with the party met.
    [TestCase("Wang Yi telephoned Muttaqi after the killings to demand that the perpetrators be brought to justice, and Chinese security officials travelled to Faizabad to follow the investigation, two Taliban officials said.", "wang-yi DEMANDS_FROM amir-khan-muttaqi")]
    [TestCase("The visit follows trips by Deputy Prime Minister Abdul Ghani Baradar, who toured an industrial park in Shenzhen in March, and by Minister of Mines and Petroleum Hedayatullah Badri, who met executives of China Metallurgical Group in Beijing in June to discuss restarting work at Mes Aynak.", "hidayatullah-badri NEGOTIATES_WITH metallurgical-corporation-of-china")]
    public void AddParty_InfinitiveOfPurposeAfterMeeting_PartyMetIsTheObject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written set h43 a2:25: a demand with a party of its own ("from both sides") is not made of the party met.
    [Test]
    public void AddParty_DemandWithItsOwnParty_PartyMetIsNotTheObject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Islamabad, Chinese Ambassador Jiang Zaidong met Deputy Prime Minister and Foreign Minister Ishaq Dar and urged \"maximum restraint\" from both sides, Pakistan's foreign ministry said in a statement.");

        Assert.That(claims, Has.None.EqualTo("jiang-zaidong DEMANDS_FROM ishaq-dar"));
    }
}
