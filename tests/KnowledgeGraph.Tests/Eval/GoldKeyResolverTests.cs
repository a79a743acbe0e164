using KnowledgeGraph.Eval;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Eval;

[TestFixture]
internal sealed class GoldKeyResolverTests
{
    private static readonly Entity Kugelman = new() { Id = "michael-kugelman", Name = "Michael Kugelman", Type = EntityType.Person };

    private static readonly Entity Isaf = new()
    {
        Id = "isaf",
        Name = "International Security Assistance Force",
        Type = EntityType.Organisation,
        Aliases = [Alias.Plain("ISAF mission"), new Alias("the Force", true, ["afghanistan"])],
    };

    private static string Key(string name, EntityType type, params Entity[] curated)
    {
        var paragraph = new AnnotatedParagraph("voa/x.txt", 3, "text", [new GoldEntity(null, name, type)]);
        return GoldKeyResolver.Resolve([paragraph], curated)[0].Entities[0].Key;
    }

    [TestCase("Michael Kugelman", "michael-kugelman")]
    [TestCase("michael kugelman", "michael-kugelman")]
    public void Resolve_NameNowCurated_TakesCuratedId(string name, string expected) =>
        Assert.That(Key(name, EntityType.Person, Kugelman, Isaf), Is.EqualTo(expected));

    [Test]
    public void Resolve_PlainAlias_TakesCuratedId() =>
        Assert.That(Key("ISAF mission", EntityType.Organisation, Kugelman, Isaf), Is.EqualTo("isaf"));

    [Test]
    public void Resolve_AliasWithWhenRule_KeepsDiscoveredKey() =>
        Assert.That(Key("the Force", EntityType.Organisation, Isaf), Is.EqualTo("d:organisation:the-force"));

    [Test]
    public void Resolve_SameNameOtherType_KeepsDiscoveredKey() =>
        Assert.That(Key("Michael Kugelman", EntityType.Organisation, Kugelman), Is.EqualTo(DiscoveredNamesId("Michael Kugelman")));

    [Test]
    public void Resolve_NameTwoEntitiesShare_KeepsDiscoveredKey()
    {
        var other = new Entity { Id = "michael-kugelman-2", Name = "Michael Kugelman", Type = EntityType.Person };
        Assert.That(Key("Michael Kugelman", EntityType.Person, Kugelman, other), Is.EqualTo("d:person:michael-kugelman"));
    }

    [Test]
    public void Resolve_GoldWithId_IsUnchanged()
    {
        var paragraph = new AnnotatedParagraph("voa/x.txt", 3, "text", [new GoldEntity("china", "Michael Kugelman", EntityType.Person)]);
        Assert.That(GoldKeyResolver.Resolve([paragraph], [Kugelman])[0].Entities[0].Key, Is.EqualTo("china"));
    }

    private static string DiscoveredNamesId(string name) => KnowledgeGraph.Resolve.DiscoveredNames.Id(name, EntityType.Organisation);
}
