using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Partial names of discovered persons within their article: once "professor Wang Jisi" is found after a title,
/// a later bare "Wang" or "Jisi" in the same article is that person, unless two discovered persons share the word (the
/// same first and last name with a middle name or without count as one).
/// Only persons found with confidence ≥ <see cref="MinimumConfidence"/> qualify; the partial mention gets
/// confidence 0.7. Where the word is also a curated person's short form ("Khan" after "Ghulam Sarwar Khan"), the
/// discovered person joins that mention's readings and the resolver picks the one the article named nearest before.
/// A curated person the gazetteer gives no short form (`short: []`) lends the last word of the name the article writes
/// in full the same way: after "Bilal Karimi", "Xi Jinping received Karimi's credentials" names him; the resolver
/// still takes the word only after the full name.
/// A discovered company whose name ends with a company suffix, or a discovered project named with its head ("the Rogun
/// hydropower plant"), lends the capitalised words that tell it apart: after "Gansu Hexi Lithium Resources", "Hexi will
/// run the site" names it, after "the Rogun hydropower plant", "Rogun, about 110 km east of Dushanbe"; common words and
/// suffixes ("Lithium", "Resources") are not lent.
/// </summary>
internal static class DiscoveredPartials
{
    /// <summary>Discovered persons at or above this confidence (found after a title) lend their parts as partial names.</summary>
    public const float MinimumConfidence = 0.85f;

    /// <summary>Discovered companies and projects at or above this confidence (typed by a cue) lend their distinctive words.</summary>
    public const float MinimumCueConfidence = 0.75f;

    /// <summary>Confidence of a partial name of a discovered person.</summary>
    public const float Confidence = 0.7f;

