namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class EvalPairsCommandTests
{
    // The shipped re3d collections (defence and security documents, never read to write rules): 676 annotated
    // relations between persons, organisations, places and nationalities; entity-pair recall measured 0.049 (33/676)
    // before the second round of claim rules, 0.052 (35/676) after the second and third, 0.050 (34/676) after the fourth,
    // 0.065 (44/676) once the gazetteer held the names of the Iraq and Syria wars, 0.102 (69/676) after the readings of
    // war and diplomatic reports. The floor sits under the measure.
    [Test]
    public void EvalPairs_ShippedSet_PrintsRecallAndMeetsFloor()
    {
        var (code, output, error) = Kg.Run("eval", "pairs", "--data", Path.Combine(Kg.Root, "tests/eval/re3d"),
            "--gazetteers", Path.Combine(Kg.Root, "gazetteers"), "--min-recall", "0.09");

        Assert.That(code, Is.EqualTo(0), error + output);
        Assert.That(output, Does.Contain("75 documents, 676 annotated relations").And.Contain("FightingAgainst").And.Match(@"\nall +676 +\d+ +\d+ +0\.\d{3} +0\.\d{3}"));
    }

    [Test]
    public void EvalPairs_FloorAboveMeasure_ExitsOne()
    {
        var (code, _, error) = Kg.Run("eval", "pairs", "--data", Path.Combine(Kg.Root, "tests/eval/re3d"),
            "--gazetteers", Path.Combine(Kg.Root, "gazetteers"), "--min-recall", "0.99");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain("below the floor"));
    }

    [Test]
    public void EvalPairs_FolderWithoutCollection_ExitsTwoNamingIt()
    {
        string empty = Directory.CreateTempSubdirectory("kg-pairs-").FullName;
        try
        {
            var (code, _, error) = Kg.Run("eval", "pairs", "--data", empty, "--gazetteers", Path.Combine(Kg.Root, "gazetteers"));

            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("KG5102").And.Contain(Path.GetFileName(empty)));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
