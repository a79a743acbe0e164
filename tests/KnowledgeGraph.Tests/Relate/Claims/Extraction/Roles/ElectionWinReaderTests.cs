using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Relate.Claims.ClaimTestDocuments;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Roles;

/// <summary>Winning a state's presidential election, on sentences of the CIA World Factbook (the relation model's training text).</summary>
[TestFixture]
internal sealed class ElectionWinReaderTests
{
    [TestCase("Alpha Oumar Konare won Mali's first two democratic presidential elections in 1992 and 1997.", "Alpha Oumar Konare=alpha-oumar-konare", "Mali=mali", "alpha-oumar-konare LEADS mali")]
    [TestCase("Ibrahim Boubacar Keita won the Malian presidential elections in 2013 and 2018.", "Ibrahim Boubacar Keita=ibrahim-boubacar-keita", "Malian=mali:demonym", "ibrahim-boubacar-keita LEADS mali")]
    public void Read_WinnerOfAStatesPresidentialElection_LeadsTheState(string text, string winner, string state, string expected)
    {
        IReadOnlyList<Claim> claims = Extract(text, winner, state);

        Assert.That(Triples(claims), Is.EqualTo(new[] { expected }));
        Assert.That(claims[0].Trigger, Is.EqualTo("won"));
    }

    [Test]
    public void Read_ContestWithoutItsState_NoClaim()
    {
        // Liberia is named, but as the place of the civil wars, not of the runoff.
        IReadOnlyList<Claim> claims = Extract("In 2017, former soccer star George Weah won the presidential runoff election, marking the first successful transfer of power from one democratically elected government to another since the end of Liberia’s civil wars.",
            "George Weah=george-weah", "Liberia=liberia");

        Assert.That(Triples(claims), Is.Empty);
    }
}
