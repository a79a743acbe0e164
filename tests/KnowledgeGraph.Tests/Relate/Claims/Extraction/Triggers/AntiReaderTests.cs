namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>"anti-X" stance nouns read from the phrase's owner, through the shipped pipeline on seed and VOA sentences.</summary>
[TestFixture]
internal sealed class AntiReaderTests
{
    [Test]
    public void Read_ClauseSubjectPutsOutAntiPropaganda_SubjectCriticizesTarget()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("In Afghanistan, the Islamic State of Khorasan Province (ISKP) has put out far more anti-Chinese propaganda than any other organization.");

        Assert.That(claims, Does.Contain("iskp CRITICIZES china"));
    }

    [Test]
    public void Read_PossessorOfSubjectNoun_PossessorCriticizesTarget()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China has so far been spared any direct assault, but the ISKP’s publications are full of anti-Chinese narratives.");

        Assert.That(claims, Does.Contain("iskp CRITICIZES china"));
    }
}
