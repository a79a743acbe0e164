using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// Descriptions that name a curated entity the article never names, by its owner and kind (coreference.yaml
/// <c>owned</c>): "Beijing's first overseas military base", "the Chinese military base at Doraleh", "China's new base",
/// "where China recently opened a new logistics and military base" → the Chinese naval base in Djibouti. The owner is a
/// country written right before the modifiers as a possessive or a demonym, a possessive pronoun coreference resolved to
/// a country ("its first overseas … base"), or, after "a", "an" or an unresolved "its", the subject of an owning verb
/// whose object the description is (read from the parse: "China opened its first overseas … base"). The description names the one entity of its kind the owner
/// <c>operates</c> (a gazetteer link) whose place the article names; with none or several it names nothing. The new
/// mention (kind <see cref="MentionKind.Described"/>) covers the modifiers and head, not the owner, and keeps the
/// owner's first token so Relate can state that the owner runs it.
/// </summary>
internal sealed class OwnedDescriptions : IDocumentStage
{
    private const int MaxModifiers = 5;
    private const float Confidence = 0.9f;

    private readonly CoreferenceCues cues;
    private readonly Dictionary<string, List<Owned>> byOwner = new(StringComparer.Ordinal);
    /// <summary>Every head of the owned rules with its rule, compared at each token (a length check first).</summary>
    private readonly (string[] Words, CoreferenceRule Rule)[] heads;

    public OwnedDescriptions(CoreferenceCues cues, IReadOnlyDictionary<string, Entity> entities)
    {
        this.cues = cues;
        heads = [.. cues.Owned.SelectMany(r => r.Words.Select(w => (w, r)))];
        foreach (Entity owner in entities.Values)
        {
            foreach (EntityLink link in owner.Links)
            {
                if (link.Rel != "operates" || !entities.TryGetValue(link.To, out Entity? facility)
                    || cues.Owned.FirstOrDefault(r => r.Fit(facility) >= 0) is not { } rule)
                {
                    continue;
                }

                if (!byOwner.TryGetValue(owner.Id, out var list))
                {
                    byOwner[owner.Id] = list = [];
                }

                list.Add(new Owned(facility, rule, [.. PlaceChain.Above(facility, entities.GetValueOrDefault).Select(p => p.Id)]));
            }
        }
    }

    /// <summary>True when no entity operates anything an owned description may name: the stage then does nothing.</summary>
    public bool IsEmpty => byOwner.Count == 0;

    public string Name => "owned descriptions";

