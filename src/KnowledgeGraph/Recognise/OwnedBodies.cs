using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// A state's own body written as a description right after the state's possessive or demonym ("China's defence ministry",
/// "Pakistan's navy", "the Tajik energy ministry", "Russia's Supreme Court"): a head of cues <c>state_body_heads</c>, or a
/// subject of cues <c>ministry_subjects</c> and "ministry", all in lower case or all capitalised. It is the curated body
/// the gazetteer names "&lt;demonym or state&gt; &lt;words&gt;" in any casing and spelling ("Pakistani Navy", "Chinese
/// Defence Ministry"), else a discovered government body "&lt;Words&gt; of &lt;state&gt;", named as
/// <see cref="PossessedNames"/> names one, so "India's navy" and "the Indian Navy" are one body. A government the gazetteer
/// holds as an organisation owns only its curated bodies ("the Taliban's defence ministry"). No head followed by "of"
/// ("China's army of workers") or, capitalised, by another capitalised word ("Pakistan's Army Public School"), nor one
/// that two coordinated states share ("Pakistani and Afghan border guards"). A diplomatic mission followed by "in" and
/// its host ("China's embassy in Kabul") is read by <see cref="OwnedMissions"/>.
/// </summary>
internal static class OwnedBodies
{
    /// <summary>Adds a mention for each such body whose words no mention covers, and marks them covered.</summary>
    public static void Add(Paragraph paragraph, bool[] covered, CueSet cues, FormTrie? trie)
    {
        List<Mention>? found = null;
        foreach (Mention owner in paragraph.Mentions)
        {
            Entity? state = State(owner);
            int start = state is null || Coordinated(paragraph, owner) ? -1 : Start(paragraph, owner, cues);
            // "the US Embassy in Tehran": a country's name written as a modifier heads only a mission, named as written.
            bool attributive = start < 0 && state is { Type: EntityType.Country } && owner.Kind is MentionKind.Name or MentionKind.Acronym
                && !Coordinated(paragraph, owner) && !InName(paragraph, owner, cues);
            start = attributive ? owner.TokenEnd : start;
            string? modifier = owner.Kind == MentionKind.Demonym || attributive ? paragraph.Normalised[owner.Start..owner.End] : null;
            if (state is not null && start >= 0 && Body(paragraph, covered, state, modifier, start, owner.Sentence, cues, trie, attributive) is { } body)
            {
                (found ??= []).Add(body);
            }
        }

        if (found is not null)
        {
            paragraph.Mentions.AddRange(found);
            paragraph.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// The mention of <paramref name="state"/>'s body whose head starts at token <paramref name="start"/> of sentence
    /// <paramref name="sentence"/>, its words then marked covered; null when no head starts there, a mention covers it,
    /// or a government held as an organisation has no curated body of that name. <paramref name="demonym"/> is the
    /// demonym, or the country's name written as a modifier, before the head, if any; with
    /// <paramref name="missionOnly"/> only a mission is read.
    /// </summary>
    public static Mention? Body(Paragraph paragraph, bool[] covered, Entity state, string? demonym, int start, int sentence, CueSet cues, FormTrie? trie, bool missionOnly = false)
    {
        int limit = paragraph.Sentences[sentence].TokenEnd;
        int length = missionOnly ? 0 : Length(paragraph, start, limit, cues);
        Mention? host = null;
        if (length == 0)
        {
            (length, host) = OwnedMissions.Head(paragraph, start, limit, state, cues);
        }

        if (length == 0 || Array.IndexOf(covered, true, start, length) >= 0)
        {
            return null;
        }

        int end = start + length;
        Entity? curated = PossessedNames.Curated(paragraph, state, start, host?.TokenEnd ?? end, trie, cues.SpellingVariants);
        if (curated is null && state.Type != EntityType.Country)
        {
            return null;
        }

        string name = host is null ? $"{Name(paragraph, start, end)} of {state.Name}" : OwnedMissions.Name(paragraph, state, demonym, host, Name(paragraph, start, end));
        Entity entity = curated ?? DiscoveredNames.Create(name, EntityType.Organisation, PossessedNames.DiscoveredConfidence, EntitySubtypes.GovernmentBody);
        MentionKind kind = curated is null ? MentionKind.Discovered : MentionKind.Name;
        Array.Fill(covered, true, start, length);
        return new Mention
        {
            Start = paragraph.Tokens[start].Start, End = paragraph.Tokens[end - 1].End, TokenStart = start, TokenEnd = end,
            Sentence = sentence, Entity = entity, Kind = kind, Confidence = curated is null ? PossessedNames.DiscoveredConfidence : 1f,
            Candidates = [new MentionCandidate(entity, kind, [])],
        };
    }

    /// <summary>The state a mention names: a country by its name, acronym, metonym or demonym, or a government the gazetteer holds as an organisation; or null.</summary>
    private static Entity? State(Mention owner) =>
        owner is { Entity.Type: EntityType.Country, Kind: MentionKind.Name or MentionKind.Acronym or MentionKind.Metonym or MentionKind.Demonym }
        || owner is { Kind: MentionKind.Name, Entity: { Type: EntityType.Organisation, Subtype: EntitySubtypes.Government } }
            ? owner.Entity : null;

    /// <summary>
    /// The token after the owner's possessive, or after a country's demonym with no capitalised word before it but a
    /// sentence's first stop word ("The Indian Navy"; not "the North Vietnamese Army", "the Free Syrian Army"); -1 otherwise.
    /// </summary>
    private static int Start(Paragraph paragraph, Mention owner, CueSet cues)
    {
        int after = owner.TokenEnd;
        if (owner.Kind == MentionKind.Demonym)
        {
            return InName(paragraph, owner, cues) ? -1 : after;
        }

        return after + 1 < paragraph.Tokens.Length && Word(paragraph, after) is "'s" or "'" ? after + 1 : -1;
    }

    /// <summary>True when a capitalised word other than a sentence's first stop word stands right before the owner: it is inside a longer name.</summary>
    private static bool InName(Paragraph paragraph, Mention owner, CueSet cues)
    {
        int before = owner.TokenStart - 1;
        int first = paragraph.Sentences[owner.Sentence].TokenStart;
        return before >= first && paragraph.Tokens[before].Kind == TokenKind.Word && paragraph.Tokens[before].Is(TokenShape.Capitalised)
            && !(before == first && CueSet.Contains(cues.StopWords, Word(paragraph, before)));
    }

    /// <summary>
    /// True when "and" or "or" joins the owner to a state named before it ("Pakistani and Afghan border guards"): the
    /// head is both states', no one body.
    /// </summary>
    private static bool Coordinated(Paragraph paragraph, Mention owner)
    {
        int and = owner.TokenStart - 1;
        return and > 0 && Word(paragraph, and) is "and" or "or"
            && paragraph.Mentions.Exists(m => m.TokenEnd == and && m.Entity.Type == EntityType.Country);
    }

    /// <summary>Number of tokens of the body's head at <paramref name="start"/>, or 0.</summary>
    private static int Length(Paragraph paragraph, int start, int limit, CueSet cues)
    {
        int length = 0;
        if (start + 1 < limit && CueSet.Contains(cues.MinistrySubjects, Word(paragraph, start)) && Word(paragraph, start + 1).Equals("ministry", StringComparison.OrdinalIgnoreCase))
        {
            length = 2;
        }
        else
        {
            foreach (string[] head in cues.StateBodyHeads)
            {
                if (start + head.Length <= limit && Matches(paragraph, start, head))
                {
                    length = head.Length;
                    break;
                }
            }
        }

        if (length == 0 || !OneCasing(paragraph, start, length))
        {
            return 0;
        }

        bool lower = paragraph.Tokens[start].Is(TokenShape.AllLower);
        int next = start + length;
        bool runsOn = next < limit && (Word(paragraph, next).SequenceEqual("of")
            || !lower && paragraph.Tokens[next].Kind == TokenKind.Word && paragraph.Tokens[next].Is(TokenShape.Capitalised));
        return runsOn ? 0 : length;
    }

    /// <summary>True when the head's words are all in lower case or all capitalised ("defence ministry", "Defence Ministry").</summary>
    internal static bool OneCasing(Paragraph paragraph, int start, int length)
    {
        bool lower = paragraph.Tokens[start].Is(TokenShape.AllLower);
        for (int i = start; i < start + length; i++)
        {
            Token token = paragraph.Tokens[i];
            if (token.Kind != TokenKind.Word || (lower ? !token.Is(TokenShape.AllLower) : !token.Is(TokenShape.Capitalised) || token.Is(TokenShape.AllUpper)))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool Matches(Paragraph paragraph, int at, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
        {
            if (!Word(paragraph, at + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The body's words as a name, each capitalised ("defence ministry" → "Defence Ministry").</summary>
    private static string Name(Paragraph paragraph, int start, int end)
    {
        var words = new string[end - start];
        for (int i = start; i < end; i++)
        {
            string word = Word(paragraph, i).ToString();
            words[i - start] = char.ToUpperInvariant(word[0]) + word[1..];
        }

        return string.Join(' ', words);
    }

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
