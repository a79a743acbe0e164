using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// Corpus-level tally of resolved mentions per entity (for `kg entities` and `kg discover`). A repeated article
/// or paragraph counts once. Discovered entities with one id (safe spelling variants) are one row. Roles that
/// claims assert for persons ("Chinese Foreign Minister Wang Yi" → Foreign Minister of China) are collected to
/// enrich the person's entry.
/// </summary>
internal sealed class EntityTally
{
    private readonly Dictionary<string, EntityTallyRow> rows = new(StringComparer.Ordinal);

    public IReadOnlyCollection<EntityTallyRow> Rows => rows.Values;

    public void Add(Document doc)
    {
        if (doc.IsRepeat)
        {
            return;
        }

        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.IsRepeat || !paragraph.Role.FeedsExtraction())
            {
                continue;
            }

            foreach (Mention mention in paragraph.Mentions)
            {
                EntityTallyRow row = Row(mention.Entity);
                row.Mentions++;
                row.Articles.Add(doc.Id);
                string surface = paragraph.Text[mention.Start..mention.End];
                row.Surfaces[surface] = row.Surfaces.GetValueOrDefault(surface) + 1;
                if (row.Examples.Count < 3)
                {
                    Sentence sent = paragraph.Sentences[mention.Sentence];
                    row.Examples.Add((paragraph.Location, paragraph.Text.Substring(sent.Start, sent.Length)));
                }
            }

            foreach (Claim claim in paragraph.Claims)
            {
                if (claim is { Predicate: "HOLDS_ROLE_IN" or "LEADS", Negated: false, Subject.Type: EntityType.Person } && !claim.IsLowConfidence)
                {
                    string title = claim.Qualifier ?? (claim.Predicate == "LEADS" ? "leader" : "member");
                    Row(claim.Subject).Roles.Add((title, claim.Object.Id, paragraph.Location.ToString()));
                }
            }
        }

        foreach (LearnedAlias alias in doc.LearnedAliases)
        {
            if (rows.TryGetValue(alias.EntityId, out EntityTallyRow? row))
            {
                row.LearnedAliases.Add(alias.Alias);
            }
        }
    }

    private EntityTallyRow Row(Entity entity)
    {
        if (!rows.TryGetValue(entity.Id, out EntityTallyRow? row))
        {
            row = new EntityTallyRow(entity);
            rows.Add(entity.Id, row);
        }

        return row;
    }
}
