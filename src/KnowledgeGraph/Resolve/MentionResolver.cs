using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// Resolve stage: picks one reading per mention using the whole article. In order: `when:` rules (an alias
/// that applies only if the article mentions a given entity), capital-as-place versus capital-as-government,
/// and partial person names (Ghani → the Ghani this article names in full, or the only one the gazetteer knows).
/// A mention with no reading left is dropped. Needs: mentions with candidates. Thread-safe.
/// </summary>
internal sealed class MentionResolver : IDocumentStage
{
    /// <summary>Confidence of a partial name resolved by the gazetteer alone (no full mention in the article).</summary>
    public const float GazetteerOnlyPartial = 0.7f;

    public string Name => "resolver";

    public void Process(Document doc)
    {
        HashSet<string> present = Present(doc);
        Dictionary<Entity, (int Paragraph, int Start)> fullNames = FullPersonMentions(doc);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            paragraph.Mentions.RemoveAll(mention => !Resolve(paragraph, mention, present, fullNames));
        }
    }

    /// <summary>Entity ids the article mentions without doubt (one reading, no rule), the ids rules refer to.</summary>
    private static HashSet<string> Present(Document doc)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            foreach (Mention mention in paragraph.Mentions)
            {
                if (mention.Candidates.Count == 1 && mention.Candidates[0].When.Count == 0
                    || mention.Candidates.Count > 1 && mention.Candidates.All(c => c.When.Count == 0 && c.Entity == mention.Candidates[0].Entity))
                {
                    present.Add(mention.Candidates[0].Entity.Id);
                }
                else
                {
                    foreach (MentionCandidate c in mention.Candidates.Where(c => c.Kind == MentionKind.Metonym))
                    {
                        present.Add(c.Entity.Id);
                    }
                }
            }
        }

        return present;
    }

    private static Dictionary<Entity, (int, int)> FullPersonMentions(Document doc)
    {
        var full = new Dictionary<Entity, (int, int)>();
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            foreach (Mention mention in paragraph.Mentions)
            {
                if (mention.Candidates.Count == 1 && mention.Candidates[0] is { Kind: MentionKind.Name, Entity.Type: EntityType.Person } c)
                {
                    full.TryAdd(c.Entity, (paragraph.Index, mention.Start));
                }
            }
        }

        return full;
    }

    private static bool Resolve(Paragraph paragraph, Mention mention, HashSet<string> present, Dictionary<Entity, (int Paragraph, int Start)> fullNames)
    {
        if (mention.Candidates.Count == 1 && mention.Candidates[0] is { When.Count: 0, Kind: not MentionKind.Partial } only)
        {
            // The common case: one reading and no rule.
            Choose(mention, only, only.Kind == MentionKind.Discovered ? only.Entity.Confidence : 1f);
            return true;
        }

        var readings = mention.Candidates.Where(c => c.When.Count == 0 || c.When.Any(present.Contains)).ToList();
        if (readings.Count == 0)
        {
            return false;
        }

        MentionCandidate? place = readings.FirstOrDefault(c => c.Kind == MentionKind.Name && c.Entity.Type == EntityType.Place);
        MentionCandidate? metonym = readings.FirstOrDefault(c => c.Kind == MentionKind.Metonym);
        if (place is not null && metonym is not null)
        {
            Choose(mention, PlaceContext.IsPlace(paragraph, mention) ? place : metonym, 1f);
            return true;
        }

        var partials = readings.Where(c => c.Kind == MentionKind.Partial).ToList();
        var others = readings.Where(c => c.Kind != MentionKind.Partial).ToList();
        var named = partials.Where(c => fullNames.ContainsKey(c.Entity)).ToList();
        if (named.Count > 0)
        {
            // The person this article names in full, nearest before the partial mention when there are several.
            MentionCandidate best = named
                .OrderByDescending(c => Before(fullNames[c.Entity], paragraph.Index, mention.Start))
                .ThenByDescending(c => fullNames[c.Entity].Paragraph)
                .First();
            Choose(mention, best, 0.9f);
            return true;
        }

        if (others.Count > 0)
        {
            float confidence = others[0].Kind == MentionKind.Discovered ? others[0].Entity.Confidence : 1f;
            Choose(mention, others[0], others.Select(c => c.Entity).Distinct().Count() == 1 ? confidence : 0.6f);
            return true;
        }

        if (partials.Select(c => c.Entity).Distinct().Count() == 1)
        {
            Choose(mention, partials[0], GazetteerOnlyPartial);
            return true;
        }

        return false;
    }

    private static bool Before((int Paragraph, int Start) full, int paragraph, int start) =>
        full.Paragraph < paragraph || full.Paragraph == paragraph && full.Start < start;

    private static void Choose(Mention mention, MentionCandidate reading, float confidence)
    {
        mention.Entity = reading.Entity;
        mention.Kind = reading.Kind;
        mention.Confidence = confidence;
    }
}
