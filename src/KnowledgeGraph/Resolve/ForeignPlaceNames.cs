using KnowledgeGraph.Model;
using KnowledgeGraph.Recognise;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// A curated town's name written as a town of another country is another town of the same name: "the Armenian town of
/// Julfa in Armenia" is not Iran's Julfa, "Preston, Victoria, Australia" not the Seychelles' capital. A city, capital
/// or district mention followed by "in" (and "the") or a comma and a country's name or acronym (not a capital standing
/// for it: "Paris, London" keeps Paris), or written after that country's
/// demonym and "town of" (city, village, district), whose curated country (by its part_of, capital_of and based_in
/// links) is another, becomes a discovered place of that name. Regions and provinces are left alone: a disputed region
/// may be written as in either country.
/// </summary>
internal sealed class ForeignPlaceNames : IDocumentStage
{
    private const float Confidence = 0.75f;
    private readonly Func<string, Entity?> entities;
    private readonly CueSet cues;
    private readonly Dictionary<Entity, HashSet<string>> countries = new(ReferenceEqualityComparer.Instance);

    /// <summary><paramref name="cues"/> gives the town subtypes and the nouns of "the Armenian town of" (cues.yaml town_subtypes, town_nouns).</summary>
    public ForeignPlaceNames(Func<string, Entity?> entities, CueSet cues)
    {
        this.entities = entities;
        this.cues = cues;
    }

    public string Name => "foreign place names";

    public void Process(Document doc)
    {
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            List<Mention> mentions = paragraph.Mentions;
            for (int m = 0; m < mentions.Count; m++)
            {
                Mention place = mentions[m];
                if (place is not { Kind: MentionKind.Name, Entity.Type: EntityType.Place } || place.Entity.IsDiscovered
                    || place.Entity.Subtype is not { } subtype || !cues.TownSubtypes.Contains(subtype))
                {
                    continue;
                }

                Entity? written = CountryAfter(paragraph, mentions, m) ?? CountryBefore(paragraph, mentions, m);
                HashSet<string> own = CountriesOf(place.Entity);
                if (written is null || own.Count == 0 || own.Contains(written.Id))
                {
                    continue;
                }

                string name = paragraph.Text[place.Start..place.End];
                Entity other = DiscoveredNames.Create(name, EntityType.Place, Confidence);
                mentions[m] = place.Copy(
                    entity: other, kind: MentionKind.Discovered, confidence: Confidence,
                    candidates: [.. place.Candidates, new MentionCandidate(other, MentionKind.Discovered, [])]);
            }
        }
    }

    /// <summary>"Julfa in Armenia", "Victoria, Australia": the country named right after "in" ("the") or a comma, or null.</summary>
    private static Entity? CountryAfter(Paragraph paragraph, List<Mention> mentions, int m)
    {
        int at = mentions[m].TokenEnd;
        if (at >= paragraph.Tokens.Length || Word(paragraph, at) is not ("in" or ","))
        {
            return null;
        }

        bool comma = Word(paragraph, at) == ",";
        at++;
        at += at < paragraph.Tokens.Length && Word(paragraph, at) == "the" ? 1 : 0;
        return m + 1 < mentions.Count && mentions[m + 1] is { Entity.Type: EntityType.Country, Kind: MentionKind.Name or MentionKind.Acronym } next
            && next.TokenStart == at && next.Sentence == mentions[m].Sentence && (!comma || EndsApposition(paragraph, next.TokenEnd)) ? next.Entity : null;
    }

    /// <summary>Words after "Town, Country" that end the apposition ("Sochi, Russia in 2014"); any other word opens a clause.</summary>
    private static readonly HashSet<string> AppositionEnds = new(StringComparer.OrdinalIgnoreCase) { "in", "on", "at", "and", "or", "for", "from", "to", "during", "since", "near", "until", "with", "where", "which", "who" };

    /// <summary>
    /// True when the country written after a town and a comma ends the phrase at token <paramref name="i"/>: the sentence's
    /// end, punctuation, or a preposition or conjunction. "In Beijing, Russia would …" writes no town of Russia: the
    /// comma closes an adverbial and the country opens a clause.
    /// </summary>
    private static bool EndsApposition(Paragraph paragraph, int i) =>
        i >= paragraph.Tokens.Length || paragraph.Tokens[i].Kind is TokenKind.Punctuation || AppositionEnds.Contains(Word(paragraph, i));

    /// <summary>"the Armenian town of Julfa": a country's demonym, a place noun and "of" right before the name, or null.</summary>
    private Entity? CountryBefore(Paragraph paragraph, List<Mention> mentions, int m)
    {
        int of = mentions[m].TokenStart - 1;
        if (m == 0 || of < 2 || Word(paragraph, of) != "of" || !cues.TownNouns.Contains(Word(paragraph, of - 1)))
        {
            return null;
        }

        return mentions[m - 1] is { Entity.Type: EntityType.Country, Kind: MentionKind.Demonym } demonym && demonym.TokenEnd == of - 1 ? demonym.Entity : null;
    }

    /// <summary>The countries a place lies in by its curated links (<see cref="PlaceChain"/>), cached per entity.</summary>
    private HashSet<string> CountriesOf(Entity place)
    {
        if (!countries.TryGetValue(place, out HashSet<string>? found))
        {
            countries[place] = found = PlaceChain.Above(place, entities).Where(e => e.Type == EntityType.Country).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        }

        return found;
    }

    private static string Word(Paragraph paragraph, int i) => paragraph.Normalised.Substring(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
