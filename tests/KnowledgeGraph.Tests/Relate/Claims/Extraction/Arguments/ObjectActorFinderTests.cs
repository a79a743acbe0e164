namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>
/// A demonym before a noun phrase whose head is an actor noun stands for its country as the object, also with lower-case
/// modifiers between the demonym and the noun, through the shipped pipeline.
/// </summary>
[TestFixture]
internal sealed class ObjectActorFinderTests
{
    // Written sets h30 a3:28 and h64 a2:28: "defence" and "independent power" qualify the actor noun; the demonym's
    // country is the party of the talks.
    [TestCase("Pakistan's army chief, Field Marshal Asim Munir, is due in Beijing next week for talks with Chinese defence officials, according to Inter-Services Public Relations, the military's media wing.", "asim-munir NEGOTIATES_WITH china")]
    [TestCase("The sale comes as Islamabad negotiates with Chinese independent power producers over roughly 500 billion rupees ($1.8 billion) in overdue payments, a dispute that has strained relations with some CPEC investors.", "china NEGOTIATES_WITH pakistan")]
    public void ActorAfterModifiers_DemonymBeforeModifiedActorNoun_CountryIsTheObject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }
}
