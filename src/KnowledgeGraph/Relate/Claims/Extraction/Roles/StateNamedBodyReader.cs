using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A state's own body whose name writes the state ("the French army", "the US Department of Justice", "China's Foreign
/// Ministry", "the Chinese embassy in Kabul", "the state-owned China Central Television", "Uzbekistan Railways, the state
/// operator") → the body PART_OF the state.
/// The body is a curated government body (gazetteer subtype) or an organisation a <c>state_owned</c> cue introduces or
/// opens an apposition after ("the" or "a" before it), or a cue and a noun of the body introduce ("the state railway
/// company Kazakhstan Temir Zholy"), the
/// state one the article names, written in the body's words by its name, an alias, an
/// acronym or a demonym; a state after "in" or "to" is a host, not the owner ("the Embassy of Pakistan in Kabul"). A body
/// name that only modifies a noun after it ("Chinese military analysts", "a Chinese military base") states nothing. A body
/// the gazetteer lacks whose name ends with a state organ's word (claim_cues <c>state_organs</c>), right after a state's
/// name, acronym or demonym or after a curated government body, is PART_OF it ("the Kenyan Supreme Court", "the U.S.
/// Senate Appropriations Committee"), and so is a curated government body right after a state's name, acronym or demonym
/// ("the US FBI", "the British Indian Army").
/// </summary>
internal sealed class StateNamedBodyReader
{
    private const string Subtype = EntitySubtypes.GovernmentBody;
    private const int MaxCachedStates = 1024;
    private readonly PredicateLexicon lexicon;
    private readonly PredicateDefinition? partOf;
    private IReadOnlyList<Entity> states = [];
    private readonly Dictionary<Entity, string[][]> forms = new(ReferenceEqualityComparer.Instance);

    public StateNamedBodyReader(PredicateLexicon lexicon)
    {
        this.lexicon = lexicon;
        partOf = lexicon.Find("PART_OF");
    }

    /// <summary>Moves on to another article: <paramref name="states"/> are the countries it names, the only ones a body's words are searched for.</summary>
    public void Begin(IReadOnlyList<Entity> states)
    {
        this.states = states;
    }

