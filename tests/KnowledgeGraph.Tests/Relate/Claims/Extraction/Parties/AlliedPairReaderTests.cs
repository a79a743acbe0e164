namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>Two parties a description of two calls allies ("the two allies"), through the shipped pipeline.</summary>
[TestFixture]
internal sealed class AlliedPairReaderTests
{
    // Development text (h36): "the two allies" are Pakistan and China of the paragraphs before; the noun itself states
    // the alliance, whatever the clause says they do.
    [Test]
    public void Read_TwoAlliesBuildTogether_PairAllied()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Analysts say the air battle, one of the largest between jet fighters in decades, was the first real test of China's most advanced exported weapons against Western-made hardware. \"For Beijing, Pakistan is both its biggest customer and its shop window,\" said Ayesha Rind, a defence analyst at the Institute of Strategic Studies Islamabad, a think tank funded by Pakistan's foreign ministry.",
            "Pakistan bought 81% of its major weapons from China between 2020 and 2024, according to the Stockholm International Peace Research Institute (SIPRI), making Beijing by far its largest supplier. India, the world's second-largest arms importer, has been shifting its purchases away from Russia and towards France, Israel and the United States.",
            "The two allies already build the lighter JF-17 Thunder fighter together at the air force's Pakistan Aeronautical Complex in Kamra, northwest of Islamabad, in partnership with the state-owned Chengdu Aircraft Industry Group, a subsidiary of the Aviation Industry Corporation of China (AVIC).");

        Assert.That(claims, Does.Contain("china ALLIED_WITH pakistan"));
    }

    // Development text (h58): ties between two parties called allies are their alliance, not a cooperation read from
    // "ties between" (nor with "Chinese officials" of the next clause).
    [Test]
    public void Read_StrainedTiesBetweenTwoAllies_AlliedNotCooperating()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "The attack came a week after Pakistan's army chief, Field Marshal Asim Munir, visited Beijing and met Chinese Defence Minister Dong Jun, who pledged continued support for Pakistan's fight against terrorism.",
            "Attacks on Chinese nationals have strained ties between the two allies, and Chinese officials have privately complained that Pakistan's security forces cannot protect the roughly 20,000 Chinese citizens working in the country.");

        Assert.That(claims, Does.Contain("china ALLIED_WITH pakistan"));
        Assert.That(claims, Does.Not.Contain("china COOPERATES_WITH pakistan"));
    }
}
