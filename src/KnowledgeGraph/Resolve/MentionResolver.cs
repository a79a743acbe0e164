using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognise;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// Resolve stage: picks one reading per mention using the whole article. In order: `when:` rules (an alias
/// that applies only if the article mentions a given entity), capital-as-place versus capital-as-government,
/// a conditional alias followed by "in" another place than the one its body is based in (another body of that kind),
/// and partial person names: "Ghani" is the Ghani this article names in full earlier (the nearest before it; a
/// title may look at the whole article), or, when no one is, the person the gazetteer lists the form for as
/// `alone:` (Putin, Xi). A partial name never resolves to a person the article does not name in full otherwise.
/// A mention with no reading left is dropped, and so is a discovered name below the minimum confidence (a guess
/// never becomes an entity of the graph) and a demonym naming a language (<see cref="LanguageUse"/>). Needs: mentions with candidates. Thread-safe.
/// </summary>
internal sealed class MentionResolver : IDocumentStage
{
    private readonly float minimumDiscovered;
    private readonly PlaceContext places;
    private readonly LanguageUse languages;
    private readonly CueSet cues;

    /// <summary>
    /// Reads context by the resolution lists of <paramref name="cues"/>; keeps discovered names at or above
    /// <paramref name="minimumDiscovered"/> (default <see cref="PipelineOptions.MinimumDiscoveredConfidence"/>).
    /// </summary>
    public MentionResolver(CueSet cues, float minimumDiscovered = 0.5f)
    {
        this.minimumDiscovered = minimumDiscovered;
        places = new PlaceContext(cues);
        languages = new LanguageUse(cues);
        this.cues = cues;
    }

    /// <summary>Confidence of a partial name resolved by the gazetteer alone (an `alone:` form, no full mention in the article).</summary>
    public const float GazetteerOnlyPartial = 0.7f;

    public string Name => "resolver";

