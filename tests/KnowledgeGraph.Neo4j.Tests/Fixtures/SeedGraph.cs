using System.Text.RegularExpressions;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Neo4j.Tests.Fixtures;

/// <summary>
/// A small graph built from real lines of seeds/000_b1cf9653562b7715.txt (an article on China and the Taliban):
/// sentences located by their exact text in the line, mentions and co-mentions found by the entities' names and
/// aliases, and claims read off three sentences by hand. <see cref="AddSecondArticle"/> makes revision 2.
/// </summary>
internal static class SeedGraph
{
    public const string File = "seeds/000_b1cf9653562b7715.txt";
    public const string FirstArticle = "a-china-taliban";
    public const string SecondArticle = "a-china-pakistan";

    /// <summary>(id, name, type, subtype, aliases).</summary>
    public static readonly (string Id, string Name, string Type, string? Subtype, string[] Aliases)[] EntitySpecs =
    [
        ("china", "China", "Country", "state", ["Beijing", "Chinese"]),
        ("taliban", "Taliban", "Organisation", "militant_group", ["Islamic Emirate"]),
        ("afghanistan", "Afghanistan", "Country", "state", ["Afghan"]),
        ("pakistan", "Pakistan", "Country", "state", []),
        ("islamic-republic", "Islamic Republic of Afghanistan", "Organisation", "government", ["the Republic", "Republic government"]),
        ("cpec", "China-Pakistan Economic Corridor", "Project", "corridor", ["CPEC"]),
        ("etim", "East Turkestan Islamic Movement", "Organisation", "militant_group", ["ETIM"]),
        ("uyghurs", "Uyghurs", "Group", "ethnic_group", ["Uyghur"]),
        ("tianjin", "Tianjin", "Place", "city", []),
        ("abdul-ghani-baradar", "Abdul Ghani Baradar", "Person", "militant_leader", ["Mullah Baradar"]),
        ("wang-yi", "Wang Yi", "Person", "minister", []),
        ("xinjiang", "Xinjiang", "Place", "province", []),
    ];

    /// <summary>Sentences of the first article: (line, exact sentence text).</summary>
    public static readonly (int Line, string Text)[] FirstSentences =
    [
        (115, "The Taliban takeover of Kabul in August 2021 left China with a dilemma."),
        (115, "Not only did Beijing now share a border with a country ruled by a group considered a terrorist pariah by much of the world, but China was also the closest strategic ally of the Taliban’s\u00a0principal supporter in the international arena, Pakistan."),
        (123, "In security terms, China cooperated closely with the Republic on Uyghur militants Beijing saw gathering in Afghanistan."),
        (127, "By early 2021, the relationship had been built up again to the point that Saleh was attending events at the Chinese embassy and praising what China was doing in Xinjiang, while at the same time highlighting through social media the links between Uyghur militants and the Taliban (something the U.S. government had sought to break by delisting the East Turkestan Islamic Movement, ETIM, as a terrorist organization in November 2020)."),
        (131, "Beijing even hosted top Taliban figure Mullah Baradar and a delegation in Tianjin, where they met with Foreign Minister Wang Yi, in July 2021."),
    ];

    /// <summary>Sentences of the second article (revision 2).</summary>
    public static readonly (int Line, string Text)[] SecondSentences =
    [
        (145, "Afghans were often frustrated by the China-Pakistan EconomicCorridor (CPEC)."),
        (161, "Looking beyond the economy, however, China’s biggest concern about the relationship between Pakistan and Afghanistan is the growing militant nexus that sees China as an important adversary."),
    ];

    /// <summary>The graph at revision 1: one article, its sentences, entities, mentions, co-mentions and three claims.</summary>
    public static InMemoryGraphReader Build()
    {
        var reader = new InMemoryGraphReader { Revision = 1 };
        foreach ((string id, string name, string type, string? subtype, string[] aliases) in EntitySpecs)
        {
            reader.EntityRows.Add(new EntityRecord(id, name, type, subtype, aliases, false, 1.0, 0, 1));
        }

        AddArticle(reader, FirstArticle, "China's Taliban conundrum", "2022-07-20", FirstSentences, 1);
        SentenceRecord hosted = reader.SentenceRows.Single(s => s.Text.StartsWith("Beijing even hosted", StringComparison.Ordinal));
        SentenceRecord cooperated = reader.SentenceRows.Single(s => s.Text.StartsWith("In security terms", StringComparison.Ordinal));
        SentenceRecord supporter = reader.SentenceRows.Single(s => s.Text.StartsWith("Not only did", StringComparison.Ordinal));
        reader.ClaimRows.Add(Claim("china", "HOSTS", "verbal_cooperation", "taliban", "2021-07", hosted, "hosted", 1));
        reader.ClaimRows.Add(Claim("china", "COOPERATES_WITH", "material_cooperation", "islamic-republic", null, cooperated, "cooperated", 1));
        reader.ClaimRows.Add(Claim("pakistan", "SUPPORTS", "verbal_cooperation", "taliban", null, supporter, "supporter", 1));
        Recount(reader, 1);
        return reader;
    }

