namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A source named by the talks it knows of places the sentence's demands in talks, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class TalksSourceReaderTests
{
    // Written development lines (h31, h32, h33, h50): a demand or pressure reported by sources familiar with or briefed on the talks.
    [TestCase("Beijing has for years pressed Islamabad to let Chinese private security companies guard its workers, a demand that Pakistani officials have resisted as an infringement of sovereignty, according to two officials familiar with the talks.", "china NEGOTIATES_WITH pakistan")]
    [TestCase("Beijing imports about 30 billion cubic metres a year through the Central Asia-China gas pipeline, and Chinese diplomats have pressed Ashgabat to give priority to the pipeline's long-delayed Line D rather than to TAPI, two people briefed on the talks said.", "china NEGOTIATES_WITH turkmenistan")]
    [TestCase("DAMASCUS, January 27 (Reuters) - China has asked Syria's government to hand over senior commanders of the Turkestan Islamic Party, a Uyghur militant group whose fighters were folded into the new Syrian army last year, three Syrian officials familiar with the talks told Reuters.", "china NEGOTIATES_WITH syria")]
    [TestCase("Chinese officials have pressed Islamabad to let Chinese security companies guard their nationals, a demand Pakistani officials have so far resisted as an infringement of sovereignty, according to two people familiar with the talks.", "china NEGOTIATES_WITH pakistan")]
    public void Read_DemandReportedBySourceOfTalks_Negotiates(string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Has.Some.Contains("DEMANDS_FROM"));
    }

    // Written: a source familiar with something other than talks places no demand in talks.
    [Test]
    public void Read_SourceOfMatter_NoNegotiation()
    {
        Assert.That(ShippedClaims.Of("Russia has pressed Kazakhstan to cut its grain exports, two people familiar with the matter said."), Has.None.Contains("NEGOTIATES_WITH"));
    }

    // Written: a demand the sentence denies was made in no talks.
    [Test]
    public void Read_NegatedDemand_NoNegotiation()
    {
        Assert.That(ShippedClaims.Of("Russia has not pressed Kazakhstan to cut its grain exports, according to people familiar with the talks."), Has.None.Contains("NEGOTIATES_WITH"));
    }
}
