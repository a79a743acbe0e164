using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Resolve;

/// <summary>Curated town names written as towns of another country, through the shipped pipeline on GUM and EWT lines.</summary>
[TestFixture]
internal sealed class ForeignPlaceNamesTests
{
    private static IReadOnlyList<string> Places(params string[] lines) =>
        [.. Docs.Process(ShippedPipeline.Value, lines).Paragraphs.SelectMany(p => p.Mentions.Where(m => m.Entity.Type is EntityType.Place or EntityType.Country)
            .Select(m => $"{p.Text[m.Start..m.End]}→{m.Entity.Id}"))];

    // GUM_voyage_isfahan: the article names Iran, so Iran's Julfa would otherwise be read.
    [Test]
    public void Process_TownOfAnotherCountry_IsAnotherPlace()
    {
        IReadOnlyList<string> places = Places("The city has an Armenian Quarter called Jolfa (originally called New Julfa) established by Shah Abbas I in the 1600s after he destroyed the prosperous Armenian town of Julfa in Armenia and forced all the inhabitants to move to Isfahan.",
            "Isfahan is a city in central Iran.");

        // "New Julfa", Isfahan's quarter, is left as it was; the town in Armenia is another place.
        Assert.That(places.Where(p => p.StartsWith("Julfa→", StringComparison.Ordinal)), Is.EqualTo(new[] { "Julfa→julfa-ir", "Julfa→d:place:julfa" }));
    }

    // GUM_interview_mckenzie: a profile line.
    [Test]
    public void Process_CapitalNameBeforeAnotherCountry_IsAnotherPlace()
    {
        Assert.That(Places("Preston, Victoria, Australia"), Does.Contain("Victoria→d:place:victoria"));
    }

    // English-EWT train (a review): London stands for no country here; Paris stays France's capital.
    [Test]
    public void Process_CapitalAfterComma_KeepsTheCuratedPlace()
    {
        IReadOnlyList<string> places = Places("We were introduced to Bistro Tallulah by traveler-professional diner who happens to own the Adelphi Hotel and travels the world-- and residing in Paris,London, New York the rest of the year.");

        Assert.That(places, Has.None.StartsWith("Paris→d:"));
    }

    // A written line: the comma closes an adverbial and the country opens a clause ("… in Beijing, Russia would …"), so
    // Beijing stays China's capital; a town written before a country and the sentence's end still is another place.
    [Test]
    public void Process_CountryOpeningClauseAfterComma_KeepsTheCuratedPlace()
    {
        IReadOnlyList<string> places = Places("Putin said that, after meeting Xi Jinping in Beijing, Russia would increase trade with China.");

        Assert.That(places, Does.Contain("Beijing→beijing"));
    }
}
