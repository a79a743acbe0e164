using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// "Fayzabad, the provincial capital", "the regional capital Taraz": an adjective of a state's unit (coreference.yaml
/// <c>unit_capitals</c>: "provincial", "regional") after "the" and before a word its rule is followed by ("capital"),
/// with a place in apposition, refers to the unit of its kind the article has named most before it (the first named of
/// a tie), as "the province's" would: the unit an article's capital belongs to is the one it is about, not the last one
/// it happened to name ("in Afghanistan's Badakhshan province … in Kabul … in Takhar province … near Fayzabad, the
/// provincial capital"). A unit is a place the gazetteer links part_of a country (a province or a state's region, never
/// "Central Asia"). Left alone before "of" ("the provincial capital of Badakhshan" names its own), and a unit is passed
/// over where the place in apposition lies, by its own gazetteer links, in another country or in another unit of that
/// kind. The reference is a qualifier (<see cref="Reference.Qualifier"/>), no claim argument of its own; sure when one
/// unit fits. Runs after coreference; token cues only.
/// </summary>
internal sealed class UnitCapitals : IDocumentStage
{
    private const string Of = "of";
    private const string PartOf = "part_of";
    private const float Several = 0.7f;
    private readonly Dictionary<string, CoreferenceRule>.AlternateLookup<ReadOnlySpan<char>> adjectives;
    private readonly Func<string, Entity?> entities;
    // "provincial capital": each adjective with each word its rule is followed by, looked for in a document's text first
    // so an article that writes none costs no token walk.
    private readonly string[] phrases;

    /// <param name="cues">The coreference data; its <see cref="CoreferenceCues.UnitCapitals"/> are read.</param>
    /// <param name="entities">The gazetteer's entities by id, for the links of units and places.</param>
    public UnitCapitals(CoreferenceCues cues, Func<string, Entity?> entities)
    {
        var byWord = new Dictionary<string, CoreferenceRule>(StringComparer.OrdinalIgnoreCase);
        var written = new List<string>();
        foreach (CoreferenceRule rule in cues.UnitCapitals)
        {
            foreach (string[] words in rule.Words.Where(w => w.Length == 1))
            {
                byWord.TryAdd(words[0], rule);
                foreach (string after in rule.FollowedBy)
                {
                    // As written in running text, opening a sentence or in a title: an ordinal search is the cheap one.
                    written.Add(words[0] + " " + after);
                    written.Add(Capitalised(words[0]) + " " + after);
                    written.Add(Capitalised(words[0]) + " " + Capitalised(after));
                }
            }
        }

        phrases = [.. written];

        IsEmpty = byWord.Count == 0;
        adjectives = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        this.entities = entities;
    }

    /// <summary>True when the data lists no adjective: the stage then does nothing.</summary>
    public bool IsEmpty { get; }

    public string Name => "unit capitals";

