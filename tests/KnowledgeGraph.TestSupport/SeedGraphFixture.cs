using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.TestSupport;

/// <summary>
/// A small graph store built from real seed paragraphs: Pantucci's Diplomat piece on China and the Taliban
/// (seeds/000…, lines 107–183) and part of his Central Asia outlook (lines 5–41), which forms a second component.
/// Sentences are split at ". " before a capital; an entity is mentioned where one of its names, aliases or forms
/// occurs as a whole word (longest match first); co-mentions count the sentences naming both entities, and a pair is
/// demonym-only when in every such sentence one side is named only by a demonym ("Chinese in Pakistan … TTP"); every
/// mention is kept with its offsets in its sentence (for evidence ranking).
/// Fixture score: sentences / sqrt(mentions(a) × mentions(b)), halved when demonym-only (as the store does).
/// Claims are hand-written against their trigger sentences.
/// </summary>
internal static class SeedGraphFixture
{
    public const string SeedFile = "seeds/000_b1cf9653562b7715.txt";

    private static readonly Lazy<InMemoryGraphReader> Shared = new(Build);

    /// <summary>The fixture store (built once; treat it as read-only).</summary>
    public static InMemoryGraphReader Reader => Shared.Value;

    public static IReadOnlyList<FixtureEntity> Entities { get; } =
    [
        new("china", "China", "Country", "state", ["People's Republic of China"], ["Beijing"], Demonyms: ["Chinese"]),
        new("taliban", "Taliban", "Organisation", "militant_group", ["Islamic Emirate of Afghanistan"], []),
        new("afghanistan", "Afghanistan", "Country", "state", [], [], Demonyms: ["Afghan"]),
        new("pakistan", "Pakistan", "Country", "state", [], ["Islamabad"], Demonyms: ["Pakistanis"]),
        new("islamic-republic-of-afghanistan", "Islamic Republic of Afghanistan", "Organisation", "government", ["the Republic", "Republic"], []),
        new("etim", "East Turkestan Islamic Movement", "Organisation", "militant_group", ["ETIM"], []),
        new("uyghur-militants", "Uyghur militants", "Group", "militant_network", [], []),
        new("uyghurs", "Uyghurs", "Group", "ethnic_group", [], []),
        new("abdul-ghani-baradar", "Abdul Ghani Baradar", "Person", "militant_leader", ["Mullah Baradar"], []),
        new("wang-yi", "Wang Yi", "Person", "minister", [], []),
        new("xi-jinping", "Xi Jinping", "Person", "head_of_state", [], []),
        new("ashraf-ghani", "Ashraf Ghani", "Person", "head_of_state", [], ["Ghani"]),
        new("amrullah-saleh", "Amrullah Saleh", "Person", "official", [], ["Saleh"]),
        new("kabul", "Kabul", "Place", "capital", [], []),
        new("tianjin", "Tianjin", "Place", "city", [], []),
        new("xinjiang", "Xinjiang", "Place", "region", [], []),
        new("united-states", "United States", "Country", "state", ["U.S."], []),
        new("cnpc", "China National Petroleum Corporation", "Organisation", "state_company", ["CNPC"], []),
        new("mcc", "Metallurgical Corporation of China", "Organisation", "state_company", ["Metallurgical Group Corp", "MCC"], []),
        new("mes-aynak", "Mes Aynak", "Project", "mine", [], []),
        new("amu-darya", "Amu Darya", "Place", "geographic", [], []),
        new("logar", "Logar", "Place", "province", [], []),
        new("ttp", "Tehrik-e-Taliban Pakistan", "Organisation", "militant_group", ["TTP", "Pakistani Taliban"], []),
        new("badakhshan", "Badakhshan Province", "Place", "province", ["Badakhshan"], []),
        new("gorno-badakhshan", "Gorno-Badakhshan", "Place", "region", ["Badakhshan", "GBAO"], []),
        new("central-asia", "Central Asia", "Place", "region", [], []),
        new("uzbekistan", "Uzbekistan", "Country", "state", [], []),
        new("kazakhstan", "Kazakhstan", "Country", "state", [], []),
        new("tajikistan", "Tajikistan", "Country", "state", [], []),
        new("kyrgyzstan", "Kyrgyzstan", "Country", "state", [], []),
        new("d:project:moscow-format", "Moscow format", "Project", "format", [], [], Discovered: true),
    ];

