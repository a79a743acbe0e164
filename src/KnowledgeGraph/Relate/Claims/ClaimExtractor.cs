using System.Collections.Concurrent;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction;
using KnowledgeGraph.Relate.Claims.Learned;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relate.Claims;

/// <summary>
/// The "claims" stage: reads each extraction paragraph's Tokens, Sentences and Mentions (however they were made)
/// and appends to <see cref="Paragraph.Claims"/> one <see cref="Claim"/> per relation a sentence asserts between two
/// different entities (a mention or a <see cref="Reference"/> resolved by coreference stands for its entity). Triggers come from the predicate lexicon; direction, negation, hedging, source and time from
/// the rules in this folder. Sentences with fewer than two mentions are skipped without looking at their tokens, but for
/// a title before a single person when curated roles can name the body.
/// Thread-safe: all per-document state lives in a <see cref="ClaimSentenceReader"/> taken from a pool per call and
/// given back after it (building one costs more than reading a short document, and its look-ups of curated links are
/// kept across documents).
/// </summary>
internal sealed class ClaimExtractor : IDocumentStage
{
    private readonly PredicateLexicon lexicon;
    private readonly Func<string, Entity?>? entities;
    private readonly RelationModel? relations;
    private readonly ConcurrentBag<ClaimSentenceReader> readers = [];

    /// <summary>
    /// <paramref name="entities"/> (optional) finds a curated entity by id: with it, a role title before a person whose
    /// body the sentence does not name takes the body from the person's curated roles ("Foreign Minister Wang Yi").
    /// <paramref name="relations"/> (optional), the learned relation model, reads after the rules the pairs of mentions
    /// they left unrelated.
    /// </summary>
    public ClaimExtractor(PredicateLexicon lexicon, Func<string, Entity?>? entities = null, RelationModel? relations = null)
    {
        this.lexicon = lexicon;
        this.entities = entities;
        this.relations = relations;
    }

    /// <summary>"claims".</summary>
    public string Name => "claims";

    /// <summary>The predicate lexicon the stage reads (for explanations and the evaluation).</summary>
    public PredicateLexicon Lexicon => lexicon;

    /// <summary>
    /// True when the gazetteer may complete what a lone mention states: a person with curated roles (a title may stand
    /// before it), or a name of several words with curated links (it may write one of them).
    /// </summary>
    private static bool KnowsMore(Mention mention) =>
        (mention.Entity.Type == EntityType.Person && mention.Entity.Roles.Count > 0)
        || (mention.Entity.Links.Count > 0 && mention.TokenEnd - mention.TokenStart > 1);

    /// <summary>
    /// What the curated rules read of the whole document, in one pass over its mentions: the countries it names and the
    /// persons with curated roles it names, each once in the order of first mention (a government body's name may write
    /// one of its countries, a description mean one of its persons), and the country it names more often than any other
    /// by name, not by demonym (null on a tie).
    /// </summary>
    private static (List<Entity> States, List<Entity> Persons, Entity? MainState) Named(Document doc)
    {
        var states = new List<Entity>();
        var persons = new List<Entity>();
        // Per country named: how often by name; a country named only by demonym counts zero. The lists keep the order of
        // first mention; the dictionary and the set answer "already named?" without walking them.
        var counts = new Dictionary<Entity, int>();
        var seenPersons = new HashSet<Entity>();
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            foreach (Mention mention in paragraph.Mentions)
            {
                Entity entity = mention.Entity;
                if (entity.Type == EntityType.Country)
                {
                    if (!counts.TryGetValue(entity, out int count))
                    {
                        states.Add(entity);
                    }

                    counts[entity] = count + (mention.Kind != MentionKind.Demonym ? 1 : 0);
                }
                else if (entity.Type == EntityType.Person && entity.Roles.Count > 0 && seenPersons.Add(entity))
                {
                    persons.Add(entity);
                }
            }
        }

        Entity? most = null;
        int best = 0;
        bool tie = false;
        foreach (var (entity, count) in counts)
        {
            if (count > best)
            {
                (most, best, tie) = (entity, count, false);
            }
            else if (count == best && count > 0)
            {
                tie = true;
            }
        }

