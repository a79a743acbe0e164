using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Relate.Claims.Eval.Pairs;

namespace KnowledgeGraph.Tests.Relate.Claims.Eval.Pairs;

[TestFixture]
internal sealed class Re3dLoaderTests
{
    private static string Shipped => Path.Combine(RepoPaths.Root, "tests", "eval", "re3d");

    [Test]
    public void Load_ShippedCollections_KeepsRelationsBetweenRelatedTypesWhoseSpansMatch()
    {
        PairSet set = Re3dLoader.Load(Shipped);

        Assert.That(set.Documents.Select(d => d.Collection).Distinct(), Is.EquivalentTo(new[] { "australia-dfat", "centcom", "uk-government", "us-state-department" }));
        Assert.That(set.Documents, Has.Count.EqualTo(75));
        Assert.That(set.Documents.Sum(d => d.Pairs.Count), Is.EqualTo(676));
        Assert.That(set.Documents.SelectMany(d => d.Pairs).Select(p => p.Type), Has.None.EqualTo("IsSynonymOf"));
        Assert.That(set.Documents.SelectMany(d => d.Pairs.Select(p => (d.Text, p))),
            Has.All.Matches<(string Text, GoldPair Pair)>(x => x.Text[x.Pair.SourceStart..x.Pair.SourceEnd] == x.Pair.Source && x.Text[x.Pair.TargetStart..x.Pair.TargetEnd] == x.Pair.Target));
    }

    [Test]
    public void Load_WeaponOrQuantityEnd_LeavesRelationOut()
    {
        // US State Department documents: "ISIL" InChargeOf "suicide attacks" (a Weapon) and "Syrians" HasAttrOf
        // "2 million" (a Quantity) are left out; Daesh FightingAgainst mourners (two Organisations) is kept.
        PairSet set = Re3dLoader.Load(Path.Combine(Shipped, "us-state-department"));

        IEnumerable<GoldPair> all = set.Documents.SelectMany(d => d.Pairs);
        Assert.That(all, Has.Some.Matches<GoldPair>(p => p.Source == "Daesh" && p.Target == "mourners" && p.Type == "FightingAgainst"));
        Assert.That(all, Has.None.Matches<GoldPair>(p => p.Target == "suicide attacks" || p.Target == "2 million"));
    }

    [Test]
    public void Load_BrokenLine_ThrowsKG5102NamingFileAndLine()
    {
        string folder = Directory.CreateTempSubdirectory("kg-re3d-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "documents.json"), "{ \"_id\" : \"d1\", \"text\" : \"China condemned the attack.\" }\n");
            File.WriteAllText(Path.Combine(folder, "entities.json"), "{ \"_id\" : \"e1\", \"documentId\" : \"d1\", \"begin\" : 0, \"end\" : 5, \"type\" : \"Location\" }\n{ \"_id\" : \"e2\", \"documentId\" : \"d1\", \"begin\" : oops }\n");
            File.WriteAllText(Path.Combine(folder, "relations.json"), "");

            var error = Assert.Throws<KgException>(() => Re3dLoader.Load(folder))!;

            Assert.That(error.Code, Is.EqualTo(ErrorCodes.PairEvalInvalid));
            Assert.That(error.File, Does.EndWith("entities.json"));
            Assert.That(error.Line, Is.EqualTo(2));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Load_RelationToUnknownDocument_ThrowsKG5102()
    {
        string folder = Directory.CreateTempSubdirectory("kg-re3d-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "documents.json"), "{ \"_id\" : \"d1\", \"text\" : \"China condemned the attack.\" }\n");
            File.WriteAllText(Path.Combine(folder, "entities.json"), "");
            File.WriteAllText(Path.Combine(folder, "relations.json"), "{ \"documentId\" : \"d2\", \"type\" : \"Dislikes\", \"sourceBegin\" : 0, \"sourceEnd\" : 5, \"source\" : \"China\", \"targetBegin\" : 20, \"targetEnd\" : 26, \"target\" : \"attack\" }\n");

            var error = Assert.Throws<KgException>(() => Re3dLoader.Load(folder))!;

            Assert.That(error.Code, Is.EqualTo(ErrorCodes.PairEvalInvalid));
            Assert.That(error.Message, Does.Contain("d2"));
            Assert.That(error.Line, Is.EqualTo(1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
