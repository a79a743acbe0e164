using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// Another state's conditional alias read as the body a curated person named in the same sentence holds a role in,
/// when the words end one of that body's names ("Foreign Ministry spokeswoman Maria Zakharova": Russia's foreign
/// ministry, which her listed role names, not China's in an article that names China).
/// </summary>
internal sealed class HolderOwnedBodies : IDocumentStage
{
    private readonly IReadOnlyDictionary<string, Entity> entities;

    public HolderOwnedBodies(IReadOnlyDictionary<string, Entity> entities) => this.entities = entities;

    public string Name => "holder-owned bodies";

    public void Process(Document doc)
    {
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            for (int i = 0; i < paragraph.Mentions.Count; i++)
            {
                Mention mention = paragraph.Mentions[i];
                if (mention is { Kind: MentionKind.Name, Candidates.Count: > 0 }
                    && mention.Candidates.All(c => c.When.Count > 0 && c.Entity.Type == EntityType.Organisation)
                    && HeldBody(paragraph, mention) is { } body)
                {
                    paragraph.Mentions[i] = mention.Copy(entity: body, candidates: [new MentionCandidate(body, MentionKind.Name, [])]);
                }
            }
        }
    }

    /// <summary>The one body a curated person of the sentence holds a role in whose name ends with the mention's words.</summary>
    private Entity? HeldBody(Paragraph paragraph, Mention mention)
    {
        string words = paragraph.Normalised[mention.Start..mention.End];
        var bodies = paragraph.Mentions
            .Where(m => m.Sentence == mention.Sentence && m is { Kind: MentionKind.Name, Entity.Type: EntityType.Person })
            .SelectMany(m => m.Entity.Roles)
            .Select(r => r.Of is { } of && entities.TryGetValue(of, out Entity? e) ? e : null)
            .OfType<Entity>()
            .Where(e => mention.Candidates.All(c => c.Entity != e) && e.Aliases.Select(a => a.Text).Prepend(e.Name).Any(n => EndsWith(n, words)))
            .Distinct()
            .ToList();
        return bodies.Count == 1 ? bodies[0] : null;
    }

    private static bool EndsWith(string name, string words) =>
        name.Length > words.Length && name.EndsWith(words, StringComparison.OrdinalIgnoreCase) && name[name.Length - words.Length - 1] == ' ';
}