    public void Process(Document doc)
    {
        if (IsEmpty)
        {
            return;
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            foreach (Mention mention in paragraph.Mentions)
            {
                named.Add(mention.Entity.Id);
            }
        }

        // Only an article that names an owner and the place of something it operates can describe it.
        if (!byOwner.Any(o => named.Contains(o.Key) && o.Value.Exists(f => f.Places.Any(named.Contains))))
        {
            return;
        }

        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role is LineRole.Body or LineRole.Title)
            {
                Read(paragraph, named);
            }
        }
    }

    private void Read(Paragraph paragraph, HashSet<string> named)
    {
        List<Mention>? found = null;
        for (int s = 0; s < paragraph.Sentences.Length; s++)
        {
            Sentence sentence = paragraph.Sentences[s];
            for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                if (Head(paragraph, t, sentence.TokenEnd) is not var (rule, end) || Covered(paragraph, t, end))
                {
                    continue;
                }

                if (Describe(paragraph, s, sentence, t, end, rule, named) is { } mention)
                {
                    (found ??= []).Add(mention);
                }

                t = end - 1;
            }
        }

        if (found is not null)
        {
            paragraph.Mentions.AddRange(found);
            paragraph.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>The owned rule whose words, written in lower case, start at token <paramref name="t"/>, and where they end.</summary>
    private (CoreferenceRule Rule, int End)? Head(Paragraph paragraph, int t, int limit)
    {
        foreach (var (words, rule) in heads)
        {
            int end = t + words.Length;
            if (end > limit)
            {
                continue;
            }

            bool match = true;
            for (int i = 0; i < words.Length && match; i++)
            {
                Token token = paragraph.Tokens[t + i];
                match = paragraph.Normalised.AsSpan(token.Start, token.Length).Equals(words[i], StringComparison.Ordinal);
            }

            if (match)
            {
                return (rule, end);
            }
        }

        return null;
    }

    private Mention? Describe(Paragraph paragraph, int s, Sentence sentence, int head, int end, CoreferenceRule rule, HashSet<string> named)
    {
        SyntaxLayer? syntax = paragraph.Syntax;
        if (syntax is null)
        {
            return null;
        }

        // "a base of support": the words head another phrase.
        if (end < sentence.TokenEnd && Word(paragraph, end) == "of")
        {
            return null;
        }

        // Words alone first: the tagger runs only where an owner and its facility are found.
        int first = head;
        while (first > sentence.TokenStart && head - first < MaxModifiers && IsModifierWord(paragraph, first - 1))
        {
            first--;
        }

        int ownerToken = OwnerBefore(paragraph, first, s, out Entity? owner);
        // The parse is read only after an owning verb right before the determiner ("opened a", "built its").
        if (owner is null && first - 1 > sentence.TokenStart && Word(paragraph, first - 1) is "a" or "an" or "its"
            && IsOwningVerb(paragraph, syntax, s, first - 2))
        {
            ownerToken = SubjectOfOwningVerb(paragraph, syntax, s, end - 1, out owner);
        }

        if (owner is null || !byOwner.TryGetValue(owner.Id, out var owned))
        {
            return null;
        }

        Entity? named1 = null;
        foreach (Owned candidate in owned)
        {
            if (candidate.Rule == rule && candidate.Places.Any(named.Contains))
            {
                if (named1 is not null)
                {
                    return null;
                }

                named1 = candidate.Facility;
            }
        }

        if (named1 is null || first == end)
        {
            return null;
        }

        // "base camp" heads another noun; "Beijing's support base" has a lone noun before the head.
        syntax.EnsureTagged(s);
        int tagged = head;
        while (tagged > first && IsModifier(paragraph, syntax, tagged - 1))
        {
            tagged--;
        }

        if (tagged != first || end < sentence.TokenEnd && syntax.Upos(end) is Upos.Noun or Upos.Propn && IsLower(paragraph, end))
        {
            return null;
        }

        Token[] tokens = paragraph.Tokens;
        return new Mention
        {
            Start = tokens[first].Start, End = tokens[end - 1].End, TokenStart = first, TokenEnd = end, Sentence = s,
            Entity = named1, Kind = MentionKind.Described, Confidence = Confidence,
            Candidates = [new MentionCandidate(named1, MentionKind.Described, [])], OwnerToken = ownerToken,
        };
    }

    /// <summary>
    /// A word between the owner and the head: an adjective, number or adverb ("first", "overseas", "new"), a lower-case
    /// noun before "and" or a comma ("logistics and military"), "and" or a hyphen ("first-known"); never a determiner or
    /// a word inside a mention ("support base" is no military base).
    /// </summary>
    private bool IsModifier(Paragraph paragraph, SyntaxLayer syntax, int i)
    {
        if (!IsModifierWord(paragraph, i))
        {
            return false;
        }

        if (Word(paragraph, i) is "-" or "and")
        {
            return true;
        }

        // A noun only as one of coordinated modifiers: "logistics and military base", never "support base".
        return syntax.Upos(i) is Upos.Adj or Upos.Num or Upos.Adv
            || syntax.Upos(i) == Upos.Noun && i + 1 < paragraph.Tokens.Length && Word(paragraph, i + 1) is "and" or ",";
    }

    /// <summary>
    /// A word that may stand between owner and head, before its tag is read: "-", "and", or a lower-case word no mention
    /// covers that is no determiner (the determiners of coreference.yaml's expletive cues: "its", "the", "a").
    /// </summary>
    private bool IsModifierWord(Paragraph paragraph, int i)
    {
        string word = Word(paragraph, i);
        return word is "-" or "and" || paragraph.Tokens[i].Kind == TokenKind.Word && word is not ("'s" or "'") && IsLower(paragraph, i)
            && !cues.Expletive.Determiners.Contains(word) && !Covered(paragraph, i, i + 1);
    }

    /// <summary>
    /// The country written right before token <paramref name="first"/>: its possessive ("China's", "Beijing's"), its
    /// demonym ("the Chinese military base") or a possessive pronoun resolved to it ("its"); the owner's first token, or -1.
    /// </summary>
    private static int OwnerBefore(Paragraph paragraph, int first, int s, out Entity? owner)
    {
        owner = null;
        if (first >= 2 && Word(paragraph, first - 1) is "'s" or "'"
            && paragraph.Mentions.Find(m => m.TokenEnd == first - 1) is { Entity.Type: EntityType.Country, Kind: MentionKind.Name or MentionKind.Metonym } possessor)
        {
            owner = possessor.Entity;
            return possessor.TokenStart;
        }

        if (paragraph.Mentions.Find(m => m.TokenEnd == first && m is { Kind: MentionKind.Demonym, Entity.Type: EntityType.Country }) is { } demonym)
        {
            owner = demonym.Entity;
            return demonym.TokenStart;
        }

        if (paragraph.References.Find(r => r.TokenEnd == first && r.Sentence == s && r.Kind == ReferenceKind.Possessive) is { Entity.Type: EntityType.Country } pronoun)
        {
            owner = pronoun.Entity;
            return pronoun.TokenStart;
        }

        return -1;
    }

    /// <summary>
    /// "China recently opened a new logistics and military base": the country the parse makes the subject of the owning
    /// verb whose object is the head, or, when the parse gives the verb no subject, a country written right before the
    /// verb; its first token, or -1.
    /// </summary>
    private int SubjectOfOwningVerb(Paragraph paragraph, SyntaxLayer syntax, int s, int head, out Entity? owner)
    {
        owner = null;
        syntax.EnsureParsed(s);
        // "a new logistics and military base": the parse may make the head a conjunct of the first modifier noun.
        for (int hops = 0; hops < 2 && DepRels.Base(syntax.Relation(head)) == DepRel.Conj && syntax.Head(head) >= 0; hops++)
        {
            head = syntax.Head(head);
        }

        int verb = syntax.Head(head);
        if (DepRels.Base(syntax.Relation(head)) != DepRel.Obj || verb < 0 || !cues.OwningVerbs.Contains(syntax.Lemma(verb)))
        {
            return -1;
        }

        Span<int> children = stackalloc int[64];
        int count = syntax.Dependents(verb, children);
        bool hasSubject = false;
        foreach (int child in children[..Math.Min(count, children.Length)])
        {
            if (!syntax.Relation(child).IsSubject())
            {
                continue;
            }

            hasSubject = true;
            if (paragraph.Mentions.Find(m => m.TokenStart <= child && child < m.TokenEnd && m.Entity.Type == EntityType.Country) is { } named)
            {
                owner = named.Entity;
                return named.TokenStart;
            }

            if (paragraph.References.Find(r => r.TokenStart <= child && child < r.TokenEnd && r.Entity.Type == EntityType.Country) is { } reference)
            {
                owner = reference.Entity;
                return reference.TokenStart;
            }
        }

        // The parse gave the verb no subject ("…, and last year China opened its first overseas … base" read China as an
        // apposition): a country written right before the verb, an adverb or auxiliary between them at most.
        int before = verb - 1;
        if (hasSubject)
        {
            return -1;
        }

        if (before >= 0 && syntax.Upos(before) is Upos.Adv or Upos.Aux)
        {
            before--;
        }

        if (before >= 0 && paragraph.Mentions.Find(m => m.TokenEnd == before + 1 && m.Entity.Type == EntityType.Country && m.Kind != MentionKind.Demonym) is { } adjacent
            && syntax.SentenceOf(adjacent.TokenStart) == syntax.SentenceOf(verb))
        {
            owner = adjacent.Entity;
            return adjacent.TokenStart;
        }

        return -1;
    }

    /// <summary>True when token <paramref name="i"/> is a verb whose lemma is one of the owning verbs (tags only, no parse).</summary>
    private bool IsOwningVerb(Paragraph paragraph, SyntaxLayer syntax, int s, int i)
    {
        if (paragraph.Tokens[i].Kind != TokenKind.Word || !IsLower(paragraph, i))
        {
            return false;
        }

        syntax.EnsureTagged(s);
        return syntax.Upos(i) == Upos.Verb && cues.OwningVerbs.Contains(syntax.Lemma(i));
    }

    /// <summary>True when a mention or reference covers a token of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static bool Covered(Paragraph paragraph, int start, int end) =>
        paragraph.Mentions.Exists(m => m.TokenStart < end && start < m.TokenEnd)
        || paragraph.References.Exists(r => r.TokenStart < end && start < r.TokenEnd);

    private static string Word(Paragraph paragraph, int i)
    {
        Token token = paragraph.Tokens[i];
        return paragraph.Normalised.Substring(token.Start, token.Length);
    }

    private static bool IsLower(Paragraph paragraph, int i) => paragraph.Tokens[i].Is(TokenShape.AllLower);

    private sealed record Owned(Entity Facility, CoreferenceRule Rule, string[] Places);
}
