using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A state's or a person's possessed project, through the shipped pipeline on seed and VOA dev sentences.</summary>
[TestFixture]
internal sealed class PossessedProjectReaderTests
{
    [Test]
    public void Read_StatesPossessedInitiative_BuildsOrOperates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("This narrative has changed in recent years with the arrival of China’s BRI, which has increasingly subsumed and co-opted the SCO’s economic side.");

        Assert.That(claims, Does.Contain("china BUILDS_OR_OPERATES belt-and-road-initiative"));
    }

    // h35/a3.md: the possessive owns the noun before the preposition, not the project after it.
    [Test]
    public void Read_PrepositionBetweenPossessiveAndProject_NoBuilder()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "DUSHANBE, May 12 (Reuters) - Tajikistan has secured a $600 million loan from the Export-Import Bank of China to build a high-voltage line from the Rogun hydropower plant to the south of the country, the Tajik energy ministry said on Tuesday, the first Chinese state financing for the giant dam project on the Vakhsh River.",
            "China's support for Rogun reflects its commitment to \"common development\" with Central Asia, Chinese Foreign Ministry spokesperson Mao Ning told reporters in Beijing, adding that the loan came with no political conditions.");
        var claims = doc.Paragraphs[1].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Name}").ToList();

        Assert.That(claims, Does.Contain("china SUPPORTS Rogun hydropower plant").And.Not.Contain("china BUILDS_OR_OPERATES Rogun hydropower plant"));
    }

    [Test]
    public void Read_BuilderStatedInSentence_PossessorIsNoBuilder()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("One example is Kenya’s Standard Gauge Railway, a project financed, built and managed by China.");

        Assert.That(claims, Does.Contain("china BUILDS_OR_OPERATES d:project:standard-gauge-railway")
            .And.Not.Contain("kenya BUILDS_OR_OPERATES d:project:standard-gauge-railway"));
    }

    // h53/a1.md: a possessive pronoun resolved to the state owns the project as its possessive name would.
    [Test]
    public void Read_StatePronounBeforeProject_BuildsOrOperates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing has presented such projects as part of its Belt and Road Initiative, which Xi launched in a speech at Astana's Nazarbayev University in 2013.");

        Assert.That(claims, Does.Contain("china BUILDS_OR_OPERATES belt-and-road-initiative"));
    }

    // seeds/000:137
    [Test]
    public void Read_PossessedDescriptionWithProjectInApposition_PersonLeadsProject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Trade was underwhelming, and Beijing seemed unwilling to really find ways of tyingAfghanistan into Xi’s connectivity vision, the Belt and Road Initiative.");

        Assert.That(claims, Does.Contain("xi-jinping LEADS belt-and-road-initiative"));
    }

    // seeds/000:604 (a possessive pronoun and a colon)
    [Test]
    public void Read_PronounDescriptionWithProjectAfterColon_PersonLeadsProject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("This was something that was carried forward into Chinese President Xi Jinping’s time, when he decided in September 2013 to make Kazakhstan the site of his first speech laying out his big foreign-policy concept: the Belt and Road Initiative (BRI).");

        Assert.That(claims, Does.Contain("xi-jinping LEADS belt-and-road-initiative"));
    }

    // seeds/000:658 (a state's project stays the state's)
    [Test]
    public void Read_StatesProject_NoLeads()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Rather than simply piggyback on China’s Belt and Road Initiative vision, Tashkent has sought to instead cultivate a vision of connectivity between Central and South Asia, to both tap markets and seek escape from the region’s landlocked nature.");

        Assert.That(claims, Has.None.Match("LEADS belt-and-road-initiative"));
    }

    [Test]
    public void Read_StatesDescriptionInAppositionToProject_BuildsOrOperates()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Domestic debt remains high, and a new report by The New York Times suggests the Belt and Road Initiative, China’s sprawling international development project, is slowing down.");

        Assert.That(claims, Does.Contain("china BUILDS_OR_OPERATES belt-and-road-initiative"));
    }

    [Test]
    public void Read_FrontedProjectPhraseBeforeStatesCompanies_NoBuilder()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("As early movers in the region and supercharged under the broader Belt and Road vision, China’s tech giants have built a strong presence in Central Asia and are now increasingly engaging with the SCO, helping it to realise China’s longer-term economic ambitions.");

        Assert.That(claims, Has.None.Match("BUILDS_OR_OPERATES belt-and-road-initiative"));
    }

    // VOA dev 2018-08-08:25: a state's project the sentence says another built lies in the state.
    [Test]
    public void Read_StatesProjectBuiltByAnother_ProjectBasedInState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("One example is Kenya’s Standard Gauge Railway, a project financed, built and managed by China.");

        Assert.That(claims, Does.Contain("d:project:standard-gauge-railway BASED_IN kenya"));
    }

    // Written wire-report line: a state's possessive places a port (a site) in the state and says nothing of its builder.
    [Test]
    public void Read_StatesPossessedSite_BasedInNotBuilt()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Afghanistan has begun routing more of its imports through Iran's Chabahar port.");

        Assert.That(claims, Does.Contain("chabahar-port BASED_IN iran"));
        Assert.That(claims, Has.None.Contains("BUILDS_OR_OPERATES"));
    }

    // Written wire-report line: a person's political party, named right after the possessive, is led by the person.
    [Test]
    public void Read_PersonsPoliticalParty_PersonLeadsIt()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Imran Khan's Pakistan Tehreek-e-Insaf party won the most seats in the provincial assembly.");

        Assert.That(claims, Does.Contain("imran-khan LEADS pakistan-tehreek-e-insaf"));
    }
}
