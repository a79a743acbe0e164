using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A name that states a curated link in its own words ("the Chinese Embassy in Kabul", "its Kabul embassy" → BASED_IN
/// Kabul): a mention whose entity has a gazetteer link (part_of, based_in, member_of) to an entity whose name or alias
/// is written inside the mention, or such a link or a faction_of or affiliate_of one (→ PART_OF) to the entity the
/// mention right after "of" names ("the Haqqani faction of the Taliban"); a parent's name inside an affiliate's own
/// ("Islamic State Khorasan") states nothing, nor does a place's name opening a body's proper name ("the Kazakhstan
/// Institute for Strategic Studies", "Karachi University" place the body nowhere); a parent's possessive opening the name
/// does ("the BLA's Majeed Brigade"), and so does a description of it by its name's head noun ("the army's Special Security Division"), and so does the linked
/// entity's possessive or a possessive pronoun resolved to it right before the name ("the SCO's Regional Anti-Terrorist
/// Structure", "its Majeed Brigade"). The
/// claim's evidence is the mention; links the words do not name are not claims.
/// </summary>
internal sealed class NamedLinkReader
{
    private readonly PredicateLexicon lexicon;
    private readonly Func<string, Entity?> entities;
    /// <summary>
    /// Per entity, the curated links its mentions could state (predicate and types allow them), each with whether the
    /// name's own words may state it (a faction or affiliate link is stated only by "of"); the words decide.
    /// </summary>
    private readonly Dictionary<Entity, (PredicateDefinition Predicate, Entity Linked, bool Written)[]> stateable = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Per entity and surface form (case-insensitive), whether those words name each of its stateable links: an entity is
    /// written in few ways, and each test searches the mention for every name and alias of the linked entity.
    /// </summary>
    private readonly Dictionary<Entity, Dictionary<string, bool[]>> written = new(ReferenceEqualityComparer.Instance);
    private int writtenCount;
    private const int MaxWrittenForms = 4096;

    public NamedLinkReader(PredicateLexicon lexicon, Func<string, Entity?> entities)
    {
        this.lexicon = lexicon;
        this.entities = entities;
    }

    /// <summary>Appends (mention, predicate, linked entity) for each link a mention of the view names in its words.</summary>
    public void Read(SentenceView view, List<(int Mention, PredicateDefinition Predicate, Entity Linked)> output)
    {
        for (int m = 0; m < view.MentionCount; m++)
        {
            Mention mention = view.Mention(m);
            if (mention.Entity.Links.Count == 0 || mention.Kind is MentionKind.Partial or MentionKind.Demonym)
            {
                continue;
            }

            var links = Stateable(mention.Entity);
            if (links.Length == 0)
            {
                continue;
            }

            bool[] named = Written(mention, view.Text.AsSpan(mention.Start, mention.End - mention.Start), links);
            for (int k = 0; k < links.Length; k++)
            {
                if (named[k] || OfNext(view, m, links[k].Linked) || DescribedOwner(view, m, links[k].Linked) || PossessedBy(view, m, links[k].Linked)
                    || links[k].Written && Prefixed(view, m, links[k].Linked))
                {
                    output.Add((m, links[k].Predicate, links[k].Linked));
                }
            }
        }
    }

    /// <summary>
    /// The links of <paramref name="entity"/> a claim may state, in link order, found once per entity: an entity is
    /// mentioned many times in a document, and each look-up of the linked entity and its predicate costs a hash.
    /// </summary>
    private (PredicateDefinition Predicate, Entity Linked, bool Written)[] Stateable(Entity entity)
    {
        if (stateable.TryGetValue(entity, out var found))
        {
            return found;
        }

        var links = new List<(PredicateDefinition, Entity, bool)>();
        foreach (EntityLink link in entity.Links)
        {
            string? name = link.Rel switch
            {
                "part_of" or "faction_of" or "affiliate_of" => "PART_OF",
                "based_in" => "BASED_IN",
                "member_of" => "MEMBER_OF",
                _ => null,
            };
            if (name is not null && lexicon.Find(name) is { } predicate && entities(link.To) is { } linked
                && predicate.AllowsSubject(entity) && predicate.AllowsObject(linked))
            {
                links.Add((predicate, linked, link.Rel == name.ToLowerInvariant()));
            }
        }

        return stateable[entity] = [.. links];
    }

    /// <summary>For each of <paramref name="links"/>, whether the mention's own words name the linked entity (link by link, cached per surface form).</summary>
    private bool[] Written(Mention mention, ReadOnlySpan<char> words, (PredicateDefinition Predicate, Entity Linked, bool Written)[] links)
    {
        if (!written.TryGetValue(mention.Entity, out var byForm))
        {
            written[mention.Entity] = byForm = new Dictionary<string, bool[]>(StringComparer.OrdinalIgnoreCase);
        }

        var lookup = byForm.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(words, out bool[]? found))
        {
            return found;
        }

        found = new bool[links.Length];
        for (int k = 0; k < links.Length; k++)
        {
            found[k] = links[k].Written
                ? Names(words, links[k].Linked) && !Brand(words, mention.Entity, links[k].Linked)
                    && !(links[k].Predicate.Name == "BASED_IN" && OpensProperName(words, links[k].Linked))
                : OwnedBy(words, links[k].Linked);
        }

        // A bound keeps the cache small over a long run of discovered names.
        if (++writtenCount > MaxWrittenForms)
        {
            written.Clear();
            writtenCount = 0;
            return found;
        }

        byForm[words.ToString()] = found;
        return found;
    }

    /// <summary>
    /// "The U.N. Office for the Coordination of Humanitarian Affairs": the parent's own mention written right before the
    /// part's, no possessive between, reads as one name with it and states the link as the name's own words would (a brand
    /// excepted, <see cref="Brand"/>).
    /// </summary>
    private static bool Prefixed(SentenceView view, int m, Entity linked)
    {
        int before = view.MentionIndexAt(view.MentionFirst(m) - 1);
        if (before < 0 || view.MentionLast(before) != view.MentionFirst(m) - 1 || view.IsPossessive(before)
            || view.Mention(before).Entity.Id != linked.Id || view.Mention(before).Kind is not (MentionKind.Name or MentionKind.Acronym))
        {
            return false;
        }

        Mention parent = view.Mention(before);
        Mention part = view.Mention(m);
        return !Brand(view.Text.AsSpan(parent.Start, part.End - parent.Start), part.Entity, linked);
    }

    /// <summary>
    /// "the Carnegie Russia Eurasia Center": a parent organisation's name opening its part's own name is the brand the
    /// part carries, not a statement that the sentence names the parent (as "Islamic State Khorasan" states no affiliation);
    /// an intergovernmental body's parts are named as such.
    /// </summary>
    private static bool Brand(ReadOnlySpan<char> words, Entity part, Entity parent)
    {
        // The bodies of states' organisations are named as its parts ("the UN Security Council", "UNAMA").
        if (part.Type != EntityType.Organisation || parent.Type != EntityType.Organisation || parent.Subtype == EntitySubtypes.Intergovernmental)
        {
            return false;
        }

        if (Opens(words, parent.Name))
        {
            return true;
        }

        foreach (Alias alias in parent.Aliases)
        {
            if (Opens(words, alias.Text))
            {
                return true;
            }
        }

        foreach (string acronym in parent.Acronyms)
        {
            if (Opens(words, acronym))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the Kazakhstan Institute for Strategic Studies", "the Gwadar Port Authority", "Karachi University": a place whose
    /// name or alias opens a body's capitalised name (past "the", before a space or hyphen and a capital) is a word of the
    /// name, not a statement of where the body is; "the Chinese Embassy in Kabul" and "its Kabul embassy" place it.
    /// </summary>
    private static bool OpensProperName(ReadOnlySpan<char> words, Entity place)
    {
        if (OpensCapitalised(words, place.Name))
        {
            return true;
        }

        foreach (Alias alias in place.Aliases)
        {
            if (OpensCapitalised(words, alias.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="words"/> (past "the") start with <paramref name="name"/>, a space or hyphen and a capital.</summary>
    private static bool OpensCapitalised(ReadOnlySpan<char> words, string name)
    {
        ReadOnlySpan<char> trimmed = words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? words[4..] : words;
        return name.Length > 0 && trimmed.Length > name.Length + 1 && trimmed.StartsWith(name, StringComparison.OrdinalIgnoreCase)
            && trimmed[name.Length] is ' ' or '-' && char.IsUpper(trimmed[name.Length + 1]);
    }

    /// <summary>
    /// "the BLA's Majeed Brigade": a faction's or affiliate's name that opens with its parent's possessive (name, alias or
    /// acronym) states the link, as "of" after it does.
    /// </summary>
    private static bool OwnedBy(ReadOnlySpan<char> words, Entity parent)
    {
        if (OpensPossessive(words, parent.Name))
        {
            return true;
        }

        foreach (Alias alias in parent.Aliases)
        {
            if (OpensPossessive(words, alias.Text))
            {
                return true;
            }
        }

        foreach (string acronym in parent.Acronyms)
        {
            if (OpensPossessive(words, acronym))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="words"/> (past "the") start with <paramref name="name"/> and a possessive 's.</summary>
    private static bool OpensPossessive(ReadOnlySpan<char> words, string name)
    {
        ReadOnlySpan<char> trimmed = words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? words[4..] : words;
        return name.Length > 0 && trimmed.Length > name.Length + 2 && trimmed.StartsWith(name, StringComparison.OrdinalIgnoreCase)
            && trimmed[name.Length] is '\'' or '’' && trimmed[name.Length + 1] is 's' or 'S';
    }

    /// <summary>True when <paramref name="words"/> start with <paramref name="name"/> and go on past it (a longer name).</summary>
    private static bool Opens(ReadOnlySpan<char> words, string name)
    {
        ReadOnlySpan<char> trimmed = words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? words[4..] : words;
        return trimmed.Length > name.Length && trimmed.StartsWith(name, StringComparison.OrdinalIgnoreCase) && trimmed[name.Length] == ' ';
    }

    /// <summary>
    /// True when "of" (and "the") joins the mention to the next one, which names <paramref name="linked"/>: "the Haqqani
    /// faction of the Taliban government" states the curated link as the name's own words would.
    /// </summary>
    private static bool OfNext(SentenceView view, int m, Entity linked)
    {
        int of = view.MentionLast(m) + 1;
        int next = view.Is(of + 1, "the") ? of + 2 : of + 1;
        return view.Is(of, "of") && view.MentionIndexAt(next) is >= 0 and var whole && view.MentionFirst(whole) == next
            && view.Mention(whole).Entity.Id == linked.Id;
    }

    /// <summary>
    /// True when the mention right before names <paramref name="linked"/> with a possessive 's, or is a possessive pronoun
    /// coreference resolved to it: "the SCO's Regional Anti-Terrorist Structure", "its Majeed Brigade" (after the BLA) state
    /// the curated link as the part's own words would. A name glued by a hyphen to the next word only modifies what the
    /// possessive owns ("its Chabahar-Zahedan railway").
    /// </summary>
    private static bool PossessedBy(SentenceView view, int m, Entity linked)
    {
        int owner = m - 1;
        int next = view.MentionLast(m) + 1;
        return owner >= 0 && view.Mention(owner).Entity.Id == linked.Id && view.AfterMention(owner) == view.MentionFirst(m)
            && (view.IsPossessive(owner) || view.IsPossessivePronoun(owner))
            && !(view.Is(next, "-") && view.Token(next).Start == view.Token(next - 1).End);
    }

    /// <summary>
    /// True when "the", a lower-case head noun of <paramref name="linked"/>'s name or of an alias and a possessive 's open
    /// the mention: "the army's Special Security Division" describes the Pakistan Army by its name's last word, as "the
    /// group" or "the country" would, and states the body's curated link to it, whether or not the description is resolved
    /// to it.
    /// </summary>
    private static bool DescribedOwner(SentenceView view, int m, Entity linked)
    {
        int s = view.MentionFirst(m) - 1;
        int head = s - 1;
        if (!view.Is(s, "'s") || !view.Is(head - 1, "the") || view.MentionIndexAt(head) is >= 0 and var described && view.Mention(described).Entity != linked
            || view.Token(head).Kind != TokenKind.Word
            || !view.Token(head).Is(TokenShape.AllLower))
        {
            return false;
        }

        ReadOnlySpan<char> word = view.Word(head);
        if (LastWord(linked.Name).Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (Alias alias in linked.Aliases)
        {
            if (LastWord(alias.Text).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last word of a name ("Pakistan Army" → "Army").</summary>
    private static ReadOnlySpan<char> LastWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return space < 0 ? ReadOnlySpan<char>.Empty : name.AsSpan(space + 1);
    }

    /// <summary>
    /// True when the name or an alias of <paramref name="linked"/> (or, with <paramref name="demonyms"/>, one of its
    /// demonyms: "the Russian invasion") stands in <paramref name="words"/> as whole words.
    /// </summary>
    public static bool Names(ReadOnlySpan<char> words, Entity linked, bool demonyms = false)
    {
        if (Contains(words, linked.Name))
        {
            return true;
        }

        foreach (Alias alias in linked.Aliases)
        {
            if (Contains(words, alias.Text))
            {
                return true;
            }
        }

        if (demonyms)
        {
            foreach (string demonym in linked.Demonyms)
            {
                if (Contains(words, demonym))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Contains(ReadOnlySpan<char> words, string name)
    {
        int at = words.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        return name.Length > 0 && at >= 0 && (at == 0 || !char.IsLetter(words[at - 1]))
            && (at + name.Length == words.Length || !char.IsLetter(words[at + name.Length]));
    }
}
