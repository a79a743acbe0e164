using KnowledgeGraph.Query;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Fixtures;

namespace KnowledgeGraph.Tests.Query;

[TestFixture]
internal sealed class EvidenceRankerTests
{
    private const string File = SeedGraphFixture.SeedFile;

    // seeds/000…:756, second sentence: China and the Taliban far apart, with four other entities between them.
    private const string Airstrikes = "To some degree, China had previously been able to count on Washington acting as a backstop for problems in Afghanistan, with U.S. forces even launching airstrikes on the Taliban’s Uyghur allies as a common enemy.";

    // seeds/000…:139: the two named close together and nothing else.
    private const string Connection = "At the same time, they were willing to accept the fact that China maintained a connection to the Taliban, though frustrations did seep through.";

    [Test]
    public void Directness_TwoNamesCloseAndAlone_BeatsTwoNamesFarApartAmongOthers()
    {
        GraphSnapshot snapshot = Snapshot(out _);

        double direct = snapshot.Ranker.Directness("s139", "china", "taliban");
        double remote = snapshot.Ranker.Directness("s756", "china", "taliban");

        Assert.That(direct, Is.GreaterThan(remote));
        Assert.That(direct, Is.EqualTo(1 / (1 + (0.1 * 5))).Within(0.001), "five words between China and the Taliban, no other entity");
    }

    [Test]
    public void CoMentionEvidence_MostDirectFirst()
    {
        GraphSnapshot snapshot = Snapshot(out InMemoryGraphReader reader);

        IReadOnlyList<EvidenceSentence> ranked = snapshot.Ranker.CoMentionEvidence(reader.CoMentionRows.Single(), new HashSet<string>());

        Assert.That(ranked.Select(e => e.SentenceId), Is.EqualTo(new[] { "s139", "s756" }));
        Assert.That(ranked[0].Where, Is.EqualTo($"{File}:139"));
    }

    [Test]
    public void View_TimeStatedOnlyByAWeakerSentence_DateFromThatSentenceAndSaysSo()
    {
        GraphSnapshot snapshot = Snapshot(out InMemoryGraphReader reader, strongTime: null, weakTime: "2015");

        ClaimView view = snapshot.Ranker.View(reader.ClaimRows.Single());

        Assert.That(view.Evidence.Select(e => e.Sentence.SentenceId), Is.EqualTo(new[] { "s139", "s756" }), "by confidence");
        Assert.That((view.Date, view.DateSource, view.DateFrom), Is.EqualTo(("2015", "text", $"{File}:756")));
    }

    [Test]
    public void View_NoSentenceStatesATime_ArticleDateOfTheStrongestSentence()
    {
        GraphSnapshot snapshot = Snapshot(out InMemoryGraphReader reader, strongTime: null, weakTime: null);

        ClaimView view = snapshot.Ranker.View(reader.ClaimRows.Single());

        Assert.That((view.Date, view.DateSource), Is.EqualTo(("2022-12-20", "article")));
    }

    [Test]
    public void View_StrongestSentenceStatesATime_ItsOwnTime()
    {
        GraphSnapshot snapshot = Snapshot(out InMemoryGraphReader reader, strongTime: "2021-07", weakTime: "2015");

        ClaimView view = snapshot.Ranker.View(reader.ClaimRows.Single());

        Assert.That((view.Date, view.DateSource, view.DateFrom), Is.EqualTo(("2021-07", "text", $"{File}:139")));
        Assert.That(view.EvidenceCount, Is.EqualTo(2));
    }

    /// <summary>Two real sentences, their mentions found by name, one co-mention and one China–Taliban claim asserted by both.</summary>
    private static GraphSnapshot Snapshot(out InMemoryGraphReader reader, string? strongTime = null, string? weakTime = null)
    {
        (string Id, string Form)[] entities =
        [
            ("china", "China"), ("taliban", "Taliban"), ("united-states", "Washington"), ("united-states", "U.S."),
            ("afghanistan", "Afghanistan"), ("uyghurs", "Uyghur"),
        ];
        var sentences = new List<SentenceRecord>
        {
            new("s139", "a1", "p139", "body", File, 139, 0, Connection.Length, Connection, 1),
            new("s756", "a1", "p756", "body", File, 756, 0, Airstrikes.Length, Airstrikes, 1),
        };
        var mentions = sentences
            .SelectMany(s => entities.SelectMany(e => Occurrences(s.Text, e.Form).Select(at => new SentenceMentionRecord(s.Id, e.Id, at, at + e.Form.Length, "name"))))
            .ToList();
        var claim = new ClaimRecord(
            "c1", "china", "SUPPORTS", "verbal_cooperation", "taliban", false, false, null, strongTime ?? weakTime, null, 0.9,
            [
                new ClaimEvidenceRecord("s756", "a1", File, 756, 0, 10, "count on", 0.7, weakTime),
                new ClaimEvidenceRecord("s139", "a1", File, 139, 0, 10, "connection", 0.9, strongTime),
            ],
            1);
        reader = new InMemoryGraphReader
        {
            EntityRows = entities.Select(e => e.Id).Distinct().Select(id => new EntityRecord(id, id, "Country", null, [], false, 1, 1, 1)).ToList(),
            ArticleRows = [new ArticleRecord("a1", "Inheriting the Storm", "2022-12-20", "The Diplomat", null, null, [$"{File}:107"], "h", 1)],
            SentenceRows = sentences,
            SentenceMentionRows = mentions,
            CoMentionRows = [new CoMentionRecord("china", "taliban", 2, 2, 1, null, null, 0.1, ["s756", "s139"], 1)],
            ClaimRows = [claim],
        };
        return GraphSnapshot.Load(reader);
    }

    private static IEnumerable<int> Occurrences(string text, string form)
    {
        for (int at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
