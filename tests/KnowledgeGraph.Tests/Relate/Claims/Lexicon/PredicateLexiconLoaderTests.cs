using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Tests.Relate.Claims.Lexicon;

[TestFixture]
internal sealed class PredicateLexiconLoaderTests
{
    private const string Valid = """
        predicates:
          - name: HOSTS
            class: verbal_cooperation
            verbs: [host]

        """;

    [Test]
    public void Load_BundledLexicon_HasEveryRequiredPredicateAndNoErrors()
    {
        var bag = new DiagnosticBag();

        PredicateLexicon lexicon = PredicateLexiconLoader.Load(RepoPaths.Of("gazetteers/predicates.yaml"), bag);

        string[] required =
        [
            "MEETS", "VISITS", "HOSTS", "NEGOTIATES_WITH", "SIGNS_AGREEMENT_WITH", "COOPERATES_WITH", "SUPPORTS", "PROVIDES_AID_TO",
            "INVESTS_IN", "FUNDS", "BUILDS_OR_OPERATES", "TRADES_WITH", "CRITICIZES", "DEMANDS_FROM", "PRESSURES", "THREATENS", "ATTACKS",
            "KILLS", "DETAINS", "RELEASES", "SANCTIONS", "DESIGNATES_OR_DELISTS", "RECOGNIZES", "LEADS", "HOLDS_ROLE_IN", "MEMBER_OF",
            "PART_OF", "ALLIED_WITH", "HARBORS", "BASED_IN", "OPPOSES", "COMPETES_WITH", "BORDERS",
        ];
        Assert.That(lexicon.Predicates.Select(p => p.Name), Is.SupersetOf(required));
        Assert.That(bag.Items, Is.Empty);
        Assert.That(lexicon.Find("BORDERS")!.Symmetric, Is.True);
        Assert.That(lexicon.Find("HOLDS_ROLE_IN")!.SubjectTypes, Is.EqualTo(new[] { KnowledgeGraph.Model.EntityType.Person }));
        Assert.That(lexicon.Find("PART_OF")!.SubjectTypes, Is.Not.Empty.And.Not.Contain(KnowledgeGraph.Model.EntityType.Person));
    }

    [Test]
    public void Parse_Minimal_CompilesInflectedVerbForms()
    {
        PredicateLexicon lexicon = PredicateLexiconLoader.Parse(Valid, "p.yaml", new DiagnosticBag());

        Assert.That(lexicon.Triggers.Candidates("hosted"), Is.Not.Null);
        Assert.That(lexicon.Triggers.Candidates("HOSTING"), Is.Not.Null);
        Assert.That(lexicon.Triggers.Candidates("host-ed"), Is.Null);
    }

    [Test]
    public void Parse_DirectVerbs_InflectedAndTakeDirectObjects()
    {
        const string yaml = "predicates:\n  - name: COOPERATES_WITH\n    class: material_cooperation\n    verbs: [cooperate]\n    preps: [with]\n    direct: false\n    direct_verbs: [court]\n";
        PredicateLexicon lexicon = PredicateLexiconLoader.Parse(yaml, "p.yaml", new DiagnosticBag());

        Assert.That(lexicon.Triggers.Candidates("courting")!.Select(t => t.Value.TakesDirectObject), Is.EqualTo(new[] { true }));
        Assert.That(lexicon.Triggers.Candidates("cooperated")!.Select(t => t.Value.TakesDirectObject), Is.EqualTo(new[] { false }));
    }

    [TestCase("predicates:\n  - name: HOSTS\n    class: verbal_cooperation\n    verbs: [host]\n    colour: red\n", "KG3102", 5, 5, "unknown key `colour`")]
    [TestCase("predicates:\n  - name: HOSTS\n    class: friendly\n    verbs: [host]\n", "KG3102", 3, 12, "unknown class `friendly`")]
    [TestCase("predicates:\n  - name: HOSTS\n    class: verbal_cooperation\n", "KG3102", 2, 5, "has no triggers")]
    [TestCase("predicates:\n  - name: HOSTS\n    class: verbal_cooperation\n    verbs: [host]\n  - name: HOSTS\n    class: verbal_cooperation\n    verbs: [receive]\n", "KG3102", 5, 1, "duplicate predicate name `HOSTS`")]
    [TestCase("predicates:\n  - name: HOSTS\n    class: verbal_cooperation\n    verbs: [host\n", "KG3101", 0, 0, "not valid YAML")]
    [TestCase("predicates:\n  - name: HOSTS\n    class: verbal_cooperation\n    verbs: [host]\n    subject: [Nation]\n", "KG3102", 5, 15, "unknown entity type `Nation`")]
    [TestCase("predicates:\n  - name: SUPPORTS\n    class: verbal_cooperation\n    nouns: [support]\n", "KG3102", 4, 12, "needs its preposition")]
    [TestCase("predicates:\n  - name: HOSTS\n    class: verbal_cooperation\n    verbs: [host]\n  - name: WELCOMES\n    class: verbal_cooperation\n    verbs: [host]\n", "KG3102", 5, 1, "already a trigger of HOSTS")]
    [TestCase("entities:\n  - id: china\n", "KG3102", 1, 1, "unknown top-level key `entities`")]
    [TestCase("predicates:\n  - name: HOSTS\n    class: verbal_cooperation\n    verbs: [host]\nclaim_cues:\n  hedges: [reportedly]\n  colours: [red]\n", "KG3102", 7, 3, "unknown cue list `colours`")]
    public void Parse_Invalid_ReportsCodeLineAndColumnThenThrows(string yaml, string code, int line, int column, string message)
    {
        var bag = new DiagnosticBag();

        var ex = Assert.Throws<KgException>(() => PredicateLexiconLoader.Parse(yaml, "gazetteers/predicates.yaml", bag));

        Diagnostic first = bag.Items.First();
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Code, Is.EqualTo(code));
            Assert.That(first.Message, Does.Contain(message));
            Assert.That(first.File, Is.EqualTo("gazetteers/predicates.yaml"));
            if (line > 0)
            {
                Assert.That((first.Line, first.Column), Is.EqualTo((line, column)));
            }
            else
            {
                Assert.That(first.Line, Is.GreaterThan(0));
            }
        });
    }

    [Test]
    public void Load_MissingFile_ThrowsNotFound()
    {
        var ex = Assert.Throws<KgException>(() => PredicateLexiconLoader.Load(RepoPaths.Of("gazetteers/absent.yaml"), new DiagnosticBag()));

        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.GazetteerNotFound));
    }
}
