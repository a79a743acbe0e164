using KnowledgeGraph.Tests.Relate.Claims.Extraction;

namespace KnowledgeGraph.Tests.Relate.Claims.Dependency;

/// <summary>Verbs in relative clauses and reduced relatives whose antecedent is a name, read from the tree through the shipped pipeline.</summary>
[TestFixture]
internal sealed class RelativeAttachmentTests
{
    // h71/a3.md:11 (a development article): "which" right after the company's name and a comma; the company runs the port.
    [Test]
    public void HasNamedAntecedent_WhichAfterName_AntecedentIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("He said the cell had taken orders from ISKP handlers in Afghanistan's Kunar province and had been told to strike a convoy carrying staff of China Overseas Ports Holding Company, which operates the port of Gwadar.");

        Assert.That(claims, Does.Contain("china-overseas-ports-holding-company BUILDS_OR_OPERATES gwadar-port"));
    }

    // h34/a2.md:14 (a development article): the clause after a coordination of names opens after its last conjunct, and
    // every conjunct is the subject.
    [Test]
    public void HasNamedAntecedent_WhichAfterCoordinatedNames_EachConjunctIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The decision puts Kazakhstan alongside Uzbekistan and Turkmenistan, which already host Taliban-appointed envoys, and leaves Tajikistan as the only Central Asian state that still refuses to deal with the group at a political level.");

        Assert.That(claims, Does.Contain("uzbekistan HOSTS taliban"));
        Assert.That(claims, Does.Contain("turkmenistan HOSTS taliban"));
    }

    // h52/a1.md:24 (a development article): a description in apposition to a name, with the clause after its "of" phrase.
    [Test]
    public void HasNamedAntecedent_ThatAfterApposedDescription_DescribedNameIsSubject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Islamic State Khorasan Province, the regional branch of Islamic State that has attacked Taliban officials and Chinese nationals in Kabul, has not targeted the pipeline.");

        Assert.That(claims, Does.Contain("iskp ATTACKS taliban"));
        Assert.That(claims, Does.Contain("iskp ATTACKS china"));
    }

    // h72/a3.md:8 (a development article): a passive relative clause; its "by" agent builds the antecedent.
    [Test]
    public void HasNamedAntecedent_PassiveThatClause_AgentBuildsAntecedent()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("BISHKEK, April 23 (AP) - Kyrgyz President Sadyr Japarov on Thursday opened a new passenger terminal at Manas International Airport that was built by China Road and Bridge Corporation and financed with a $180 million loan from the Export-Import Bank of China.");

        Assert.That(claims, Has.Some.StartsWith("china-road-and-bridge-corporation BUILDS_OR_OPERATES"));
    }

    // Seeds line 210: the relative clause's place is a description ("the country") coreference resolves, which the tree's
    // relative reading does not take; only names the sentence writes are its arguments.
    [Test]
    public void HasNamedAntecedent_DescriptionAsArgument_NoClaim()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("And Beijing continues to be frustrated by the Taliban's failure to crack down on armed Uygur groups that are living in the country.");

        Assert.That(claims, Has.None.Contains("BASED_IN"));
    }
}