    public static IReadOnlyList<FixtureClaim> Claims { get; } =
    [
        new("china", "COOPERATES_WITH", "material_cooperation", "islamic-republic-of-afghanistan", 123, "cooperated closely"),
        new("china", "HOSTS", "verbal_cooperation", "abdul-ghani-baradar", 131, "hosted", Time: "2021-07"),
        new("abdul-ghani-baradar", "MEETS", "verbal_cooperation", "wang-yi", 131, "met with", Time: "2021-07"),
        new("china", "SUPPLIES_ARMS_TO", "material_cooperation", "taliban", 139, "supplied arms", Hedged: true, Source: "Reports", Confidence: 0.55),
        new("china", "DEMANDS", "verbal_conflict", "taliban", 171, "demanded", Time: null),
        new("china", "COOPERATES_WITH", "material_cooperation", "taliban", 171, "not been able to establish", Negated: true),
        new("cnpc", "ENGAGES_WITH", "verbal_cooperation", "taliban", 157, "re-engaged"),
        new("united-states", "DELISTS", "verbal_cooperation", "etim", 127, "delisting", Time: "2020-11"),
    ];

    /// <summary>(first line, last line, title line, date, outlet) of the fixture's articles.</summary>
    private static readonly (int First, int Last, int Title, string Date, string Outlet)[] ArticleSpans =
    [
        (3, 41, 5, "2023-01-02", "Nikkei Asia Review"),
        (107, 183, 109, "2022-12-20", "The Diplomat"),
    ];

    private static readonly int[] Lines = [13, 39, 41, 107, 115, 119, 123, 127, 131, 139, 143, 147, 157, 161, 171, 181];

    /// <summary>The text of a line (1-based) of the seed file.</summary>
    public static string SeedLine(int line) => SeedLines.Value[line - 1];

    private static readonly Lazy<string[]> SeedLines = new(() => File.ReadAllLines(RepoPaths.Of(SeedFile)));

    private static InMemoryGraphReader Build()
    {
        var articles = ArticleSpans.Select(a => new ArticleRecord(
            ContentHash.Of(SeedLine(a.Title)), SeedLine(a.Title), a.Date, a.Outlet, null, "Raffaello Pantucci",
            [$"{SeedFile}:{a.First}"], ContentHash.Of(SeedLine(a.Title)), 1)).ToList();
        var sentences = new List<SentenceRecord>();
        var mentionsBySentence = new List<(SentenceRecord Sentence, Dictionary<string, bool> Entities)>();
        var mentionCounts = new Dictionary<(string Entity, string Article), int>();
        var sentenceMentions = new List<SentenceMentionRecord>();
        foreach (int line in Lines)
        {
            string text = SeedLine(line);
            string paragraphId = ContentHash.Of(text);
            string articleId = articles[Array.FindIndex(ArticleSpans, a => line >= a.First && line <= a.Last)].Id;
            foreach ((int start, int end) in SplitSentences(text))
            {
                var sent = new SentenceRecord($"{paragraphId}:{start}", articleId, paragraphId, "body", SeedFile, line, start, end, text[start..end], 1);
                sentences.Add(sent);
                // Entity id → named only by demonyms in this sentence.
                var found = new Dictionary<string, bool>(StringComparer.Ordinal);
                foreach ((int mentionStart, int mentionEnd, string entityId, bool demonym) in MentionsIn(sent.Text))
                {
                    sentenceMentions.Add(new SentenceMentionRecord(sent.Id, entityId, mentionStart, mentionEnd, demonym ? "demonym" : "name"));
                    found[entityId] = found.GetValueOrDefault(entityId, true) && demonym;
                    mentionCounts[(entityId, articleId)] = mentionCounts.GetValueOrDefault((entityId, articleId)) + 1;
                }

                mentionsBySentence.Add((sent, found));
            }
        }

        var totals = mentionCounts.GroupBy(p => p.Key.Entity).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        return new InMemoryGraphReader
        {
            EntityRows = Entities.Select(e => new EntityRecord(
                e.Id, e.Name, e.Type, e.Subtype, e.Aliases, e.Discovered, e.Discovered ? 0.7 : 1.0, totals.GetValueOrDefault(e.Id), 1)).ToList(),
            ArticleRows = articles,
            SentenceRows = sentences,
            MentionCountRows = mentionCounts.Select(p => new MentionCountRecord(p.Key.Entity, p.Key.Article, p.Value, 1)).ToList(),
            CoMentionRows = CoMentions(mentionsBySentence, totals),
            ClaimRows = Claims.Select(c => ClaimOf(c, sentences)).ToList(),
            SentenceMentionRows = sentenceMentions,
        };
    }

