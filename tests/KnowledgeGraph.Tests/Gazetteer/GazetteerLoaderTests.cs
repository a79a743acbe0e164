using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Gazetteer;

[TestFixture]
internal sealed class GazetteerLoaderTests
{
    private string dir = "";

    [SetUp]
    public void SetUp()
    {
        dir = Path.Combine(Path.GetTempPath(), "kg-gaz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(dir, recursive: true);

    private const string China = """
        entities:
          - id: china
            name: China
            type: Country
            aliases: [People's Republic of China]
            acronyms: [PRC]
            demonyms: [Chinese, Sino]
            capital: beijing
            metonyms: [Beijing]
          - id: beijing
            name: Beijing
            type: Place
            subtype: capital
            links: [{rel: capital_of, to: china}]
        """;

    [Test]
    public void Load_ValidFile_BuildsEntitiesAndForms()
    {
        File.WriteAllText(Path.Combine(dir, "countries.yaml"), China);
        KnowledgeGraph.Gazetteer.Gazetteer gazetteer = GazetteerLoader.Load(dir);
        Entity china = gazetteer.Entities["china"];
        Assert.Multiple(() =>
        {
            Assert.That(china.Type, Is.EqualTo(EntityType.Country));
            Assert.That(china.Demonyms, Is.EqualTo(new[] { "Chinese", "Sino" }));
            Assert.That(china.Capital, Is.EqualTo("beijing"));
            Assert.That(gazetteer.Forms.Where(f => f.Text == "Beijing").Select(f => (f.Entity.Id, f.Kind)),
                Is.EquivalentTo(new[] { ("china", SurfaceFormKind.Metonym), ("beijing", SurfaceFormKind.Name) }));
            Assert.That(gazetteer.Entities["beijing"].Links.Single(), Is.EqualTo(new EntityLink("capital_of", "china")));
        });
    }

    [Test]
    public void Load_SameFilesTwice_GivesSameFingerprint_AndEditChangesIt()
    {
        File.WriteAllText(Path.Combine(dir, "countries.yaml"), China);
        string first = GazetteerLoader.Load(dir).Fingerprint;
        Assert.That(GazetteerLoader.Load(dir).Fingerprint, Is.EqualTo(first));
        File.WriteAllText(Path.Combine(dir, "countries.yaml"), China.Replace("Sino]", "Sino, Sinitic]", StringComparison.Ordinal));
        Assert.That(GazetteerLoader.Load(dir).Fingerprint, Is.Not.EqualTo(first));
    }

    [TestCase("  - id: china\n    name: China again\n    type: Country\n", ErrorCodes.GazetteerDuplicateId, 15, 9)]
    [TestCase("  - id: taiwan\n    name: Taiwan\n    type: Country\n    demonyms: [Chinese]\n", ErrorCodes.GazetteerAliasConflict, 18, 16)]
    [TestCase("  - id: kabul\n    name: Kabul\n    type: City\n", ErrorCodes.GazetteerUnknownType, 17, 11)]
    [TestCase("  - id: kabul\n    name: ''\n    type: Place\n", ErrorCodes.GazetteerEmptyName, 16, 11)]
    [TestCase("  - id: kabul\n    name: Kabul\n    type: Place\n    alias: [Kabol]\n", ErrorCodes.GazetteerUnknownField, 18, 5)]
    [TestCase("  - id: kabul\n    name: Kabul\n    type: Place\n    links: [{rel: part_of, to: afghanistan}]\n", ErrorCodes.GazetteerUnknownReference, 18, 32)]
    [TestCase("  - id: Kabul\n    name: Kabul\n    type: Place\n", ErrorCodes.GazetteerBadValue, 15, 9)]
    public void Load_BrokenEntry_ReportsCodeAtFileLineColumn(string entry, string code, int line, int column)
    {
        File.WriteAllText(Path.Combine(dir, "countries.yaml"), China + "\n" + entry);
        var ex = Assert.Throws<GazetteerException>(() => GazetteerLoader.Load(dir))!;
        Diagnostic error = ex.Errors.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(error.File, Does.EndWith("countries.yaml"));
            Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), error.ToString());
        });
    }

    [Test]
    public void Load_SyntaxError_ReportsLineAndColumn()
    {
        File.WriteAllText(Path.Combine(dir, "bad.yaml"), "entities:\n  - id: china\n    name: [China\n");
        var ex = Assert.Throws<GazetteerException>(() => GazetteerLoader.Load(dir))!;
        Assert.That(ex.Errors[0].Code, Is.EqualTo(ErrorCodes.GazetteerSyntax));
        Assert.That(ex.Errors[0].Line, Is.GreaterThanOrEqualTo(3));
        Assert.That(ex.ToLine(), Does.StartWith("bad.yaml:").Or.Contain("bad.yaml:"));
    }

    // The Belt and Road entry of gazetteers/projects.yaml with its acronym list left open, then an entity linking to it.
    private const string BeltAndRoadUnclosed = """
        entities:
          - id: belt-and-road-initiative
            name: Belt and Road Initiative
            type: Project
            subtype: initiative
            acronyms: [BRI, OBOR
            notes: Xi Jinping's connectivity and investment vision, announced in Astana (September 2013).

          - id: silk-road-economic-belt
            name: Silk Road Economic Belt
            type: Project
            subtype: initiative
            acronyms: [SREB]
            links:
              - {rel: part_of, to: belt-and-road-initiative}
        """;

    [Test]
    public void TryLoad_UnclosedFlowList_OneErrorAtTheBracketAndTheRestOfTheFileLoads()
    {
        File.WriteAllText(Path.Combine(dir, "projects.yaml"), BeltAndRoadUnclosed);
        var errors = new List<Diagnostic>();

        KnowledgeGraph.Gazetteer.Gazetteer? gazetteer = GazetteerLoader.TryLoad(dir, errors);

        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            $"{Path.Combine(dir, "projects.yaml")}:6:15: error KG3001: this list '[' is not closed: add ']' after its last item",
        }));
        Assert.That(gazetteer!.Entities.Keys, Is.EqualTo(new[] { "silk-road-economic-belt" }), "the broken entry is left out, the next one read");
    }

    [TestCase("    name: \"Belt and Road Initiative\n", 3, "a quoted value is not closed")]
    [TestCase("   type: Project\n", 4, "wrong indentation")]
    [TestCase("    name: Belt: and Road\n", 3, "put the value in quotes")]
    public void TryLoad_SyntaxErrorInOneEntry_OneErrorNoFollowOnReferenceError(string brokenLine, int line, string message)
    {
        string[] lines = BeltAndRoadUnclosed.Replace("[BRI, OBOR", "[BRI, OBOR]", StringComparison.Ordinal).Split('\n');
        lines[line - 1] = brokenLine.TrimEnd('\n');
        File.WriteAllText(Path.Combine(dir, "projects.yaml"), string.Join('\n', lines));
        var errors = new List<Diagnostic>();

        GazetteerLoader.TryLoad(dir, errors);

        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", errors));
        Assert.That((errors[0].Code, errors[0].Line), Is.EqualTo((ErrorCodes.GazetteerSyntax, line)));
        Assert.That(errors[0].Message, Does.Contain(message));
    }

    [Test]
    public void TryLoad_FileOfAnotherLoader_NotParsedHere()
    {
        File.WriteAllText(Path.Combine(dir, "countries.yaml"), China);
        File.WriteAllText(Path.Combine(dir, "predicates.yaml"), "predicates:\n  - name: MEETS\n    verbs: [meet\n");
        var errors = new List<Diagnostic>();

        GazetteerLoader.TryLoad(dir, errors);

        Assert.That(errors, Is.Empty, "predicates.yaml's syntax is the lexicon loader's to report (KG3101), once");
    }

    [Test]
    public void Load_SharedAliasWithWhenRule_IsAllowed()
    {
        const string both = """
            entities:
              - id: afghanistan
                name: Afghanistan
                type: Country
              - id: kyrgyzstan
                name: Kyrgyzstan
                type: Country
              - id: afghan-republic
                name: Islamic Republic of Afghanistan
                type: Organisation
                aliases: [{text: the Republic, when: [afghanistan], case_sensitive: true}]
              - id: kyrgyz-government
                name: Government of Kyrgyzstan
                type: Organisation
                aliases: [{text: the Republic, when: [kyrgyzstan], case_sensitive: true}]
            """;
        File.WriteAllText(Path.Combine(dir, "g.yaml"), both);
        KnowledgeGraph.Gazetteer.Gazetteer gazetteer = GazetteerLoader.Load(dir);
        SurfaceForm republic = gazetteer.Forms.First(f => f.Text == "the Republic");
        Assert.That(republic.CaseSensitive, Is.True);
        Assert.That(republic.When, Is.EqualTo(new[] { "afghanistan" }));
    }

    [Test]
    public void Load_PersonWithoutShort_DerivesLastName_ButExplicitEmptyShortDerivesNothing()
    {
        File.WriteAllText(Path.Combine(dir, "p.yaml"), "entities:\n  - id: ashraf-ghani\n    name: Ashraf Ghani\n    type: Person\n  - id: xi-jinping\n    name: Xi Jinping\n    type: Person\n    short: [Xi]\n  - id: thomas-west\n    name: Thomas West\n    type: Person\n    short: []\n");
        KnowledgeGraph.Gazetteer.Gazetteer gazetteer = GazetteerLoader.Load(dir);
        var shorts = gazetteer.Forms.Where(f => f.Kind == SurfaceFormKind.Short).Select(f => (f.Text, f.Entity.Id));
        Assert.That(shorts, Is.EquivalentTo(new[] { ("Ghani", "ashraf-ghani"), ("Xi", "xi-jinping") }));
    }
}