    public void Process(Document doc)
    {
        if (!doc.Paragraphs.Any(p => p.Role == LineRole.Body && phrases.Any(w => p.Normalised.Contains(w, StringComparison.Ordinal))))
        {
            return;
        }

        var units = new List<(Mention Mention, int Paragraph)>();
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role == LineRole.Body)
            {
                Read(paragraph, units);
            }
        }
    }

    /// <summary>Adds the paragraph's unit adjectives as references, keeping <paramref name="units"/> up to date in reading order.</summary>
    private void Read(Paragraph paragraph, List<(Mention Mention, int Paragraph)> units)
    {
        List<Mention> mentions = paragraph.Mentions;
        Token[] tokens = paragraph.Tokens;
        List<Reference>? found = null;
        int m = 0;
        for (int s = 0; s < paragraph.Sentences.Length; s++)
        {
            Sentence sent = paragraph.Sentences[s];
            for (int t = sent.TokenStart; t < sent.TokenEnd; t++)
            {
                for (; m < mentions.Count && mentions[m].TokenEnd <= t; m++)
                {
                    if (IsUnit(mentions[m].Entity) && mentions[m].Kind != MentionKind.Demonym)
                    {
                        units.Add((mentions[m], paragraph.Index));
                    }
                }

                if (units.Count == 0 || tokens[t].Kind != TokenKind.Word || t < sent.TokenStart + 1 || t + 2 > sent.TokenEnd
                    || !adjectives.TryGetValue(paragraph.Span(tokens[t]), out CoreferenceRule? rule)
                    || !Is(paragraph, t - 1, "the") || !rule.FollowedBy.Any(w => Is(paragraph, t + 1, w))
                    || t + 2 < sent.TokenEnd && Is(paragraph, t + 2, Of)
                    || Apposed(paragraph, sent, t) is not { } place)
                {
                    continue;
                }

                if (Unit(rule, units, place) is { } unit)
                {
                    (found ??= []).Add(new Reference
                    {
                        Start = tokens[t].Start,
                        End = tokens[t].End,
                        TokenStart = t,
                        TokenEnd = t + 1,
                        Sentence = s,
                        Kind = rule.Kind,
                        Entity = unit.Item.Mention.Entity,
                        Antecedent = unit.Item.Mention,
                        AntecedentParagraph = unit.Item.Paragraph,
                        Confidence = unit.Alone ? AntecedentChooser.Clear : Several,
                        Qualifier = true,
                    });
                }
            }
        }

        if (found is not null)
        {
            paragraph.References.AddRange(found);
            paragraph.References.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// The unit that fits <paramref name="rule"/> and may hold <paramref name="place"/> which the article has named most so
    /// far (the first named of a tie: the article's setting), with its mention nearest the reference, and whether it is the
    /// only such unit; null when none is.
    /// </summary>
    private ((Mention Mention, int Paragraph) Item, bool Alone)? Unit(CoreferenceRule rule, List<(Mention Mention, int Paragraph)> units, Entity place)
    {
        var counts = new List<(Entity Unit, int Count, int Last)>();
        for (int i = 0; i < units.Count; i++)
        {
            Entity unit = units[i].Mention.Entity;
            if (rule.Fit(unit) < 0 || unit == place)
            {
                continue;
            }

            int k = counts.FindIndex(c => c.Unit == unit);
            if (k >= 0)
            {
                counts[k] = (unit, counts[k].Count + 1, i);
            }
            else if (Holds(rule, unit, place))
            {
                counts.Add((unit, 1, i));
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        (Entity Unit, int Count, int Last) best = counts[0];
        foreach (var c in counts)
        {
            best = c.Count > best.Count ? c : best;
        }

        return (units[best.Last], counts.Count == 1);
    }

    /// <summary>
    /// False when <paramref name="place"/>'s own gazetteer links put it in a country other than <paramref name="unit"/>'s or
    /// in another unit that fits <paramref name="rule"/>.
    /// </summary>
    private bool Holds(CoreferenceRule rule, Entity unit, Entity place)
    {
        foreach (EntityLink link in place.Links)
        {
            if (link.Rel != PartOf || link.To == unit.Id || entities(link.To) is not { } whole)
            {
                continue;
            }

            if (whole.Type == EntityType.Country && !unit.Links.Any(l => l.Rel == PartOf && l.To == whole.Id) || rule.Fit(whole) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A place the gazetteer links part_of a country that some unit adjective may refer to.</summary>
    private bool IsUnit(Entity entity) =>
        entity.Type == EntityType.Place && entity.Links.Any(l => l.Rel == PartOf && entities(l.To) is { Type: EntityType.Country });

    /// <summary>
    /// The place in apposition to the capital phrase whose adjective is at <paramref name="t"/>: a place mention right
    /// before its "the" and a comma ("Fayzabad, the provincial capital") or right after its noun, past a comma ("the
    /// provincial capital, Parun", "the regional capital Taraz"); null when none.
    /// </summary>
    private static Entity? Apposed(Paragraph paragraph, Sentence sent, int t)
    {
        int before = t - 2;
        int after = Is(paragraph, t + 2, ",") ? t + 3 : t + 2;
        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.Entity.Type == EntityType.Place && mention.Kind is not (MentionKind.Demonym or MentionKind.Partial)
                && mention.TokenStart >= sent.TokenStart && mention.TokenEnd <= sent.TokenEnd
                && (mention.TokenEnd == before && Is(paragraph, before, ",") || mention.TokenStart == after && after < sent.TokenEnd))
            {
                return mention.Entity;
            }
        }

        return null;
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static bool Is(Paragraph paragraph, int i, string word) =>
        i >= 0 && i < paragraph.Tokens.Length && paragraph.Span(paragraph.Tokens[i]).Equals(word, StringComparison.OrdinalIgnoreCase);
}
