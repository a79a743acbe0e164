namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A place on a state's border, through the shipped pipeline on real sentences.</summary>
[TestFixture]
internal sealed class BorderSidePlaceReaderTests
{
    // Written dev h51/a3.md:35: an apposition of lower-case words before "on the border with" and the state.
    [Test]
    public void Read_ApposedProvinceOnBorderWithState_Borders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Nuristan, a mountainous province on the border with Pakistan, has a long history of resisting outside control.");

        Assert.That(claims, Does.Contain("nuristan BORDERS pakistan"));
    }

    // Written dev h45/a2.md:8: the demonym names the state whose border it is.
    [Test]
    public void Read_PassOnDemonymBorder_Borders()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("DUSHANBE, March 17 (Reuters) - China will lend Tajikistan $480 million to rebuild the mountain highway that links the town of Khorog with the Kulma Pass on the Chinese border, the two governments said on Tuesday, extending Beijing's reach into the remote Gorno-Badakhshan region that borders Afghanistan.");

        Assert.That(claims, Has.Some.Match("^(kulma-pass BORDERS china|china BORDERS kulma-pass)$"));
        Assert.That(claims, Has.None.Match("khorog BORDERS"));
    }

    // Written dev h37/a3.md:17: the gazetteer puts the port in the demonym's state, so the state after "with" is the neighbour.
    [Test]
    public void Read_PortOnDemonymBorderWithState_PartOfOneBordersOther()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Kazakhstan, meanwhile, said on Tuesday that a train carrying 3,000 tonnes of wheat flour had crossed into Afghanistan at Hairatan, the river port on the Afghan border with Uzbekistan.");

        Assert.That(claims, Does.Contain("hairatan PART_OF afghanistan").And.Contain("hairatan BORDERS uzbekistan"));
        Assert.That(claims, Has.None.Match("hairatan BORDERS afghanistan"));
    }

    // Written dev h40/a1.md:24: a town the gazetteer puts in the demonym's state lies in it, and a city after "with" is no neighbour.
    [Test]
    public void Read_TownOnOwnStatesBorder_PartOfState()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Uzbek President Shavkat Mirziyoyev used his speech to lobby for the Trans-Afghan Railway, a planned line linking Termez on the Uzbek border with Peshawar in Pakistan via Kabul, and asked Beijing to help finance it.");

        Assert.That(claims, Does.Contain("termez PART_OF uzbekistan"));
        Assert.That(claims, Has.None.Match("termez BORDERS"));
    }
}
