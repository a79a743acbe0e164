namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>What a party wants or expects from another, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class SoughtFromReaderTests
{
    // h30 (a2, a3), h34 (a1) and h43 (a3): what is wanted, a quotation or a few words, then "from" a party (a name, a capital
    // for its state, or a demonym with an actor noun).
    [TestCase("\"China wants two things from Afghanistan: no Uyghur militants near its border and no attacks on its people,\" said Li Wen, a researcher at the Shanghai Institutes for International Studies.", "china DEMANDS_FROM afghanistan")]
    [TestCase("Dar told reporters that Pakistan had presented \"irrefutable evidence\" that TTP commanders were directing attacks on Pakistani soil from Afghan territory, and that Islamabad expected \"concrete and verifiable steps\" from Kabul.", "pakistan DEMANDS_FROM afghanistan")]
    [TestCase("He said Tehran was still weighing recognition and wanted guarantees from Kabul that it would honour the 1973 Helmand River water treaty, whose implementation the two countries have argued over for years.", "iran DEMANDS_FROM afghanistan")]
    [TestCase("Dar said Pakistan expected \"verifiable action\" from the Afghan authorities against the Tehrik-e-Taliban Pakistan (TTP), which he said had carried out more than 600 attacks in Pakistan last year.", "pakistan DEMANDS_FROM afghanistan")]
    public void Read_WantedFromParty_DemandsFromParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // h28 (a2): "expected to" and a verb is no thing wanted, and China here only names where a journey starts; seeds
    // (claims-seeds): what a group seeks from its own outposts is asked of no party.
    [TestCase("Once finished, the route is expected to cut the rail journey from eastern China to markets in the Middle East and southern Europe by about 900 km and a week of travel time.")]
    [TestCase("This has particular repercussions for Central Asia, due to the continuing threat of Islamic State Khorasan as it broadcasts threats in regional languages and seeks recruits from its outposts in Afghanistan.")]
    public void Read_ExpectedActOrOwnOutposts_NoDemand(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("DEMANDS_FROM"));
    }

    // h31 (a3), h33 (a2) and h46 (a3): a verb of seeking before a demonym's money, investment or deposits asks them of
    // that state, past a few lower-case words and "of".
    [TestCase("Syria, which is seeking Chinese investment to rebuild its shattered economy, has so far refused to extradite any of the fighters, the officials said.", "syria DEMANDS_FROM china")]
    [TestCase("Tehran has lobbied for Chinese money to finish its Chabahar-Zahedan railway and to build a branch line to the Afghan border at Milak.", "iran DEMANDS_FROM china")]
    public void Read_SoughtOwnedMeans_DemandsFromOwner(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // h31 (a3): the article names Shehbaz Sharif in full before "Sharif" seeks an extension of the Chinese deposits.
    [Test]
    public void Read_SoughtExtensionOfOwnedDeposits_DemandsFromOwner()
    {
        string[] lines =
        [
            "Prime Minister Shehbaz Sharif's government has relied on Beijing, along with Saudi Arabia and the United Arab Emirates, to refinance maturing debt since 2022.",
            "Sharif is due to visit Beijing next month, his office said, and is expected to seek a further extension of the Chinese deposits.",
        ];
        Assert.That(ShippedClaims.Of(lines), Does.Contain("shehbaz-sharif DEMANDS_FROM china"));
    }

    // seeds (claims-seeds): an aim to attract money asks no one; h45 (a3): protection sought for a demonym's workers is not
    // asked of their state.
    [TestCase("Kyrgyzstan and Tajikistan have always maintained a certain level of ambivalence, although they have tended more towards seeking to attract Chinese money.", "DEMANDS_FROM china")]
    [TestCase("China's ambassador in Kabul, Zhao Xing, met Interior Minister Sirajuddin Haqqani on Monday and asked for additional protection for Chinese workers, the ministry said in a statement.", "DEMANDS_FROM china")]
    public void Read_AimOrProtectionForDemonym_NoDemandFromState(string sentence, string unexpected)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains(unexpected));
    }
}