    public static void Add(Document doc, CueSet cues)
    {
        Dictionary<string, Entity?>? words = null;
        HashSet<string>? lent = null;
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            foreach (Mention mention in paragraph.Mentions)
            {
                bool discovered = mention.Kind == MentionKind.Discovered && mention.Entity.Type == EntityType.Person && mention.Entity.Confidence >= MinimumConfidence;
                bool lends = LendsWords(mention);
                if (discovered || lends || WithoutShortForm(mention))
                {
                    words ??= new Dictionary<string, Entity?>(StringComparer.Ordinal);
                    string[] parts = mention.Entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    foreach (string part in lends ? DistinctiveWords(parts, cues) : !discovered ? [parts[^1]] : parts.Length > 1 ? [parts[0], parts[^1]] : parts)
                    {
                        // A word two discovered persons share is ambiguous: null marks it. The same first and last name
                        // with a middle name or without ("Matthew William Goode", "Matthew Goode") is one person: the
                        // first found keeps the word.
                        if (lends)
                        {
                            (lent ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(part);
                        }

                        if (!words.TryGetValue(part, out Entity? other))
                        {
                            words[part] = mention.Entity;
                        }
                        else if (other is not null && other != mention.Entity && !SameEnds(other.Name, parts))
                        {
                            words[part] = null;
                        }
                    }
                }
            }
        }

        if (words is null)
        {
            return;
        }

        if (lent is not null)
        {
            DropWrittenInLowerCase(doc, words, lent);
        }

        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role == LineRole.Body)
            {
                AddIn(paragraph, words, cues);
            }
        }
    }

    /// <summary>
    /// Marks ambiguous (null) each word a company or project lends that the article also writes in lower case: a common noun
    /// ("Lithium" of "Gansu Hexi Lithium Resources" after "lithium deposits"), not a name.
    /// </summary>
    private static void DropWrittenInLowerCase(Document doc, Dictionary<string, Entity?> words, HashSet<string> lent)
    {
        var lookup = lent.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            foreach (Token token in paragraph.Tokens)
            {
                if (token.Kind == TokenKind.Word && token.Is(TokenShape.AllLower)
                    && lookup.TryGetValue(paragraph.Normalised.AsSpan(token.Start, token.Length), out string? part))
                {
                    words[part] = null;
                }
            }
        }
    }

    /// <summary>A company or a project that lends the words telling it apart (<see cref="DistinctiveWords"/>).</summary>
    internal static bool LendsWords(Mention mention) => LendsCompanyWords(mention) || LendsProjectWords(mention);

    /// <summary>
    /// A company discovered with a cue, named by two words or more, all capitalised: in "Massachusetts Institute of
    /// Technology" the last word is no head the words before it modify.
    /// </summary>
    private static bool LendsCompanyWords(Mention mention) =>
        mention is { Kind: MentionKind.Discovered, Entity: { Type: EntityType.Organisation, Subtype: EntitySubtypes.Company } entity }
        && entity.Confidence >= MinimumCueConfidence && entity.Name.Contains(' ', StringComparison.Ordinal) && AllCapitalised(entity.Name);

    /// <summary>
    /// A project discovered with a cue, named by two words or more: capitalised words, then lower-case ones only ("Rogun
    /// hydropower plant", "Qosh Tepa canal").
    /// </summary>
    private static bool LendsProjectWords(Mention mention) =>
        mention is { Kind: MentionKind.Discovered, Entity: { Type: EntityType.Project } entity }
        && entity.Confidence >= MinimumCueConfidence && entity.Name.Contains(' ', StringComparison.Ordinal) && CapitalisedThenLower(entity.Name);

    private static bool CapitalisedThenLower(string name)
    {
        bool lower = false;
        foreach (string word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lower && char.IsUpper(word[0]))
            {
                return false;
            }

            lower |= !char.IsUpper(word[0]);
        }

        return true;
    }

    private static bool AllCapitalised(string name)
    {
        foreach (string word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The words of a company's or project's name before its last that tell it apart: capitalised, longer than two letters,
    /// and neither common words, stop words nor organisation or project suffixes ("Hexi" of "Gansu Hexi Lithium Resources",
    /// "Rogun" of "Rogun hydropower plant").
    /// </summary>
    private static IEnumerable<string> DistinctiveWords(string[] parts, CueSet cues)
    {
        for (int k = 0; k < parts.Length - 1; k++)
        {
            string part = parts[k];
            if (part.Length > 2 && char.IsUpper(part[0]) && part.All(char.IsLetterOrDigit) && !cues.IsCommon(part) && !cues.StopWords.Contains(part)
                && !cues.OrganisationSuffixes.Contains(part) && !cues.CompanySuffixes.Contains(part) && !cues.ProjectSuffixes.Contains(part))
            {
                yield return part;
            }
        }
    }

    /// <summary>A curated person's full name (or alias) for whom the gazetteer lists no short form (`short: []`).</summary>
    private static bool WithoutShortForm(Mention mention) =>
        mention.Candidates.Count == 1 && mention.Candidates[0] is { Kind: MentionKind.Name, Entity: { Type: EntityType.Person, DeriveShortName: false, ShortNames.Count: 0 } entity }
        && entity.Name.Contains(' ', StringComparison.Ordinal);

    /// <summary>True when <paramref name="name"/> has two or more words and starts and ends with the words <paramref name="parts"/> starts and ends with.</summary>
    internal static bool SameEnds(string name, string[] parts)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && parts.Length > 1 && words[0] == parts[0] && words[^1] == parts[^1];
    }

    private static void AddIn(Paragraph paragraph, Dictionary<string, Entity?> words, CueSet cues)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var covered = new bool[paragraph.Tokens.Length];
        foreach (Mention mention in paragraph.Mentions)
        {
            Array.Fill(covered, true, mention.TokenStart, mention.TokenEnd - mention.TokenStart);
            if (mention.Candidates.Count > 0 && mention.Candidates.All(c => c.Kind == MentionKind.Partial)
                && lookup.TryGetValue(paragraph.Normalised.AsSpan(mention.Start, mention.Length), out Entity? discovered) && discovered is not null
                && !mention.Candidates.Any(c => c.Entity == discovered))
            {
                mention.Candidates = [.. mention.Candidates, new MentionCandidate(discovered, MentionKind.Partial, [])];
            }
        }

        bool added = false;
        for (int s = 0; s < paragraph.Sentences.Length; s++)
        {
            Sentence sent = paragraph.Sentences[s];
            for (int i = sent.TokenStart; i < sent.TokenEnd; i++)
            {
                Token token = paragraph.Tokens[i];
                if (covered[i] || !token.Is(TokenShape.Capitalised) || Named(paragraph, i - 1, cues) || Named(paragraph, i + 1, cues)
                    || !lookup.TryGetValue(paragraph.Normalised.AsSpan(token.Start, token.Length), out Entity? entity) || entity is null)
                {
                    continue;
                }

                paragraph.Mentions.Add(new Mention
                {
                    Start = token.Start, End = token.End, TokenStart = i, TokenEnd = i + 1, Sentence = s,
                    Entity = entity, Kind = MentionKind.Partial, Confidence = Confidence,
                    Candidates = [new MentionCandidate(entity, MentionKind.Partial, [])],
                });
                added = true;
            }
        }

        if (added)
        {
            paragraph.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// True when token <paramref name="i"/> is a capitalised word (so the candidate is part of a longer name); a stop word
    /// that opens the sentence ("But Moore thinks") is none.
    /// </summary>
    private static bool Named(Paragraph paragraph, int i, CueSet cues) =>
        i >= 0 && i < paragraph.Tokens.Length && paragraph.Tokens[i].Kind == TokenKind.Word && paragraph.Tokens[i].Is(TokenShape.Capitalised)
        && !CueSet.Contains(cues.StopWords, paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length));
}