    public void Process(Document doc)
    {
        HashSet<string> present = Present(doc);
        Dictionary<Entity, (int Paragraph, int Start)> fullNames = FullPersonMentions(doc);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            paragraph.Mentions.RemoveAll(mention => !Resolve(paragraph, mention, present, fullNames)
                || mention.Entity.IsDiscovered && mention.Confidence < minimumDiscovered || languages.Is(paragraph, mention));
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
                // A partial name is no proof of presence: "Khan" alone does not put Imran Khan in the article.
                if (mention.Candidates[0].Kind == MentionKind.Partial)
                {
                    continue;
                }

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
                // Curated persons named by their name or an alias, discovered persons found after a title, and discovered companies and projects.
                if (mention.Candidates.Count == 1 && mention.Candidates[0] is { Kind: MentionKind.Name, Entity.Type: EntityType.Person } c)
                {
                    full.TryAdd(c.Entity, (paragraph.Index, mention.Start));
                }
                else if (mention is { Kind: MentionKind.Discovered, Entity.Type: EntityType.Person } && mention.Entity.Confidence >= DiscoveredPartials.MinimumConfidence)
                {
                    full.TryAdd(mention.Entity, (paragraph.Index, mention.Start));
                }
                else if (DiscoveredPartials.LendsWords(mention))
                {
                    full.TryAdd(mention.Entity, (paragraph.Index, mention.Start));
                }
            }
        }

        return full;
    }

    private bool Resolve(Paragraph paragraph, Mention mention, HashSet<string> present, Dictionary<Entity, (int Paragraph, int Start)> fullNames)
    {
        if (mention.Candidates.Count == 1 && mention.Candidates[0] is { When.Count: 0, Kind: not MentionKind.Partial } only)
        {
            // The common case: one reading and no rule.
            Choose(mention, only, only.Kind == MentionKind.Discovered ? only.Entity.Confidence : 1f);
            return true;
        }

        var readings = mention.Candidates.Where(c => c.When.Count == 0 || c.When.Any(present.Contains)).ToList();
        // "the Chinese embassy in Bishkek" names the embassy there whether or not the article meets the alias's condition.
        if (BasedElsewhere(paragraph, mention, readings.Count == 0 ? mention.Candidates : readings) is { } other)
        {
            Choose(mention, other, other.Entity.Confidence);
            return true;
        }

        if (readings.Count == 0)
        {
            return false;
        }

        MentionCandidate? place = readings.FirstOrDefault(c => c.Kind == MentionKind.Name && c.Entity.Type == EntityType.Place);
        MentionCandidate? metonym = readings.FirstOrDefault(c => c.Kind == MentionKind.Metonym);
        if (place is not null && metonym is not null)
        {
            Choose(mention, places.IsPlace(paragraph, mention) ? place : metonym, 1f);
            return true;
        }

        var partials = readings.Where(c => c.Kind == MentionKind.Partial).ToList();
        var others = readings.Where(c => c.Kind != MentionKind.Partial).ToList();
        bool headline = paragraph.Role is LineRole.Title or LineRole.Subtitle;
        var named = partials.Where(c => fullNames.TryGetValue(c.Entity, out var full) && (headline || Before(full, paragraph.Index, mention.Start))).ToList();
        if (named.Count > 1 && Generation(paragraph, mention, named) is { } generation)
        {
            Choose(mention, generation, 0.9f);
            return true;
        }

        if (named.Count > 0)
        {
            // The person this article names in full, nearest before the partial mention when there are several.
            MentionCandidate best = named
                .OrderByDescending(c => fullNames[c.Entity].Paragraph)
                .ThenByDescending(c => fullNames[c.Entity].Start)
                .First();
            Choose(mention, best, best.Entity.IsDiscovered ? DiscoveredPartials.Confidence : 0.9f);
            return true;
        }

        if (others.Count > 0)
        {
            float confidence = others[0].Kind == MentionKind.Discovered ? others[0].Entity.Confidence : 1f;
            Choose(mention, others[0], others.Select(c => c.Entity).Distinct().Count() == 1 ? confidence : 0.6f);
            return true;
        }

        // Only a form listed as naming its person alone resolves without the article naming anyone in full.
        if (partials.Count > 0 && partials.All(c => c.Alone && c.Entity == partials[0].Entity))
        {
            Choose(mention, partials[0], GazetteerOnlyPartial);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "the Chinese embassy in Dushanbe", in an article that names Afghanistan or not: a conditional alias of a body the
    /// gazetteer bases in one place ("Chinese embassy", the one in Kabul, when the article names Afghanistan), followed by
    /// "in" and another place, names another body of its kind: a discovered one named by the words and the place
    /// ("Chinese embassy in Dushanbe"). Null when the words are not so.
    /// </summary>
    private static MentionCandidate? BasedElsewhere(Paragraph paragraph, Mention mention, IReadOnlyList<MentionCandidate> readings)
    {
        if (readings.Count != 1 || readings[0] is not { When.Count: > 0, Kind: MentionKind.Name } reading
            || reading.Entity.Links.FirstOrDefault(l => l.Rel == "based_in") is not { } home
            || mention.TokenEnd + 1 >= paragraph.Tokens.Length || paragraph.Span(paragraph.Tokens[mention.TokenEnd]) is not "in")
        {
            return null;
        }

        Mention? place = paragraph.Mentions.FirstOrDefault(m => m.TokenStart == mention.TokenEnd + 1);
        if (place is null || !place.Candidates.Any(c => c.Entity.Type == EntityType.Place) || place.Candidates.Any(c => c.Entity.Id == home.To))
        {
            return null;
        }

        string name = paragraph.Normalised[mention.Start..place.End];
        Entity body = DiscoveredNames.Create(name, reading.Entity.Type, DiscoveredConfidence, reading.Entity.Subtype);
        return new MentionCandidate(body, MentionKind.Discovered, []);
    }

    /// <summary>
    /// "the elder Berdimuhamedov", "the younger Bhutto": after "the" and one of cues.yaml <c>elder_words</c> or
    /// <c>younger_words</c>, a family name of several persons the article names in full is the one whose first curated role
    /// began earliest, or latest; null when the words are not so or a person's roles give no start.
    /// </summary>
    private MentionCandidate? Generation(Paragraph paragraph, Mention mention, List<MentionCandidate> named)
    {
        int t = mention.TokenStart;
        if (t < 2 || !paragraph.Span(paragraph.Tokens[t - 2]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string before = paragraph.Span(paragraph.Tokens[t - 1]).ToString();
        bool elder = cues.ElderWords.Contains(before);
        if (!elder && !cues.YoungerWords.Contains(before))
        {
            return null;
        }

        var started = named.Select(c => (Candidate: c, Start: c.Entity.Roles.Select(r => r.From).Where(f => f is not null).Min(StringComparer.Ordinal)))
            .ToList();
        if (started.Any(s => s.Start is null) || started.Select(s => s.Candidate.Entity).Distinct().Count() < 2)
        {
            return null;
        }

        var ordered = started.OrderBy(s => s.Start, StringComparer.Ordinal).ToList();
        return elder ? ordered[0].Candidate : ordered[^1].Candidate;
    }

    /// <summary>Confidence of a body named by a conditional alias and another place (<see cref="BasedElsewhere"/>).</summary>
    private const float DiscoveredConfidence = 0.75f;

    private static bool Before((int Paragraph, int Start) full, int paragraph, int start) =>
        full.Paragraph < paragraph || full.Paragraph == paragraph && full.Start < start;

    private static void Choose(Mention mention, MentionCandidate reading, float confidence)
    {
        mention.Entity = reading.Entity;
        mention.Kind = reading.Kind;
        mention.Confidence = confidence;
    }
}
