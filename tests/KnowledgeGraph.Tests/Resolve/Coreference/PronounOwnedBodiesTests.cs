using KnowledgeGraph.Tests.Relate.Claims.Extraction;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>A state's body written after a possessive pronoun coreference resolved to the state, through the shipped pipeline on dev lines.</summary>
[TestFixture]
internal sealed class PronounOwnedBodiesTests
{
    // Written dev h38/a2.md:21 and VOA dev 2018-03-14:25: "its" resolved to the state names the body after it, the
    // curated one ("Chinese navy") or a discovered "<Words> of <state>".
    [TestCase("Iran, which shares a 900-km border with Afghanistan, said its border guards had seized record quantities of Afghan methamphetamine this year.", "d:organisation:border-guards-of-iran PART_OF iran")]
    [TestCase("China's maritime presence, including its navy, is now arguably the world's strongest, David Lampton, the director of China Studies at Johns Hopkins' School of Advanced International Studies, said at a recent screening of the film in Washington.", "pla-navy PART_OF china")]
    public void Process_BodyAfterPronounOfState_IsTheStatesBody(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written dev h34/a2.md:8 and :24: "Foreign Ministry" is China's only in an article about China; after "its"
    // resolved to Kazakhstan it is Kazakhstan's own ministry, which the gazetteer lacks.
    [Test]
    public void Process_OtherStatesConditionalAliasAfterPronoun_IsTheStatesOwnBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "ASTANA, March 4 (Reuters) - Kazakhstan will accept a fully accredited ambassador from the Taliban administration in Kabul, its Foreign Ministry said on Wednesday, deepening ties with Afghanistan's rulers while stopping short of the formal recognition granted by Russia last year.",
            "China, Central Asia's largest trading partner, has watched the shift closely.");
        Assert.That(claims, Does.Contain("d:organisation:foreign-ministry-of-kazakhstan PART_OF kazakhstan"));
        Assert.That(claims, Does.Not.Contain("china-ministry-of-foreign-affairs PART_OF kazakhstan"));
    }
}
