using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Tests.Resolve;

[TestFixture]
internal sealed class EntityTallyRowTests
{
    [Test]
    public void Name_SurnameMoreFrequentThanFullName_IsFullName()
    {
        var row = new EntityTallyRow(DiscoveredNames.Create("Scott Morris", EntityType.Person, 0.85f));
        row.Surfaces["Scott Morris"] = 1;
        row.Surfaces["Morris"] = 12;
        Assert.That(row.Name, Is.EqualTo("Scott Morris"));
    }

    [Test]
    public void Name_TwoSpellingsOfFullName_IsTheMoreFrequent()
    {
        var row = new EntityTallyRow(DiscoveredNames.Create("Abdul Karim Khurram", EntityType.Person, 0.85f));
        row.Surfaces["Abdul Karim Khurram"] = 1;
        row.Surfaces["Abdul-Karim Khurram"] = 3;
        row.Surfaces["Khurram"] = 9;
        Assert.That(row.Name, Is.EqualTo("Abdul-Karim Khurram"));
    }
}
