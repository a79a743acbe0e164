namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>Adjacency stated by border nouns without a preposition, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class BorderReaderTests
{
    [Test]
    public void Read_NamedNeighboursBeforeNoun_BordersEach()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The US has also leaned heavily into its security cooperation with Afghanistan’s Central Asian and South Asian neighbours.");

        Assert.That(claims, Does.Contain("afghanistan BORDERS central-asia").And.Contain("afghanistan BORDERS south-asia"));
    }

    [Test]
    public void Read_DashJoinedNamesBeforeBorder_Borders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Its proximity to the border with Kazakhstan and the ethnic and community links that spanned the Kazakh–Chinese border highlighted the risks of uncontrolled borders.");

        Assert.That(claims, Does.Contain("china BORDERS kazakhstan"));
    }

    [Test]
    public void Read_NeighboursUnnamed_NoBorders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Russia, though, is increasingly on the back foot among its neighbours, largely because of Ukraine.");

        Assert.That(claims, Has.None.Contains("BORDERS"));
    }

    [Test]
    public void Read_BorderClashesBetween_Borders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("There has also been little international condemnation or fallout from the instability seen earlier this year in Kazakhstan and Uzbekistan, the continuing crackdown in Tajikistan’s Gorno-Badakhshan region or violent border clashes between Kyrgyzstan and Tajikistan.");

        Assert.That(claims, Does.Contain("kyrgyzstan BORDERS tajikistan"));
    }

    // A seed sentence outside the annotated sets: the border a state shares with others is a border with each.
    [Test]
    public void Read_BorderStateSharesWith_BordersEach()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Always a contested space due to its remote and sparsely populated nature, the 3,000-km-long border China shares with the Central Asian states was of particular priority to Beijing as it defined a region, Xinjiang, with which it has a long and difficult history.");

        Assert.That(claims, Does.Contain("central-asia BORDERS china"));
    }

    // Development sentences (h30, h42): a place joined by "and" to an adjective of adjacency and a name borders it.
    [TestCase("A report by the UN Security Council's sanctions monitoring team last year said several hundred TIP fighters were based in Badakhshan and neighbouring Takhar, close to Afghanistan's narrow border with China at the end of the Wakhan Corridor.", "badakhshan BORDERS takhar")]
    [TestCase("Lithium-bearing rock from Nuristan and neighbouring Kunar has for years been smuggled into Pakistan, officials say.", "kunar BORDERS nuristan")]
    public void Read_PlaceAndNeighbouringPlace_Borders(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Development sentences (h35, h49, a seed): a state placed among another state's neighbours, as the subject of a
    // copula or as the one country after a fronted "Among …'s neighbors", borders it.
    [TestCase("Tajikistan has been the harshest critic of the Taliban among Afghanistan's neighbours, and Rahmon has refused to meet the group's leaders since it returned to power in 2021.", "afghanistan BORDERS tajikistan")]
    [TestCase("Tajikistan was long the most hostile of Afghanistan's northern neighbours towards the Taliban, and leaders of the anti-Taliban National Resistance Front lived in Dushanbe for years after 2021.", "afghanistan BORDERS tajikistan")]
    [TestCase("Among Afghanistan’s neighbors, none have engaged more visibly with the Taliban regime that took power a year ago than China.", "afghanistan BORDERS china")]
    public void Read_StatePlacedAmongNeighbours_Borders(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_NoStatePlacedAmongNeighbours_NoBorders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Taliban have also found themselves frustrated by the level of commitment from some of Afghanistan’s neighbours.");

        Assert.That(claims, Has.None.Contains("BORDERS"));
    }

    // Development paragraphs (h47, h35): "the two neighbours", resolved to two named states, border each other.
    [TestCase("Asked about the criticism, Chinese Foreign Ministry spokeswoman Mao Ning told a regular briefing in Beijing that media cooperation between China and Kazakhstan was \"normal and mutually beneficial\". She accused \"certain forces\" of trying to drive a wedge between the two neighbours.", "china BORDERS kazakhstan")]
    [TestCase("TASHKENT, October 14 (Reuters) - Uzbekistan and Afghanistan's Taliban administration agreed on Tuesday to set up a joint technical commission to measure how much water the Qosh Tepa canal draws from the Amu Darya, Uzbek officials said, the first formal mechanism between the two neighbours on a project that Tashkent has repeatedly criticised.", "afghanistan BORDERS uzbekistan")]
    public void Read_TheTwoNeighbours_BorderEachOther(string paragraph, string expected)
    {
        Assert.That(ShippedClaims.Of(paragraph), Does.Contain(expected));
    }
}
