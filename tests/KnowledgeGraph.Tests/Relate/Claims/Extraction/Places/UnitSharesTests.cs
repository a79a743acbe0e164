namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>An armed organisation placed by the units it has or by a share of them, through the shipped pipeline on sentences of the written development sets.</summary>
[TestFixture]
internal sealed class UnitSharesTests
{
    // Written dev h71/a2.md:11: counted units held, placed by a share of them.
    [Test]
    public void AfterHeldUnits_CountedFightersMostOfThemIn_BasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The report, by the UN Security Council's Analytical Support and Sanctions Monitoring Team, estimated that Islamic State Khorasan Province (ISKP) has between 2,000 and 3,500 fighters, most of them in northern and eastern Afghanistan.");

        Assert.That(claims, Does.Contain("iskp BASED_IN afghanistan"));
    }

    // Written dev h26/a1.md:26: a share of the units placed after the place they are present in.
    [Test]
    public void SharePlace_SomeOfThemInAfterPresence_BasedInBoth()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing's worries centre on Uyghur militants of the Turkestan Islamic Party, which China calls the East Turkestan Islamic Movement and blames for deadly attacks on Chinese targets. A United Nations monitoring report last year said several hundred of the group's fighters were present in Afghanistan, some of them in Badakhshan, an assertion the Taliban have rejected.");

        Assert.That(claims, Does.Contain("turkestan-islamic-party BASED_IN afghanistan").And.Contain("turkestan-islamic-party BASED_IN badakhshan"));
    }

    // Written dev h45/a1.md:28: units believed to be in a place ("be" a presence verb), and a share of them.
    [Test]
    public void SharePlace_FightersBelievedToBeIn_BasedInBoth()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("A United Nations sanctions monitoring team said in a report this year that several hundred ETIM fighters were believed to be in Afghanistan, some of them in Badakhshan, and that the Taliban had moved others away from the Chinese border.");

        Assert.That(claims, Does.Contain("turkestan-islamic-party BASED_IN afghanistan").And.Contain("turkestan-islamic-party BASED_IN badakhshan"));
    }

    // Written dev h41/a3.md:34: "has fighters in" after a relative reported by a name.
    [Test]
    public void AfterHeldUnits_RelativeHasFightersIn_BasedInPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese officials have long pressed Islamabad to act against the East Turkestan Islamic Movement, a Uyghur militant group that Beijing says has fighters in Afghanistan and in Pakistan's former tribal areas, and to share intelligence on the TTP.");

        Assert.That(claims, Does.Contain("turkestan-islamic-party BASED_IN afghanistan"));
    }

    // Written dev h50/a2.md:16: victims counted with a share of them place no group; only an armed organisation's units do.
    [Test]
    public void SharePlace_VictimsMostOfThemIn_NoBase()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("But at least 21 Chinese nationals have been killed in Pakistan since 2021, most of them in attacks claimed by the Balochistan Liberation Army.");

        Assert.That(claims, Has.None.Match("BASED_IN"));
    }
}
