using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Query;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Query;

[TestFixture]
internal sealed class EntityResolverTests
{
    [TestCase("China", "china")]
    [TestCase("  china ", "china")]
    [TestCase("PEOPLE'S REPUBLIC OF CHINA", "china")]
    [TestCase("mullah baradar", "abdul-ghani-baradar")]
    [TestCase("the Republic", "islamic-republic-of-afghanistan")]
    [TestCase("etim", "etim")]
    [TestCase("pakistani taliban", "ttp")]
    [TestCase("d:project:moscow-format", "d:project:moscow-format")]
    [TestCase("Badakhshan Province", "badakhshan")]
    public void Resolve_AnyNameAliasOrIdInAnyCase_FindsTheEntity(string name, string expectedId)
    {
        Assert.That(QueryFixture.Resolver.Resolve(name).Id, Is.EqualTo(expectedId));
    }

    [Test]
    public void Resolve_AliasOfTwoEntities_ThrowsAmbiguousListingBoth()
    {
        var ex = Assert.Throws<KgException>(() => QueryFixture.Resolver.Resolve("BADAKHSHAN"));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.EntityAmbiguous));
        Assert.That(ex.Message, Does.Contain("Badakhshan Province").And.Contain("Gorno-Badakhshan").And.Contain("id badakhshan"));
    }

    [TestCase("Xi", "xi-jinping")]
    [TestCase("xi", "xi-jinping")]
    [TestCase("Baradar", "abdul-ghani-baradar")]
    [TestCase("Saleh", "amrullah-saleh")]
    public void Resolve_ShortName_FindsThePersonBeforeAnySpellingSuggestion(string name, string expectedId)
    {
        Assert.That(QueryFixture.Resolver.Resolve(name).Id, Is.EqualTo(expectedId));
    }

    [Test]
    public void Resolve_ShortNameOfSeveralPersons_ThrowsAmbiguousListingThem()
    {
        EntityRecord peng = new("li-peng", "Li Peng", "Person", null, [], false, 1, 3, 1);
        EntityRecord keqiang = new("li-keqiang", "Li Keqiang", "Person", null, [], false, 1, 9, 1);
        var ex = Assert.Throws<KgException>(() => new EntityResolver([peng, keqiang]).Resolve("Li"));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.EntityAmbiguous));
        Assert.That(ex.Message, Does.Contain("Li Keqiang").And.Contain("Li Peng"));
    }

    [Test]
    public void Resolve_ShortNameOfCuratedAndDiscovered_CuratedWins()
    {
        EntityRecord curated = new("xi-jinping", "Xi Jinping", "Person", null, [], false, 1, 3, 1);
        EntityRecord discovered = new("d:person:xi-mingze", "Xi Mingze", "Person", null, [], true, 0.85, 9, 1);
        Assert.That(new EntityResolver([discovered, curated]).Resolve("Xi").Id, Is.EqualTo("xi-jinping"));
    }

    [TestCase("Talibn", "Taliban")]
    [TestCase("Pakistn", "Pakistan")]
    public void Resolve_UnknownName_ThrowsNotFoundWithSuggestion(string name, string suggestion)
    {
        var ex = Assert.Throws<KgException>(() => QueryFixture.Resolver.Resolve(name));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.EntityNotFound));
        Assert.That(ex.Message, Does.Contain($"'{suggestion}'"));
    }

    [Test]
    public void Resolve_NothingClose_ThrowsNotFoundWithoutSuggestion()
    {
        var ex = Assert.Throws<KgException>(() => QueryFixture.Resolver.Resolve("Zzyzx Qwertyuiop"));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.EntityNotFound));
        Assert.That(ex.Message, Does.Not.Contain("did you mean"));
    }

    [Test]
    public void Resolve_NameOfOneAliasOfAnother_CanonicalNameWins()
    {
        EntityRecord city = new("kabul", "Kabul", "Place", "capital", [], false, 1, 10, 1);
        EntityRecord government = new("islamic-republic-of-afghanistan", "Islamic Republic of Afghanistan", "Organisation", "government", ["Kabul"], false, 1, 5, 1);
        var resolver = new EntityResolver([government, city]);
        Assert.That(resolver.Resolve("kabul").Id, Is.EqualTo("kabul"));
    }
}
