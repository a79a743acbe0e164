using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Subjects the token rules find left of a verb trigger, through the shipped pipeline on seed sentences.</summary>
[TestFixture]
internal sealed class SubjectFinderTests
{
    [Test]
    public void Find_PossessorOfControlNoun_IsSubject()
    {
        IReadOnlyList<string> claims = Claims("Few in the region will deny Russia’s importance, but many have become wary of Moscow in the aftermath of Mr Putin’s decision to invade Ukraine.");

        Assert.That(claims, Does.Contain("vladimir-putin ATTACKS ukraine"));
    }

    [Test]
    public void Find_PossessorOfFailureNoun_NegatedClaim()
    {
        IReadOnlyList<string> claims = Claims("Few in the region will deny Russia’s importance, but many have become wary of Moscow in the aftermath of Mr Putin’s failure to invade Ukraine.");

        Assert.That(claims, Does.Contain("vladimir-putin ATTACKS ukraine | negated"));
    }

    [Test]
    public void Find_SubjectOfVerbGoverningControlNoun_IsSubject()
    {
        IReadOnlyList<string> claims = Claims("In general, Beijing rarely wastes an opportunity to condemn the abrupt withdrawal of U.S. forces last year and contrast it with China’s own contributions.");

        Assert.That(claims, Does.Contain("china CRITICIZES united-states"));
    }

    [Test]
    public void Find_ControlNounAfterOtherVerb_NoSubject()
    {
        IReadOnlyList<string> claims = Claims("In general, Beijing rarely welcomes an opportunity to condemn the abrupt withdrawal of U.S. forces last year and contrast it with China’s own contributions.");

        Assert.That(claims, Has.None.Contains("CRITICIZES"));
    }

    private static IReadOnlyList<string> Claims(string sentence)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        return [.. doc.Paragraphs.SelectMany(p => p.Claims).Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}{(c.Negated ? " | negated" : "")}")];
    }
}