    /// <summary>Revision 2: a second article arrives and the SUPPORTS claim is withdrawn (a tombstone).</summary>
    public static void AddSecondArticle(InMemoryGraphReader reader)
    {
        reader.Revision = 2;
        AddArticle(reader, SecondArticle, "China and the Pakistan–Afghanistan nexus", "2022-09-01", SecondSentences, 2);
        ClaimRecord withdrawn = reader.ClaimRows.Single(c => c.Predicate == "SUPPORTS");
        reader.ClaimRows.Remove(withdrawn);
        reader.Tombstones.Add(new Tombstone("claim", withdrawn.Id, 2));
        Recount(reader, 2);
    }

    private static void AddArticle(InMemoryGraphReader reader, string id, string title, string date, (int Line, string Text)[] sentences, long revision)
    {
        string[] lines = System.IO.File.ReadAllLines(RepoPaths.Of(File));
        reader.ArticleRows.Add(new ArticleRecord(id, title, date, "The Diplomat", null, "Raffaello Pantucci",
            [$"{File}:{sentences[0].Line}"], $"hash-{id}", revision));
        foreach ((int line, string text) in sentences)
        {
            string paragraph = lines[line - 1];
            int start = paragraph.IndexOf(text, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException($"{File}:{line} does not contain the sentence '{text[..20]}…'");
            }

            string paragraphId = $"p{line}";
            reader.SentenceRows.Add(new SentenceRecord($"{paragraphId}:{start}", id, paragraphId, "body", File, line, start, start + text.Length, text, revision));
        }
    }

    private static ClaimRecord Claim(string subject, string predicate, string predicateClass, string obj, string? time, SentenceRecord sent, string trigger, long revision)
    {
        int start = sent.Start + sent.Text.IndexOf(trigger, StringComparison.Ordinal);
        var evidence = new ClaimEvidenceRecord(sent.Id, sent.ArticleId, sent.File, sent.Line, start, start + trigger.Length, trigger, 0.9);
        return new ClaimRecord($"{subject}-{predicate}-{obj}".ToLowerInvariant(), subject, predicate, predicateClass, obj,
            false, false, "Raffaello Pantucci", time, null, 0.9, [evidence], revision);
    }

    /// <summary>Recomputes mention counts and co-mentions from sentence text; rows that change get <paramref name="revision"/>.</summary>
    private static void Recount(InMemoryGraphReader reader, long revision)
    {
        var found = reader.SentenceRows.ToDictionary(s => s.Id, s => EntitySpecs.Where(e => Mentions(s.Text, e)).Select(e => e.Id).ToList());
        var mentions = reader.SentenceRows
            .SelectMany(s => found[s.Id].Select(e => (Entity: e, Article: s.ArticleId)))
            .GroupBy(x => x).Select(g => new MentionCountRecord(g.Key.Entity, g.Key.Article, g.Count(), revision));
        Replace(reader.MentionCountRows, mentions, m => $"{m.EntityId}|{m.ArticleId}", (a, b) => a.Count == b.Count);

        var pairs = reader.SentenceRows
            .SelectMany(s => found[s.Id].SelectMany(a => found[s.Id].Where(b => string.CompareOrdinal(a, b) < 0).Select(b => (A: a, B: b, Sent: s))))
            .GroupBy(x => (x.A, x.B))
            .Select(g => new CoMentionRecord(g.Key.A, g.Key.B, g.Count(), g.Select(x => x.Sent.ParagraphId).Distinct().Count(),
                g.Select(x => x.Sent.ArticleId).Distinct().Count(), "2022-07-20", "2022-07-20", Math.Round(g.Count() / 2.0, 3),
                g.Select(x => x.Sent.Id).ToList(), revision));
        Replace(reader.CoMentionRows, pairs, c => $"{c.A}|{c.B}", (a, b) => a.Sentences == b.Sentences);

        for (int i = 0; i < reader.EntityRows.Count; i++)
        {
            EntityRecord entity = reader.EntityRows[i];
            int total = reader.MentionCountRows.Where(m => m.EntityId == entity.Id).Sum(m => m.Count);
            if (total != entity.Mentions)
            {
                reader.EntityRows[i] = entity with { Mentions = total, Revision = revision };
            }
        }
    }

    private static void Replace<T>(List<T> rows, IEnumerable<T> fresh, Func<T, string> key, Func<T, T, bool> same)
    {
        var old = rows.ToDictionary(key);
        rows.Clear();
        foreach (T row in fresh)
        {
            rows.Add(old.TryGetValue(key(row), out T? before) && same(before, row) ? before : row);
        }
    }

    private static bool Mentions(string text, (string Id, string Name, string Type, string? Subtype, string[] Aliases) entity) =>
        new[] { entity.Name }.Concat(entity.Aliases).Any(form => Regex.IsMatch(text, $@"\b{Regex.Escape(form)}\b"));
}
