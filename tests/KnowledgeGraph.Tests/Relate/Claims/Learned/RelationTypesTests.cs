using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Learned;

namespace KnowledgeGraph.Tests.Relate.Claims.Learned;

[TestFixture]
internal sealed class RelationTypesTests
{
    [Test]
    public void Allowed_PersonThenCountry_LeadsOnlyWithThePersonAsSubject()
    {
        RelationLabels labels = RelationTestData.Labels;

        ReadOnlySpan<bool> allowed = RelationTestData.Types.Allowed(EntityType.Person, EntityType.Country);

        Assert.That(allowed[labels.Encode("LEADS", forward: true)], Is.True);
        Assert.That(allowed[labels.Encode("LEADS", forward: false)], Is.False);
        Assert.That(allowed[RelationLabels.None], Is.True);
    }

    [Test]
    public void Allowed_TwoCountries_NoKillingOfACountry()
    {
        RelationLabels labels = RelationTestData.Labels;

        ReadOnlySpan<bool> allowed = RelationTestData.Types.Allowed(EntityType.Country, EntityType.Country);

        Assert.That(allowed[labels.Encode("KILLS", forward: true)], Is.False);
        Assert.That(allowed[labels.Encode("ATTACKS", forward: true)], Is.True);
    }
}
