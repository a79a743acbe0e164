namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A capital the sentence calls one is part of the state the gazetteer makes it the capital of, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class CapitalReaderTests
{
    // VOA dev (Kenya railway arrests), the seeds (000, annotated seed set) and the CIA World Factbook, Yemen (relation
    // training set): "the capital" after or before the name, with no state named, states the curated one.
    [TestCase("The arrests mark the first time Chinese officials have faced charges linked to the SGR, which has garnered controversy since the inaugural run between Nairobi, the capital, and Mombasa, a major coastal city, in mid 2017.", "nairobi PART_OF kenya")]
    [TestCase("At the same time, Wagner is celebrated in the streets of Bamako, the capital.", "bamako PART_OF mali")]
    [TestCase("The Houthis, perceiving their grievances were not addressed in the NDC, joined forces with SALIH and expanded their influence in northwestern Yemen, which culminated in a major offensive against military units and rival tribes and enabled their forces to overrun the capital, Sana'a, in 2014.", "sanaa PART_OF yemen")]
    public void Read_CapitalCalledCapital_PartOfItsState(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written lines: the state named in the phrase must be the curated one, and a capital of two states (Moscow: Russia
    // and the Soviet Union) is read only when the phrase names one.
    [TestCase("Protests erupted in Kabul, the capital of Afghanistan.", "kabul PART_OF afghanistan")]
    [TestCase("The talks were held in Moscow, the Russian capital.", "moscow PART_OF russia")]
    public void Read_CapitalOfNamedState_PartOfIt(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    [Test]
    public void Read_CapitalOfTwoStatesWithNoneNamed_NoClaim()
    {
        Assert.That(ShippedClaims.Of("The talks were held in Moscow, the capital."), Has.None.Contains("PART_OF"));
    }
}
