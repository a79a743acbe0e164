namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>
/// A giver providing a recipient with aid, through the shipped pipeline. The lines are written wire-report English on
/// the project's subject: no seed or VOA sentence is written this way.
/// </summary>
[TestFixture]
internal sealed class ProvisionReaderTests
{
    [Test]
    public void Read_SuppliedCapitalWithAid_GiverProvidesAidToRecipient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing supplied Kabul with humanitarian aid after the earthquake in Herat.");

        Assert.That(claims, Does.Contain("china PROVIDES_AID_TO afghanistan"));
    }

    // Written lines: traded goods in place of aid state trade between the supplier and the buyer.
    [TestCase("Iran has supplied Gwadar with electricity for two decades.", "gwadar TRADES_WITH iran")]
    [TestCase("Turkmenistan supplies natural gas to China through a pipeline across Uzbekistan and Kazakhstan.", "china TRADES_WITH turkmenistan")]
    [TestCase("Kazakhstan has agreed to supply Afghanistan with wheat.", "afghanistan TRADES_WITH kazakhstan")]
    [TestCase("Turkmenistan already sends about two-thirds of its gas exports to China.", "china TRADES_WITH turkmenistan")]
    [TestCase("Russia has been supplying gas to Uzbekistan and Kazakhstan through the same pipeline since 2023.", "kazakhstan TRADES_WITH russia")]
    public void Read_SuppliedGoods_SupplierTradesWithBuyer(string text, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(text);

        Assert.That(claims, Does.Contain(expected));
    }

    [Test]
    public void Read_SuppliedNoGoodsToPlace_NoTrade()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The company supplies engineers to the Karot project in Pakistan.");

        Assert.That(claims, Has.None.Contains("TRADES_WITH"));
    }

    [Test]
    public void Read_ProvidedWithWhatIsNoAid_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The attack provided Pakistan with a reason to close the border with Afghanistan.");

        Assert.That(claims, Has.None.Contains("PROVIDES_AID_TO"));
    }

    [Test]
    public void Read_ProvidedGroupWithMissiles_GiverProvidesAid()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Iran has provided the Houthis with missiles.");

        Assert.That(claims, Does.Contain("iran PROVIDES_AID_TO houthis"));
    }

    // Written lines: a verb of giving with the recipient and a sum "in" aid or loans; the noun decides the predicate.
    [TestCase("China has given Pakistan $4 billion in loans since 2019.", "china FUNDS pakistan")]
    [TestCase("Beijing offered Kabul US$31 million in emergency humanitarian aid.", "china PROVIDES_AID_TO afghanistan")]
    [TestCase("China promised Afghanistan 200 million yuan in humanitarian assistance.", "china PROVIDES_AID_TO afghanistan")]
    [TestCase("The United States provided Ukraine $1 billion worth of weapons.", "united-states PROVIDES_AID_TO ukraine")]
    public void Read_GaveRecipientSumInAidOrLoans_GiverStatesNounsPredicate(string text, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(text);

        Assert.That(claims, Does.Contain(expected));
    }

    [TestCase("China gave Pakistan two options in the talks.")]
    [TestCase("China gave Pakistan $4 billion in the first year of the corridor.")]
    public void Read_GaveRecipientNoSumInAid_NoClaim(string text)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(text);

        Assert.That(claims, Has.None.Contains("PROVIDES_AID_TO").And.None.Contains("FUNDS"));
    }

    // A written line: "worth" and a sum between a nominal trigger and its preposition.
    [Test]
    public void Read_LoansWorthSumToState_LenderFundsState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China has extended loans worth $5 billion to Pakistan.");

        Assert.That(claims, Does.Contain("china FUNDS pakistan"));
    }

    // Written wire-report line: provided with a loan is lending.
    [Test]
    public void Read_ProvidedWithSumLoan_GiverFundsRecipient()
    {
        Assert.That(ShippedClaims.Of("China provided Ghana with a $3 billion loan."), Does.Contain("china FUNDS ghana"));
    }

    // Wire report (the twenty-sixth development set): military aircraft supplied to a state are aid.
    [Test]
    public void Read_SuppliedWithHelicopters_GiverAidsRecipient()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Moscow supplied Dushanbe with helicopters and air-defence systems in 2024 and has pledged to help guard the Afghan border if asked.");

        Assert.That(claims, Does.Contain("russia PROVIDES_AID_TO tajikistan"));
    }

    // Written lines (no development sentence delivers weapons): a noun of aid after a verb of providing and before "to",
    // past a model's designation, gives aid to the recipient; a possessor before an actor noun receives it.
    [TestCase("China delivered 20 J-10C fighter jets to Pakistan last year.", "china PROVIDES_AID_TO pakistan")]
    [TestCase("The United States provided Pakistan with F-16 fighter jets.", "united-states PROVIDES_AID_TO pakistan")]
    [TestCase("Beijing has supplied drones and armoured vehicles to Tajikistan's border troops.", "china PROVIDES_AID_TO tajikistan")]
    public void Read_AidNounBeforeRecipient_ProvidesAid(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // A written line after the seed sentence "had supplied arms to the Taliban": arms to a party are SUPPORTS' own noun,
    // so no aid is read beside the backing.
    [Test]
    public void Read_ArmsToAParty_BackingNotAid()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China supplied arms to the Taliban.");

        Assert.That(claims, Does.Contain("china SUPPORTS taliban").And.No.Contain("china PROVIDES_AID_TO taliban"));
    }
}
