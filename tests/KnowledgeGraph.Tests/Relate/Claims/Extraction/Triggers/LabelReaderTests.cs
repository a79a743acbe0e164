using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>Describing a party as a threat or worse, through the shipped pipeline on VOA sentences.</summary>
[TestFixture]
internal sealed class LabelReaderTests
{
    [Test]
    public void Read_DescribedPossessorAsLabel_DescriberCriticizesPossessor()
    {
        IReadOnlyList<string> claims = Claims("At different points in prepared remarks delivered at the Heritage Foundation, Bolton characterized China’s presence in Africa as predatory, opportunistic and power-hungry.");

        Assert.That(claims, Does.Contain("john-bolton CRITICIZES china"));
    }

    [Test]
    public void Read_PassiveWithoutDescriber_NoClaim()
    {
        IReadOnlyList<string> claims = Claims("At different points in prepared remarks delivered at the Heritage Foundation, China’s presence in Africa was characterized as predatory, opportunistic and power-hungry.");

        Assert.That(claims, Has.None.Contains("CRITICIZES"));
    }

    [Test]
    public void Read_DescribedWithoutLabelWord_NoClaim()
    {
        IReadOnlyList<string> claims = Claims("At different points in prepared remarks delivered at the Heritage Foundation, Bolton characterized China’s presence in Africa as growing.");

        Assert.That(claims, Has.None.Contains("CRITICIZES"));
    }

    /// <summary>The claims of <paramref name="sentence"/> read after the article's sentence that names Bolton in full.</summary>
    private static IReadOnlyList<string> Claims(string sentence)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, Earlier, sentence);
        return [.. doc.Paragraphs[^1].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}")];
    }

    private const string Earlier = "When U.S. National Security Adviser John Bolton rolled out the United States’ new Africa strategy last week, he used the occasion to identify China as an imminent threat to both American and African interests.";

    // Written wire-report lines: dismissing or rejecting a party's words as baseless, and hitting back at a party, criticise it.
    [TestCase("The Taliban dismissed Pakistan's claims as baseless.", "taliban CRITICIZES pakistan")]
    [TestCase("Beijing hit back at Washington, calling the remarks irresponsible.", "china CRITICIZES united-states")]
    public void Read_DismissedAsBaselessOrHitBackAt_Criticizes(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written: describing a state as an ally states an alliance.
    [Test]
    public void Read_DescribedAsAlly_AlliedWith()
    {
        Assert.That(ShippedClaims.Of("Pakistani officials described China as an all-weather ally."), Does.Contain("china ALLIED_WITH pakistan"));
    }

    // Written: genocide is a label of criticism.
    [Test]
    public void Read_DescribedAsGenocide_Criticizes()
    {
        Assert.That(ShippedClaims.Of("U.S. officials described China's treatment of the Uyghurs as genocide."), Does.Contain("united-states CRITICIZES china"));
    }
}
