namespace KnowledgeGraph.Cli.Tests.Commands;

[TestFixture]
internal sealed class GazetteerCommandTests
{
    [Test]
    public void Check_ShippedGazetteer_IsValidAndLarge()
    {
        (int exit, string output, string error) = Kg.Run("gazetteer", "check");
        Assert.That(exit, Is.EqualTo(0), error);
        int entities = int.Parse(output.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(entities, Is.GreaterThan(1000));
    }

    [Test]
    public void Check_DuplicateAlias_PrintsEveryErrorWithPosition()
    {
        string dir = Kg.TempDir();
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.yaml"), "entities:\n  - {id: china, name: China, type: Country, demonyms: [Chinese]}\n  - {id: taiwan, name: Taiwan, type: Country, demonyms: [Chinese]}\n  - {id: x, name: '', type: Place}\n");
            (int exit, _, string error) = Kg.Run("gazetteer", "check", "--gazetteers", dir);
            Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(error, Does.Contain("a.yaml:3:58: error KG3003"));
            Assert.That(error, Does.Contain("a.yaml:4:").And.Contain("KG3005"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
