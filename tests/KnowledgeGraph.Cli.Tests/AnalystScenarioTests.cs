using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The rough edges an analyst hit, each run end to end over a store built from seeds/ (output captured as a pipe
/// sees it): the answers lead with their best evidence, rankings are chosen, bad values are one coded line.
/// </summary>
[TestFixture]
[NonParallelizable]
internal sealed partial class AnalystScenarioTests
{
    private string folder = "";
    private string store = "";

    [OneTimeSetUp]
    public void BuildSeeds()
    {
        folder = Kg.TempDir();
        store = Path.Combine(folder, "kg.db");
        (int exit, _, string error) = Kg.Run("build", "--store", store);
        Assert.That(exit, Is.Zero, error);
    }

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Links_ChinaTaliban_TheClaimComesWithItsSentenceBeforeTheCoMentions()
    {
        (int exit, string output, string error) = Kg.Run("query", "links", "China", "Taliban", "--store", store, "--limit", "1");

        Assert.That(exit, Is.Zero, error);
        string[] lines = output.Split('\n');
        int claim = Array.FindIndex(lines, l => l.Contains("China DEMANDS_FROM Taliban", StringComparison.Ordinal));
        int coMentions = Array.FindIndex(lines, l => l.Contains("co-mentioned in", StringComparison.Ordinal));
        Assert.That(claim, Is.GreaterThan(0), output);
        Assert.That(lines[claim + 1], Does.Match(@"^\s+seeds/000_b1cf9653562b7715\.txt:\d+  .*demanded that the Taliban"), "the claim's own sentence, file:line first");
        Assert.That(coMentions, Is.GreaterThan(claim), "claims before co-mentions");
        Assert.That(lines[coMentions + 1], Does.Not.Contain("airstrikes"), "a sentence naming the two far apart among four others does not lead");
    }

    [Test]
    public void Links_Piped_EveryEvidenceLineHoldsItsWholeSentence()
    {
        (_, string output, _) = Kg.Run("query", "links", "China", "Taliban", "--store", store, "--limit", "3", "--evidence", "5");

        string[] seedLines = File.ReadAllLines(Path.Combine(Kg.Root, "seeds", "000_b1cf9653562b7715.txt"));
        var evidence = EvidenceLine().Matches(output).Where(m => m.Groups["file"].Value == "seeds/000_b1cf9653562b7715.txt").ToList();
        Assert.That(evidence, Has.Count.GreaterThan(5));
        Assert.That(evidence, Has.All.Matches<Match>(m => seedLines[int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1].Contains(m.Groups["text"].Value.TrimEnd(), StringComparison.Ordinal)),
            "each sentence whole on its file:line's line");
    }

    [Test]
    public void Links_Json_CarriesEverySentenceAndTheTotals()
    {
        (int exit, string output, _) = Kg.Run("query", "links", "China", "Taliban", "--store", store, "--limit", "1", "--json");

        Assert.That(exit, Is.Zero);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement step = json.RootElement.GetProperty("paths")[0].GetProperty("steps")[0];
        int claimSentences = step.GetProperty("claims").EnumerateArray().Sum(c => c.GetProperty("evidence").GetArrayLength());
        Assert.That(step.GetProperty("evidenceCount").GetInt32(), Is.EqualTo(claimSentences + step.GetProperty("evidence").GetArrayLength()), "--json carries all, not the three shown");
        Assert.That(step.GetProperty("evidence").GetArrayLength(), Is.GreaterThan(3));
        JsonElement first = step.GetProperty("claims")[0].GetProperty("evidence")[0].GetProperty("sentence");
        Assert.That(first.GetProperty("directness").GetDouble(), Is.InRange(0.0, 1.0));
    }

    [Test]
    public void Neighbours_TalibanByCount_ChinaAndAfghanistanInTheTopFive()
    {
        (int exit, string output, string error) = Kg.Run("query", "neighbours", "Taliban", "--rank", "count", "--limit", "5", "--json", "--store", store);

        Assert.That(exit, Is.Zero, error);
        using JsonDocument json = JsonDocument.Parse(output);
        var top = json.RootElement.GetProperty("neighbours").EnumerateArray().Select(n => n.GetProperty("entity").GetProperty("id").GetString()).ToList();
        Assert.That(top, Has.Count.EqualTo(5).And.Contains("china").And.Contains("afghanistan"));
    }

    [Test]
    public void Neighbours_BadRank_ListsTheChoices()
    {
        (int exit, _, string error) = Kg.Run("query", "neighbours", "Taliban", "--rank", "popularity", "--store", store);

        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.StartWith("error KG9003: ").And.Contain("pmi").And.Contain("count").And.Contain("claims"));
    }

    [TestCase("--predicate", "MEET", "KG8008", "did you mean MEETS?")]
    [TestCase("--class", "bogus", "KG8009", "valid: verbal_cooperation, material_cooperation, verbal_conflict, material_conflict, structural")]
    public void Claims_UnknownPredicateOrClass_OneCodedLineListingTheValidOnes(string option, string value, string code, string hint)
    {
        (int exit, string output, string error) = Kg.Run("query", "claims", option, value, "--store", store);

        Assert.That(exit, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.StartWith($"error {code}: ").And.Contain(hint));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void Claims_EveryClaim_DateFromItsOwnSentencesAndTheSentenceCount()
    {
        // The seed graph holds more claims than the default page of 100: ask for all of them.
        (int exit, string output, _) = Kg.Run("query", "claims", "--store", store, "--json", "--limit", "10000");

        Assert.That(exit, Is.Zero);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("total").GetInt32(), Is.EqualTo(json.RootElement.GetProperty("claims").GetArrayLength()));
        foreach (JsonElement claim in json.RootElement.GetProperty("claims").EnumerateArray())
        {
            var evidence = claim.GetProperty("evidence").EnumerateArray().ToList();
            Assert.That(claim.GetProperty("evidenceCount").GetInt32(), Is.EqualTo(evidence.Count));
            if (claim.GetProperty("dateSource").GetString() == "text")
            {
                string from = claim.GetProperty("dateFrom").GetString()!;
                JsonElement stating = evidence.Single(e => e.GetProperty("sentence").GetProperty("where").GetString() == from);
                Assert.That(stating.GetProperty("time").GetString(), Is.EqualTo(claim.GetProperty("date").GetString()), "the date is stated by the sentence it names");
            }
        }
    }

    [Test]
    public void Entity_XiJinping_EachRoleOnce()
    {
        (int exit, string output, _) = Kg.Run("query", "entity", "Xi Jinping", "--store", store);

        Assert.That(exit, Is.Zero);
        Assert.That(Regex.Matches(output, "President of China").Count, Is.EqualTo(1), output);
        Assert.That(output, Does.Match(@"President of China \(\d+ sentences\)"));
    }

    [Test]
    public void EvalClaims_PredicateNeverPredicted_NoPrecisionOfOne()
    {
        (int exit, string output, string error) = Kg.Run("eval", "claims", "--gold-mentions");

        Assert.That(exit, Is.Zero, error);
        Assert.That(output.Split('\n'), Has.None.Match(@"^\S+\s+0\s+0\s+\d+\s+1\.000"), "nothing predicted: precision is '-', not 1.000");
        Assert.That(output.Split('\n'), Has.Some.Match(@"^\S+\s+0\s+0\s+[1-9]\d*\s+-\s"), output);
    }

    [GeneratedRegex(@"^\s+(?<file>seeds/[^:]+):(?<line>\d+)  (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex EvidenceLine();
}
