using KnowledgeGraph.Export;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Neo4j.Export;

/// <summary>
/// `kg export --format neo4j-admin`: node and relationship CSVs with typed headers for
/// `neo4j-admin database import full`, plus import.sh with the exact command. Same model as `kg load`.
/// </summary>
internal sealed class Neo4jAdminExporter : IGraphExporter
{
    /// <inheritdoc />
    public string Format => "neo4j-admin";

    /// <inheritdoc />
    public IReadOnlyList<string> Export(IGraphReader reader, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Directory.CreateDirectory(outDirectory);
        string F(string name) => Path.Combine(outDirectory, name);
        var files = new List<string>();
        var mentions = new HashSet<(string, string)>();

        using (var csv = new CsvFile(F("entities.csv"), "id:ID(Entity)", "name", "type", "subtype", "aliases:string[]", "aliases_text", "discovered:boolean", "confidence:double", "mentions:long", "revision:long", ":LABEL"))
        {
            foreach (EntityRecord e in reader.Entities().Where(e => GraphVocabulary.IsEntityTypeLabel(e.Type)))
            {
                csv.Row(e.Id, e.Name, e.Type, e.Subtype, e.Aliases, string.Join(" | ", e.Aliases), e.Discovered, e.Confidence, e.Mentions, e.Revision, $"Entity;{e.Type}");
            }

            files.Add(csv.Path);
        }

        using (var csv = new CsvFile(F("articles.csv"), "id:ID(Article)", "title", "date", "outlet", "url", "author", "locations:string[]", "content_hash", "revision:long", ":LABEL"))
        {
            foreach (ArticleRecord a in reader.Articles())
            {
                csv.Row(a.Id, a.Title, a.Date, a.Outlet, a.Url, a.Author, a.Locations, a.ContentHash, a.Revision, "Article");
            }

            files.Add(csv.Path);
        }

        using (var csv = new CsvFile(F("sentences.csv"), "id:ID(Sentence)", "text", "article", "paragraph", "role", "file", "line:int", "start:int", "end:int", "revision:long", ":LABEL"))
        using (var inArticle = new CsvFile(F("rel-in.csv"), ":START_ID(Sentence)", ":END_ID(Article)", ":TYPE"))
        {
            foreach (SentenceRecord s in reader.Sentences())
            {
                csv.Row(s.Id, s.Text, s.ArticleId, s.ParagraphId, s.Role, s.File, s.Line, s.Start, s.End, s.Revision, "Sentence");
                inArticle.Row(s.Id, s.ArticleId, "IN");
            }

            files.Add(csv.Path);
            files.Add(inArticle.Path);
        }

        using (var csv = new CsvFile(F("rel-mentioned-in.csv"), ":START_ID(Entity)", ":END_ID(Article)", "count:int", "revision:long", ":TYPE"))
        {
            foreach (MentionCountRecord m in reader.MentionCounts())
            {
                csv.Row(m.EntityId, m.ArticleId, m.Count, m.Revision, "MENTIONED_IN");
            }

            files.Add(csv.Path);
        }

        using (var csv = new CsvFile(F("rel-co-mentioned.csv"), ":START_ID(Entity)", ":END_ID(Entity)", "sentences:int", "paragraphs:int", "articles:int", "score:double", "first", "last", "evidence:string[]", "revision:long", ":TYPE"))
        {
            foreach (CoMentionRecord c in reader.CoMentions())
            {
                csv.Row(c.A, c.B, c.Sentences, c.Paragraphs, c.Articles, c.Score, c.First, c.Last, c.EvidenceSentenceIds, c.Revision, "CO_MENTIONED");
                foreach (string id in c.EvidenceSentenceIds)
                {
                    mentions.Add((id, c.A));
                    mentions.Add((id, c.B));
                }
            }

            files.Add(csv.Path);
        }

        files.AddRange(WriteClaims(reader, F, mentions));
        using (var csv = new CsvFile(F("rel-mentions.csv"), ":START_ID(Sentence)", ":END_ID(Entity)", ":TYPE"))
        {
            foreach ((string sentence, string entity) in mentions.Order())
            {
                csv.Row(sentence, entity, "MENTIONS");
            }

            files.Add(csv.Path);
        }

        files.Add(WriteScript(F("import.sh"), files.Select(Path.GetFileName).ToList()!));
        return files;
    }

    private static IEnumerable<string> WriteClaims(IGraphReader reader, Func<string, string> f, HashSet<(string, string)> mentions)
    {
        using var claims = new CsvFile(f("claims.csv"), "id:ID(Claim)", "predicate", "class", "negated:boolean", "hedged:boolean", "source", "time", "qualifier", "confidence:double", "evidence:string[]", "revision:long", ":LABEL");
        using var ends = new CsvFile(f("rel-claim-ends.csv"), ":START_ID(Claim)", ":END_ID(Entity)", ":TYPE");
        using var evidence = new CsvFile(f("rel-evidence-for.csv"), ":START_ID(Sentence)", ":END_ID(Claim)", "start:int", "end:int", "trigger", "confidence:double", ":TYPE");
        using var edges = new CsvFile(f("rel-claim-edges.csv"), ":START_ID(Entity)", ":END_ID(Entity)", "claim_id", "negated:boolean", "hedged:boolean", "source", "time", "confidence:double", "evidence:string[]", "revision:long", ":TYPE");
        foreach (ClaimRecord c in reader.Claims())
        {
            var ids = c.Evidence.Select(e => e.SentenceId).ToList();
            claims.Row(c.Id, c.Predicate, c.PredicateClass, c.Negated, c.Hedged, c.Source, c.Time, c.Qualifier, c.Confidence, ids, c.Revision, "Claim");
            ends.Row(c.Id, c.Subject, "SUBJECT");
            ends.Row(c.Id, c.Object, "OBJECT");
            foreach (ClaimEvidenceRecord e in c.Evidence)
            {
                evidence.Row(e.SentenceId, c.Id, e.Start, e.End, e.Trigger, e.Confidence, "EVIDENCE_FOR");
                mentions.Add((e.SentenceId, c.Subject));
                mentions.Add((e.SentenceId, c.Object));
            }

            // The relationship type comes from the whitelist only; other predicates keep just their (:Claim) node.
            if (GraphVocabulary.IsClaimPredicate(c.Predicate))
            {
                edges.Row(c.Subject, c.Object, c.Id, c.Negated, c.Hedged, c.Source, c.Time, c.Confidence, ids, c.Revision, c.Predicate);
            }
        }

        return [claims.Path, ends.Path, evidence.Path, edges.Path];
    }

    private static string WriteScript(string path, IReadOnlyList<string> files)
    {
        var args = files.Select(f => f.StartsWith("rel-", StringComparison.Ordinal) ? $"  --relationships=\"$DIR/{f}\" \\" : $"  --nodes=\"$DIR/{f}\" \\");
        File.WriteAllText(path, string.Join('\n',
        [
            "#!/usr/bin/env sh",
            "# Imports these CSVs into an EMPTY database (stop Neo4j first; `--overwrite-destination` replaces it).",
            "# Then start Neo4j and run cypher/schema.cypher (e.g. cypher-shell -f schema.cypher) for constraints and indexes.",
            "set -eu",
            "DIR=$(cd \"$(dirname \"$0\")\" && pwd)",
            "neo4j-admin database import full \"${1:-neo4j}\" --overwrite-destination \\",
            "  --array-delimiter=U+001F --multiline-fields=true --id-type=string \\",
            .. args,
            "  --skip-bad-relationships=false",
            "",
        ]));
        return path;
    }
}
