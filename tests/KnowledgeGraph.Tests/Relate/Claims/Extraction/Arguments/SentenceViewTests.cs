using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

[TestFixture]
internal sealed class SentenceViewTests
{
    // A headline of the re3d UK Government collection: the paragraph opens with a role title, so a multi-word title
    // ending at its first word ("Prime Minister") was looked for before the sentence's first token and threw.
    [Test]
    public void WordsMatch_TitleOpensParagraph_ReadsNoTokenBeforeTheSentence()
    {
        Document doc = null!;

        Assert.DoesNotThrow(() => doc = Docs.Process(ShippedPipeline.Value,
            "Minister for the Middle East, Tobias Ellwood, responds to the attack in the Karrada district of Baghdad"));

        Assert.That(Docs.Mentions(doc), Has.Some.StartsWith("Tobias Ellwood→"));
    }

    [Test]
    public void AfterMention_OwnAcronymInBrackets_CoordinationGoesOnAfterIt()
    {
        // seeds/000:264, outside the annotated set: "(EAEU)" stood between the first party and "and China".
        IReadOnlyList<string> claims = ShippedClaims.Of("The result of this belated push has been that China’s regional economic initiatives must work with the Russia-led economic bloc, leading to the cooperation agreement between the Eurasian Economic Union (EAEU) and China in 2018.");

        Assert.That(claims, Does.Contain("china SIGNS_AGREEMENT_WITH eaeu"));
    }
}