        return (states, persons, tie ? null : most);
    }

    /// <summary>
    /// The country the report's dateline is in ("BISHKEK, March 3 (Reuters) - …": Kyrgyzstan), from the dateline that
    /// opens the first sentence of the article's body: a country (a capital stands for its state) or a place the gazetteer puts in
    /// one, through at most <see cref="MaxPlaceHops"/> links; null when the article has no dateline or it names no state.
    /// </summary>
    private static Entity? DatelineState(Document doc, Func<string, Entity?> entities)
    {
        Paragraph? first = doc.Paragraphs.FirstOrDefault(p => p.Role == LineRole.Body && p.Sentences.Length > 0);
        if (first is null)
        {
            return null;
        }

        Sentence opening = first.Sentences[0];
        Mention? dateline = first.Mentions.FirstOrDefault(m => Dateline.Opens(first, opening, m));
        Entity? place = dateline?.Entity;
        for (int hop = 0; place is not null && hop <= MaxPlaceHops; hop++)
        {
            if (place.Type == EntityType.Country)
            {
                return place;
            }

            place = place.Type == EntityType.Place && place.Links.FirstOrDefault(l => l.Rel == "part_of") is { } link ? entities(link.To) : null;
        }

        return null;
    }

    /// <summary>How many "part of" links a dateline's place is followed up to its country (town, province, country).</summary>
    private const int MaxPlaceHops = 3;

    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ClaimSentenceReader? reader = null;
        Entity? dateline = null;
        Span<int> buffer = stackalloc int[128];
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            int least = entities is null ? 2 : 1;
            if (!paragraph.Role.FeedsExtraction() || paragraph.Mentions.Count + paragraph.References.Count < least || paragraph.Sentences.Length == 0)
            {
                continue;
            }

            if (reader is null)
            {
                reader = readers.TryTake(out ClaimSentenceReader? pooled) ? pooled : new ClaimSentenceReader(lexicon, doc.Meta, entities, relations);
                if (entities is null)
                {
                    reader.Begin(doc.Meta);
                }
                else
                {
                    var (states, persons, mainState) = Named(doc);
                    dateline = DatelineState(doc, entities);
                    reader.Begin(doc.Meta, states, persons, mainState, dateline);
                }
            }

            int count = paragraph.Sentences.Length;
            // Mentions per sentence: a sentence with fewer than two is not looked at. When the paragraph's mentions come
            // grouped by sentence (as the recogniser emits them), each sentence reads only its own range.
            Span<int> mentions = count <= buffer.Length ? buffer[..count] : new int[count];
            mentions.Clear();
            bool grouped = true;
            int previous = 0;
            foreach (Mention mention in paragraph.Mentions)
            {
                if ((uint)mention.Sentence < (uint)count)
                {
                    mentions[mention.Sentence]++;
                }
                else
                {
                    grouped = false;
                }

                grouped &= mention.Sentence >= previous;
                previous = mention.Sentence;
            }

            // A reference ("the group", "it") is an argument of its entity like a mention; a description that stands for two
            // parties ("the two countries") counts as both, so a sentence naming nothing else is read for them.
            foreach (Reference reference in paragraph.References)
            {
                if ((uint)reference.Sentence < (uint)count)
                {
                    mentions[reference.Sentence] += reference.OtherAntecedents.Count > 0 && reference.Kind == ReferenceKind.Description ? 2 : 1;
                }

                grouped = false;
            }

            int from = 0;
            for (int s = 0; s < count; s++)
            {
                if (mentions[s] >= 2)
                {
                    reader.Read(paragraph, s, paragraph.Claims, grouped ? from : 0, grouped ? from + mentions[s] : int.MaxValue);
                }
                else if (mentions[s] == 1)
                {
                    // The gazetteer may complete what the lone mention states, the dateline's state be the office of a
                    // lone person's title, or the article's attacker or accuser be its other party ("Kabul denies the
                    // charge.").
                    bool curated = entities is not null && (!grouped || KnowsMore(paragraph.Mentions[from])
                        || dateline is not null && paragraph.Mentions[from].Entity.Type == EntityType.Person);
                    if (curated || reader.RemembersActs)
                    {
                        reader.ReadSingle(paragraph, s, paragraph.Claims, grouped ? from : 0, grouped ? from + mentions[s] : int.MaxValue, curated);
                    }
                }

                from += mentions[s];
            }
        }

        if (reader is not null)
        {
            readers.Add(reader);
        }
    }
}
