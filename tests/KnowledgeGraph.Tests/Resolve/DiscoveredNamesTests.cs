using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Tests.Resolve;

[TestFixture]
internal sealed class DiscoveredNamesTests
{
    [TestCase("Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan")]
    [TestCase("Jamaat Ansarullah", "Jamaat-Ansarullah")]
    [TestCase("Majeed Brigade", "majeed brigade")]
    [TestCase("Uyghur Human Rights Projects", "Uyghur Human Rights Project")]
    [TestCase("McKinsey and Company", "McKinsey & Company")]
    public void Id_SafeVariants_Merge(string a, string b)
    {
        Assert.That(DiscoveredNames.Id(a, EntityType.Organisation), Is.EqualTo(DiscoveredNames.Id(b, EntityType.Organisation)));
    }

    [TestCase("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Afghanistan")]
    [TestCase("Austria", "Australia")]
    [TestCase("Wang Yi", "Wang Yu")]
    public void Id_DifferentNames_NeverMerge(string a, string b)
    {
        Assert.That(DiscoveredNames.Id(a, EntityType.Organisation), Is.Not.EqualTo(DiscoveredNames.Id(b, EntityType.Organisation)));
    }

    [Test]
    public void Id_SameNameDifferentType_Differs()
    {
        Assert.That(DiscoveredNames.Id("Karakalpakstan", EntityType.Place), Is.Not.EqualTo(DiscoveredNames.Id("Karakalpakstan", EntityType.Event)));
    }

    [TestCase("Peter Fabricius", EntityType.Person, "d:person:peter-fabricius")]
    [TestCase("Scott Morris", EntityType.Person, "d:person:scott-morris")]
    [TestCase("Los Angeles", EntityType.Place, "d:place:los-angeles")]
    [TestCase("Department of Journalism and Media Studies", EntityType.Organisation, "d:organisation:department-of-journalism-media-study")]
    [TestCase("Wikinews", EntityType.Organisation, "d:organisation:wikinews")]
    [TestCase("Institute for Security Studies", EntityType.Organisation, "d:organisation:institute-for-security-study")]
    public void Id_FinalS_FoldedOnlyInNamesOfBodiesAndTheLike(string name, EntityType type, string id)
    {
        Assert.That(DiscoveredNames.Id(name, type), Is.EqualTo(id));
    }
}
