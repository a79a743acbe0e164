using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
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

    // seeds/003: "the first significant border security treaty between China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan".
    // Token 6 of the sentence is "Border" ("In", "1996", ",", "the", "first", "significant" before it); a token outside the
    // sentence equals nothing.
    [TestCase(6, new[] { "frontier", "BORDER" }, true)]
    [TestCase(6, new[] { "frontier", "treaty" }, false)]
    [TestCase(-1, new[] { "In" }, false)]
    [TestCase(99, new[] { "reached" }, false)]
    public void IsAny_TokenAgainstWordList_TrueWhenOneMatchesIgnoringCase(int index, string[] words, bool expected)
    {
        Document doc = ClaimTestDocuments.Build("In 1996, the first significant Border security treaty between China and Russia was reached.", null, "China=china", "Russia=russia");
        var view = new SentenceView();
        Assert.That(view.Load(doc.Paragraphs[0], 0), Is.True);

        Assert.That(view.IsAny(view.First + index, words), Is.EqualTo(expected));
    }
}
