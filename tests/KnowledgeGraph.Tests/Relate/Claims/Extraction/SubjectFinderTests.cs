using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction;

/// <summary>Subjects the token rules find left of a verb, through the shipped pipeline on seed and VOA dev sentences.</summary>
[TestFixture]
internal sealed class SubjectFinderTests
{
    [Test]
    public void Find_VerbConjoinedByAnd_TakesTheEarlierVerbsSubject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Russia has sent delegations of officials to Kabul and hosted Taliban interim Minister of Industry and Commerce Nooruddin Azizi.");

        Assert.That(Claims(doc), Does.Contain("russia HOSTS nooruddin-azizi").And.Not.Contain("kabul HOSTS nooruddin-azizi"));
    }

    [Test]
    public void Find_NameAfterPluralNounAndLike_IsTheSubject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "And as long as countries like Zambia are willing to work with China, Sun said, U.S. grievances aren’t likely to sway Beijing’s decision-making.");

        Assert.That(Claims(doc), Does.Contain("china COOPERATES_WITH zambia"));
    }

    [Test]
    public void Find_NameInPrepositionalPhrase_IsNoSubject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "While the United States and its allies were present in Afghanistan bolstering the Republic government, a sea washed over Afghanistan that hid a number of issues.");

        Assert.That(Claims(doc), Has.None.StartsWith("afghanistan SUPPORTS"));
    }

    [Test]
    public void Find_ActorNounAfterDemonym_StandsForTheCountry()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "At the last FOCAC summit, in December 2015, China met with African heads of state and committed $60 billion in financing to the continent, triple the commitment from three years before.");

        Assert.That(Claims(doc), Does.Contain("africa MEETS china"));
    }

    [Test]
    public void Find_NameApposedToCommonNoun_IsTheSubject()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "\"And many of our people, the Ugandans, are trading with China.");

        Assert.That(Claims(doc), Does.Contain("china TRADES_WITH uganda"));
    }

    private static IEnumerable<string> Claims(Document doc) =>
        doc.Paragraphs.SelectMany(p => p.Claims).Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}");
}
