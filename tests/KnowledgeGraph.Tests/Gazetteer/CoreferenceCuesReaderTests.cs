using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Gazetteer;

[TestFixture]
internal sealed class CoreferenceCuesReaderTests
{
    private static (KnowledgeGraph.Gazetteer.Gazetteer? Gazetteer, List<Diagnostic> Errors) Load(string yaml)
    {
        string dir = Path.Combine(Path.GetTempPath(), "kg-test-coref-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "coreference.yaml"), yaml);
            var errors = new List<Diagnostic>();
            return (GazetteerLoader.TryLoad(dir, errors), errors);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Load_ShippedCoreferenceFile_ReadsPronounsAndDescriptions()
    {
        KnowledgeGraph.Gazetteer.Gazetteer gazetteer = GazetteerLoader.Load(Path.Combine(Docs.RepoRoot(), "gazetteers"));

        CoreferenceCues cues = gazetteer.Coreference;
        Assert.That(cues.Pronouns.SelectMany(r => r.Words).Select(w => w[0]), Does.Contain("its").And.Contain("they").And.Contain("he"));
        CoreferenceRule two = cues.Descriptions.Single(r => r.Words.Any(w => string.Join(' ', w) == "two countries"));
        Assert.That((two.Count, two.RefersTo[0]), Is.EqualTo((2, new EntityConstraint(EntityType.Country, null))));
        Assert.That(cues.Expletive.Adjectives, Does.Contain("unclear"));
    }

    [Test]
    public void Load_StateOwnedDescription_IsSplitAsTheTokeniserSplitsHyphens()
    {
        (KnowledgeGraph.Gazetteer.Gazetteer? gazetteer, List<Diagnostic> errors) = Load("""
            coreference:
              descriptions:
                - words: [state-owned company]
                  refers_to: [Organisation:state_company]
            """);

        Assert.That(errors, Is.Empty);
        Assert.That(gazetteer!.Coreference.Descriptions[0].Words[0], Is.EqualTo(new[] { "state", "-", "owned", "company" }));
        Assert.That(gazetteer.Coreference.Descriptions[0].RefersTo[0], Is.EqualTo(new EntityConstraint(EntityType.Organisation, "state_company")));
    }

    [Test]
    public void Load_UnknownEntityType_ReportsFileLineAndColumn()
    {
        (_, List<Diagnostic> errors) = Load("""
            coreference:
              pronouns:
                - words: [it]
                  refers_to: [Country, Company]
            """);

        Diagnostic error = errors.Single();
        Assert.That((error.Code, error.Line, error.Column), Is.EqualTo((ErrorCodes.GazetteerUnknownType, 4, 28)));
        Assert.That(error.File, Does.EndWith("coreference.yaml"));
        Assert.That(error.Message, Does.Contain("`Company` is not an entity type"));
    }

    [TestCase("      count: 5\n", "`count` must be a number from 1 to 4")]
    [TestCase("      title: perhaps\n", "`title` must be true or false")]
    [TestCase("      gender: female\n", "unknown key `gender`")]
    [TestCase("      parts_of: [united-nations]\n", "`parts_of` needs `in_name: true`")]
    public void Load_BadEntryField_ReportsIt(string field, string message)
    {
        (_, List<Diagnostic> errors) = Load("coreference:\n  descriptions:\n    - words: [group]\n      refers_to: [Group]\n" + field);

        Assert.That(errors.Select(e => e.Message), Has.One.Contains(message));
    }

    [Test]
    public void Load_EntryWithoutWords_IsReportedAndLeftOut()
    {
        (KnowledgeGraph.Gazetteer.Gazetteer? gazetteer, List<Diagnostic> errors) = Load("coreference:\n  descriptions:\n    - refers_to: [Group]\n    - words: [group]\n      refers_to: [Group]\n");

        Assert.That(errors.Select(e => (e.Message, e.Line)), Is.EqualTo(new[] { ("`words` must list at least one word", 3) }));
        Assert.That(gazetteer!.Coreference.Descriptions, Has.Count.EqualTo(1));
    }

    [Test]
    public void Load_OwnedDescriptions_ReadsHeadsKindsAndOwningVerbs()
    {
        (KnowledgeGraph.Gazetteer.Gazetteer? gazetteer, List<Diagnostic> errors) = Load("""
            coreference:
              owned:
                - words: [base, military base]
                  refers_to: [Place:military_base]
              owning_verbs: [Open, build]
            """);

        Assert.That(errors, Is.Empty);
        CoreferenceRule owned = gazetteer!.Coreference.Owned.Single();
        Assert.That(owned.Words.Select(w => string.Join(' ', w)), Is.EqualTo(new[] { "base", "military base" }));
        Assert.That(owned.RefersTo.Single(), Is.EqualTo(new EntityConstraint(EntityType.Place, "military_base")));
        Assert.That(gazetteer.Coreference.OwningVerbs, Is.EquivalentTo(new[] { "open", "build" }));
    }

    [Test]
    public void Load_OwnedEntryWithUnknownType_ReportsFileLineAndColumn()
    {
        (_, List<Diagnostic> errors) = Load("""
            coreference:
              owned:
                - words: [base]
                  refers_to: [Facility]
            """);

        Diagnostic error = errors.Single();
        Assert.That((error.Code, error.Line, error.Column), Is.EqualTo((ErrorCodes.GazetteerUnknownType, 4, 19)));
        Assert.That(error.Message, Does.Contain("`Facility` is not an entity type"));
    }
}
