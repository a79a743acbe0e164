using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A place named before a meeting's words places it only in the meeting's own phrase, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class EarlierPlaceTests
{
    // Written development lines (h47): a place right after a noun, before the meeting's evidence with no comma between,
    // locates the noun; one before a clause-opening word belongs to another clause.
    [TestCase("President Sadyr Japarov, who has courted Chinese investment, did not comment on the rally.", "Russia is paying for nine Russian-language schools in Kyrgyzstan under a 2023 agreement between President Vladimir Putin and Japarov.", "vladimir-putin VISITS kyrgyzstan")]
    [TestCase("\"Tashkent wants Chinese money and Russian jobs, but it does not want to be anyone's classroom,\" said Nodira Yusupova, a researcher at the Center for Economic Research and Reforms, a Tashkent-based think tank.", "She said the decree might delay plans for a third Confucius Institute in Bukhara, which were discussed when Foreign Minister Bakhtiyor Saidov visited Beijing in December and met his Chinese counterpart, Wang Yi.", "wang-yi VISITS bukhara")]
    public void OfOtherPhrase_PlaceOfNounBeforeMeeting_NoVisit(string before, string sentence, string unexpected)
    {
        Assert.That(ShippedClaims.Of(before, sentence), Does.Not.Contain(unexpected));
    }
}