    /// <summary>Appends (body mention, PART_OF, state) for each government body of the view whose name writes its state.</summary>
    public void Read(SentenceView view, List<(int Mention, PredicateDefinition Predicate, Entity Linked)> output)
    {
        if (partOf is null)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            Mention mention = view.Mention(m);
            if (mention.Entity.Type != EntityType.Organisation || mention.Kind is MentionKind.Partial or MentionKind.Demonym)
            {
                continue;
            }

            if (OrganOwner(view, m) is { } owner)
            {
                output.Add((m, partOf, owner));
                continue;
            }

            if (states.Count == 0 || view.MentionLast(m) == view.MentionFirst(m))
            {
                continue;
            }

            // "the state-owned China Central Television network": the cue owns the whole phrase, whatever noun ends it.
            // "Uzbekistan Railways, the state operator": the cue may open an apposition after the name instead.
            bool stateOwned = lexicon.Cues.StateOwnedBefore(view, view.MentionFirst(m)) || StateOwnedApposition(view, m) || StateOwnedNoun(view, m);
            if (!stateOwned && mention.Entity.Subtype != Subtype)
            {
                continue;
            }

            bool? modifies = stateOwned ? false : ModifiesNoun(view, m);
            // Where only the tag after the name can tell, the owner is looked for first: most bodies write no state,
            // and then the sentence need not be tagged.
            if (modifies != true && Owner(view, m) is { } state && partOf.AllowsObject(state)
                && (modifies == false || !TaggedNoun(view, view.MentionLast(m) + 1)))
            {
                output.Add((m, partOf, state));
            }
        }
    }

    /// <summary>
    /// "the Kenyan Supreme Court", "the U.S. Fish and Wildlife Service", "the U.S. Senate Appropriations Committee": a
    /// discovered body whose last word is a state organ's (claim_cues <c>state_organs</c>) right after a state's name,
    /// acronym or demonym, or after a curated government body, belongs to it; null otherwise, and when the body's name only
    /// modifies a noun after it.
    /// </summary>
    private Entity? OrganOwner(SentenceView view, int m)
    {
        Mention body = view.Mention(m);
        int first = view.MentionFirst(m);
        // "the US FBI", "the Pakistani ISI": a curated government body after its state's name or demonym belongs to it too.
        // "the Tajik energy ministry": a body discovered as a state's own government body is an organ whatever its last word.
        bool discoveredOrgan = body.Kind == MentionKind.Discovered
            && (body.Entity.Subtype is null && lexicon.Cues.StateOrgans.StartsAt(view, view.MentionLast(m)) || body.Entity.Subtype == Subtype);
        bool curatedBody = body.Kind is MentionKind.Name or MentionKind.Acronym && body.Entity.Subtype == Subtype;
        // "Tajikistan's Drug Control Agency": a discovered organ after its state's possessive belongs to it as well.
        bool possessed = discoveredOrgan && view.Is(first - 1, "'s");
        if (!(discoveredOrgan || curatedBody) || view.MentionIndexAt(possessed ? first - 2 : first - 1) is not (>= 0 and var before)
            || possessed && !view.IsPossessive(before))
        {
            return null;
        }

        Mention owner = view.Mention(before);
        bool state = owner.Entity.Type == EntityType.Country && (owner.Kind is MentionKind.Name or MentionKind.Acronym || !possessed && owner.Kind == MentionKind.Demonym);
        bool organ = discoveredOrgan && owner.Entity.Type == EntityType.Organisation && owner.Entity.Subtype == Subtype && owner.Kind is MentionKind.Name or MentionKind.Acronym;
        if (!(state || organ) || view.Is(view.MentionFirst(before) - 1, "in") || view.Is(view.MentionFirst(before) - 1, "to"))
        {
            return null;
        }

        bool? modifies = ModifiesNoun(view, m);
        if (modifies == true || modifies is null && TaggedNoun(view, view.MentionLast(m) + 1))
        {
            return null;
        }

        return partOf!.AllowsObject(owner.Entity) ? owner.Entity : null;
    }

    /// <summary>
    /// True when a comma, an article and a <c>state_owned</c> cue follow the mention ("China Railway Group, the state-owned
    /// contractor", "Kyrgyz Temir Jolu, the state railway company", "Metallurgical Corporation of China, a state-owned
    /// miner").
    /// </summary>
    private bool StateOwnedApposition(SentenceView view, int m)
    {
        int comma = view.MentionLast(m) + 1;
        return view.Is(comma, ",") && (view.Is(comma + 1, "the") || view.Is(comma + 1, "a")) && NoName(view, comma + 2)
            && lexicon.Cues.StateOwned.LongestAt(view, comma + 2) > 0;
    }

    /// <summary>
    /// True when "the" or a possessive, a <c>state_owned</c> cue and one or two lower-case nouns stand right before the
    /// mention, or before it and a comma ("the state railway company Kazakhstan Temir Zholy", "the state carrier, Pakistan
    /// International Airlines", "Kazakhstan's state railway company, Kazakhstan Temir Zholy").
    /// </summary>
    private bool StateOwnedNoun(SentenceView view, int m)
    {
        int last = view.MentionFirst(m) - 1;
        last -= view.Is(last, ",") ? 1 : 0;
        for (int start = last; start >= last - 1 && start > view.First; start--)
        {
            if (!VerbShapes.IsLowerWord(view, start) || !NoName(view, start))
            {
                return false;
            }

            // The cue ends right before the nouns and "the" or a possessive opens it: "the state-owned", "Kazakhstan's national".
            for (int cue = start - 1; cue >= Math.Max(view.First + 1, start - 3); cue--)
            {
                if (lexicon.Cues.StateOwned.LongestAt(view, cue) == start - cue && (view.Is(cue - 1, "the") || view.Is(cue - 1, "'s")) && NoName(view, cue))
                {
                    return lexicon.Cues.StateOwned.LongestAt(view, start) == 0;
                }
            }
        }

        return false;
    }

    /// <summary>True when no name covers token <paramref name="i"/>: none, or a description coreference resolved ("the state").</summary>
    private static bool NoName(SentenceView view, int i)
    {
        int r = view.MentionIndexAt(i);
        return r < 0 || view.Mention(r).Kind == MentionKind.Partial;
    }

    /// <summary>
    /// The state written first in the mention's words (its longest form there), unless "in" or "to" introduces it; else
    /// null. The article's few states are scanned directly: building a look-up per article cost more than the scans.
    /// </summary>
    private Entity? Owner(SentenceView view, int m)
    {
        int last = view.MentionLast(m);
        for (int k = view.MentionFirst(m); k <= last; k++)
        {
            if (view.Token(k).Kind != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> word = view.Word(k);
            Entity? found = null;
            int longest = 0;
            foreach (Entity state in states)
            {
                foreach (string[] words in FormsOf(state))
                {
                    if (words.Length > longest && k + words.Length - 1 <= last && word.Equals(words[0], StringComparison.OrdinalIgnoreCase)
                        && view.WordsMatch(k, words))
                    {
                        (found, longest) = (state, words.Length);
                    }
                }
            }

            if (found is not null)
            {
                return view.Is(k - 1, "in") || view.Is(k - 1, "to") ? null : found;
            }
        }

        return null;
    }

    /// <summary>A state's name, aliases, acronyms and demonyms split into words, once per state across articles.</summary>
    private string[][] FormsOf(Entity state)
    {
        if (forms.TryGetValue(state, out string[][]? found))
        {
            return found;
        }

        var split = new List<string[]> { PhraseWords.Split(state.Name) };
        foreach (Alias alias in state.Aliases)
        {
            split.Add(PhraseWords.Split(alias.Text));
        }

        foreach (string form in state.Acronyms.Concat(state.Demonyms))
        {
            split.Add(PhraseWords.Split(form));
        }

        // Countries are gazetteer entities, a few hundred; a bound keeps the cache small should an article bring others.
        if (forms.Count >= MaxCachedStates)
        {
            forms.Clear();
        }

        return forms[state] = [.. split];
    }

    /// <summary>
    /// True when a common noun or a capitalised role title follows the body's name: the name is that noun's modifier
    /// ("Chinese military base", "US House Speaker Nancy Pelosi": the sentence speaks of the base, of the person's
    /// office, whose capitalised title takes the body's name into its own). A lower-case title names a post in the body
    /// the sentence names ("Chinese Foreign Ministry spokesperson Lin Jian"), which leaves the body's words standing.
    /// Without tags any other lower-case word after the name counts as a noun; with them, null when one follows and
    /// only its tag can tell (<see cref="TaggedNoun"/>).
    /// </summary>
    private bool? ModifiesNoun(SentenceView view, int m)
    {
        int next = view.MentionLast(m) + 1;
        if (next >= view.End || view.MentionIndexAt(next) >= 0 || view.Token(next).Kind != TokenKind.Word)
        {
            return false;
        }

        if (view.TitleAt(next))
        {
            return !view.Token(next).Is(TokenShape.AllLower);
        }

        return !view.Token(next).Is(TokenShape.AllLower) ? false : view.Syntax is null ? true : null;
    }

    /// <summary>True when the tagger reads token <paramref name="i"/> as a noun or an adjective (tags the sentence if no stage did).</summary>
    private static bool TaggedNoun(SentenceView view, int i) => view.Syntax!.Upos(i) is Upos.Noun or Upos.Adj;
}
