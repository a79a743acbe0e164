namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>Places stated side by side by a verb of separating, through the shipped pipeline on real sentences.</summary>
[TestFixture]
internal sealed class SeparatingPlaceReaderTests
{
    // Written dev h26/a1.md:12: an apposition closed by a relative; the corridor borders both states it separates, which
    // share no border themselves.
    [Test]
    public void Read_ApposedStripThatSeparates_CorridorBordersBoth()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Its 477-km frontier with China meets the Afghan border near the eastern end of the Wakhan Corridor, a narrow strip of Afghan territory that separates Tajikistan from Pakistan.");

        Assert.That(claims, Does.Contain("tajikistan BORDERS wakhan-corridor"));
        Assert.That(claims, Does.Contain("pakistan BORDERS wakhan-corridor"));
        Assert.That(claims, Does.Not.Contain("pakistan BORDERS tajikistan"));
    }

    // Written dev h45/a1.md:14: an apposition closed by a comma, directions between the places and a state's possessive
    // before the second.
    [Test]
    public void Read_ApposedSliverCommaSeparates_CorridorBordersBoth()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The Wakhan, a sliver of Badakhshan province about 350 km long, separates Tajikistan to the north from Pakistan's Gilgit-Baltistan region to the south and ends at Afghanistan's 92-km border with China.");

        Assert.That(claims, Does.Contain("tajikistan BORDERS wakhan-corridor"));
        Assert.That(claims, Does.Contain("gilgit-baltistan BORDERS wakhan-corridor"));
        Assert.That(claims, Does.Not.Contain("badakhshan BORDERS tajikistan"));
    }

    // Written dev h35/a3.md:24: a relative whose subject names rivers separating the place from another.
    [Test]
    public void Read_RelativeRiversSeparateFrom_Borders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Afghanistan, which the Panj and Amu Darya rivers separate from Tajikistan, was not invited to the Almaty meeting, although Tajik officials said they had raised the Qosh Tepa canal with Taliban representatives in Kabul this year.");

        Assert.That(claims, Does.Contain("afghanistan BORDERS tajikistan"));
    }

    // Written lines: a dispute is no place, "fact" and "fiction" are none, a state separating from another is intransitive,
    // and states that face pressure share no border.
    [TestCase("The dispute separated Pakistan from China for a decade.")]
    [TestCase("A good analyst in Kabul separates fact from fiction.")]
    [TestCase("Tajikistan separated from the Soviet Union in 1991.")]
    [TestCase("Pakistan and Afghanistan face pressure from China over the TTP.")]
    public void Read_NoSeparatingPlace_NoBorder(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contain("BORDERS"));
    }
}
