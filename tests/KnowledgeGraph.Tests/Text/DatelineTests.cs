using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

/// <summary>A report's dateline, through the shipped pipeline: where it was filed, no party and no antecedent.</summary>
[TestFixture]
internal sealed class DatelineTests
{
    // Written wire-report datelines, with a date, with a country, and bare; a capitalised name opening an ordinary
    // sentence, or one glued to a hyphen, is none.
    [TestCase("BEIJING, March 12 — A Taliban delegation arrived in Beijing on Thursday.", true)]
    [TestCase("ISLAMABAD, Pakistan — The Taliban signed the deal.", true)]
    [TestCase("KABUL — Wang Yi met Amir Khan Muttaqi on Monday.", true)]
    [TestCase("TEHRAN, Feb 9 (Reuters) — Wang Yi met Amir Khan Muttaqi on Monday.", true)]
    [TestCase("OSH, Kyrgyzstan, March 3 (Reuters) - Kyrgyz and Chinese police have dismantled a trafficking ring.", true)]
    [TestCase("Beijing hosted a Taliban delegation on Thursday.", false)]
    [TestCase("US-led coalition forces attacked ISIS.", false)]
    public void Opens_FirstMention_IsDatelineWhenCapitalsThenDash(string sentence, bool expected)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        Paragraph paragraph = doc.Paragraphs[0];

        Assert.That(Dateline.Opens(paragraph, paragraph.Sentences[0], paragraph.Mentions[0]), Is.EqualTo(expected));
    }

    // Written: the dateline's city is neither the visitor nor what "it" refers to.
    [Test]
    public void Process_DatelineBeforeLongSubject_NoClaimOrReferenceOnIt()
    {
        const string Sentence = "BEIJING, March 12 — A Taliban delegation led by Abdul Ghani Baradar, the deputy prime minister for economic affairs, arrived in Beijing on Thursday for a five-day visit that will also take it to Urumqi, the capital of China's Xinjiang region, officials on both sides said.";
        Document doc = Docs.Process(ShippedPipeline.Value, Sentence);

        Assert.That(ShippedClaims.In(doc), Has.None.EqualTo("china VISITS beijing").And.None.EqualTo("abdul-ghani-baradar LEADS china"));
        Assert.That(doc.Paragraphs[0].References.Where(r => Sentence[r.Start..r.End] == "it").Select(r => r.Entity.Id), Has.None.EqualTo("china"));
    }

    // Wire-report line (h7): the agency in the dateline's brackets is no party either.
    [Test]
    public void Process_AgencyInDateline_NoParty()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("BEIJING, July 14 (Reuters) - China's ambassador to Afghanistan, Zhao Xing, met the Taliban's acting foreign minister, Amir Khan Muttaqi, in Kabul on Monday to discuss trade and security, the Afghan foreign ministry said.");

        Assert.That(claims, Has.None.Contains("reuters"));
    }
}