    private static List<CoMentionRecord> CoMentions(List<(SentenceRecord Sentence, Dictionary<string, bool> Entities)> mentions, Dictionary<string, int> totals)
    {
        var pairs = new SortedDictionary<(string A, string B), List<(SentenceRecord Sentence, bool Demonym)>>();
        foreach ((SentenceRecord sent, Dictionary<string, bool> entities) in mentions)
        {
            string[] ids = entities.Keys.Order(StringComparer.Ordinal).ToArray();
            for (int i = 0; i < ids.Length; i++)
            {
                for (int j = i + 1; j < ids.Length; j++)
                {
                    if (!pairs.TryGetValue((ids[i], ids[j]), out List<(SentenceRecord, bool)>? list))
                    {
                        pairs[(ids[i], ids[j])] = list = [];
                    }

                    list.Add((sent, entities[ids[i]] || entities[ids[j]]));
                }
            }
        }

        return pairs.Select(p =>
        {
            var sentences = p.Value.Select(v => v.Sentence).ToList();
            bool demonymOnly = p.Value.All(v => v.Demonym);
            double score = sentences.Count / Math.Sqrt((double)totals[p.Key.A] * totals[p.Key.B]) * (demonymOnly ? 0.5 : 1.0);
            return new CoMentionRecord(
                p.Key.A, p.Key.B, sentences.Count, sentences.Select(s => s.ParagraphId).Distinct().Count(),
                sentences.Select(s => s.ArticleId).Distinct().Count(), sentences[0].Id, sentences[^1].Id,
                score, sentences.Select(s => s.Id).ToList(), 1) { DemonymOnly = demonymOnly };
        }).ToList();
    }

    private static ClaimRecord ClaimOf(FixtureClaim c, List<SentenceRecord> sentences)
    {
        SentenceRecord sent = sentences.First(s => s.Line == c.Line && s.Text.Contains(c.Trigger, StringComparison.Ordinal));
        int start = sent.Start + sent.Text.IndexOf(c.Trigger, StringComparison.Ordinal);
        string key = $"{c.Subject}|{c.Predicate}|{c.Object}|{(c.Negated ? "true" : "false")}";
        string id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
        var evidence = new ClaimEvidenceRecord(sent.Id, sent.ArticleId, sent.File, sent.Line, start, start + c.Trigger.Length, c.Trigger, c.Confidence, c.Time);
        return new ClaimRecord(id, c.Subject, c.Predicate, c.PredicateClass, c.Object, c.Negated, c.Hedged, c.Source, c.Time, null, c.Confidence, [evidence], 1);
    }

    /// <summary>Half-open sentence ranges: a sentence ends after ". " (or "? ", "! ") when a capital follows.</summary>
    private static IEnumerable<(int Start, int End)> SplitSentences(string text)
    {
        int start = 0;
        for (int i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == ' ' && text[i - 1] is '.' or '?' or '!' && char.IsUpper(text[i + 1]) && !text.AsSpan(start, i - start).EndsWith("U.S.", StringComparison.Ordinal))
            {
                yield return (start, i);
                start = i + 1;
            }
        }

        yield return (start, text.TrimEnd().Length);
    }

    private static IEnumerable<(int Start, int End, string Id, bool Demonym)> MentionsIn(string sentence)
    {
        var matches = new List<(int Start, int End, string Id, bool Demonym)>();
        foreach (FixtureEntity entity in Entities)
        {
            var forms = entity.Aliases.Concat(entity.Forms).Append(entity.Name).Select(f => (Form: f, Demonym: false))
                .Concat((entity.Demonyms ?? []).Select(f => (Form: f, Demonym: true)));
            foreach ((string form, bool demonym) in forms)
            {
                for (int at = sentence.IndexOf(form, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(form, at + 1, StringComparison.Ordinal))
                {
                    int end = at + form.Length;
                    if ((at == 0 || !char.IsLetterOrDigit(sentence[at - 1])) && (end == sentence.Length || !char.IsLetterOrDigit(sentence[end])))
                    {
                        matches.Add((at, end, entity.Id, demonym));
                    }
                }
            }
        }

        int covered = 0;
        foreach ((int start, int end, string id, bool demonym) in matches.OrderBy(m => m.Start).ThenByDescending(m => m.End - m.Start))
        {
            if (start >= covered)
            {
                covered = end;
                yield return (start, end, id, demonym);
            }
        }
    }
}
