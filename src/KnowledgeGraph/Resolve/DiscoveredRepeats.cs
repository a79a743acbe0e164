using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Recognise;

namespace KnowledgeGraph.Resolve;

/// <summary>
/// Resolve stage: names discovered with a cue, written again in their article without it. Once "the village of
/// Jyluu-Bulak" is found, a later "a school in Jyluu-Bulak" names the same place. A discovered name (not a person's:
/// <see cref="DiscoveredPartials"/> reads those) of confidence ≥ <see cref="MinimumConfidence"/> is found wherever the
/// article writes its words again as a whole run of capitalised words; a discovered organisation also lends the
/// distinctive words its name opens with when they are two or more ("Hengxin Jinlong" after "Hengxin Jinlong Mining").
/// Left alone: a run that two discovered names share, a word of a person's name the article writes, and words before a
/// lower-case noun they modify ("the Islam Qala reception centre"). A discovered reading of the same words and type with
/// no higher confidence gives way. Runs after the resolver, on the names it kept.
/// Needs: resolved mentions, UPOS tags when the language layer ran. Adds: mentions of kind discovered.
/// </summary>
internal sealed class DiscoveredRepeats : IDocumentStage
{
    private readonly CueSet cues;

    public DiscoveredRepeats(CueSet cues) => this.cues = cues;

    public string Name => "discovered repeats";

    /// <summary>Discovered names at or above this confidence (typed by a cue) are found where their words recur.</summary>
    public const float MinimumConfidence = 0.75f;

    public void Process(Document doc)
    {
        // The openings companies lend come first: "Hengxin Jinlong", also discovered on its own, is "Hengxin Jinlong Mining".
        Dictionary<string, Entity?>? names = null;
        HashSet<string>? openingTexts = null;
        HashSet<string> personWords = PersonWords(doc);
        foreach (bool openings in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (Paragraph paragraph in doc.Paragraphs)
            {
                foreach (Mention mention in paragraph.Mentions)
                {
                    if (mention.Kind != MentionKind.Discovered || mention.Entity.Type == EntityType.Person || mention.Confidence < MinimumConfidence
                        || AllUpper(paragraph, mention))
                    {
                        // Words in capitals ("the ASAD regime") are a surname or an acronym, which the acronym learner reads.
                        continue;
                    }

                    names ??= new Dictionary<string, Entity?>(StringComparer.Ordinal);
                    if (!openings)
                    {
                        string text = paragraph.Normalised[mention.Start..mention.End];
                        // "Holt" of "Brock Holt", read as a place where a line opens with it, is the person's name.
                        if (!personWords.Contains(text) && (openingTexts is null || !openingTexts.Contains(text) || names[text]?.Type != mention.Entity.Type))
                        {
                            Note(names, text, mention.Entity);
                        }
                    }
                    else if (mention.Entity.Type == EntityType.Organisation && mention.Confidence >= DiscoveredPartials.MinimumCueConfidence
                        && DistinctiveOpening(paragraph, mention, cues) is > 1 and var opening && opening < mention.TokenEnd - mention.TokenStart)
                    {
                        Note(names, paragraph.Normalised[mention.Start..paragraph.Tokens[mention.TokenStart + opening - 1].End], mention.Entity);
                    }
                }
            }

            openingTexts ??= names is null ? null : new HashSet<string>(names.Keys, StringComparer.Ordinal);
        }

        if (names is null)
        {
            return;
        }

        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role == LineRole.Body)
            {
                AddIn(paragraph, names);
            }
        }
    }

    /// <summary>The words of the names of the persons the article mentions.</summary>
    private static HashSet<string> PersonWords(Document doc)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            foreach (Mention mention in paragraph.Mentions)
            {
                if (mention.Entity.Type == EntityType.Person)
                {
                    words.UnionWith(mention.Entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
            }
        }

        return words;
    }

    private static bool AllUpper(Paragraph paragraph, Mention mention)
    {
        for (int i = mention.TokenStart; i < mention.TokenEnd; i++)
        {
            if (paragraph.Tokens[i].Kind == TokenKind.Word && !paragraph.Tokens[i].Is(TokenShape.AllUpper))
            {
                return false;
            }
        }

        return true;
    }

    private static void Note(Dictionary<string, Entity?> names, string text, Entity entity)
    {
        if (!names.TryGetValue(text, out Entity? other))
        {
            names[text] = entity;
        }
        else if (other is not null && other.Id != entity.Id)
        {
            names[text] = null;
        }
    }

    /// <summary>
    /// How many words the company's name opens with that tell it apart (capitalised, longer than two letters, neither
    /// common words, stop words nor suffixes): two for "Hengxin Jinlong Mining".
    /// </summary>
    private static int DistinctiveOpening(Paragraph paragraph, Mention mention, CueSet cues)
    {
        int n = 0;
        for (int i = mention.TokenStart; i < mention.TokenEnd; i++, n++)
        {
            Token token = paragraph.Tokens[i];
            string word = paragraph.Normalised[token.Start..token.End];
            if (token.Kind != TokenKind.Word || !token.Is(TokenShape.Capitalised) || word.Length <= 2 || cues.IsCommon(word) || cues.StopWords.Contains(word)
                || cues.OrganisationSuffixes.Contains(word) || cues.CompanySuffixes.Contains(word) || cues.ProjectSuffixes.Contains(word)
                || i > mention.TokenStart && paragraph.Tokens[i - 1].End == token.Start)
            {
                break;
            }
        }

        return n;
    }

    private void AddIn(Paragraph paragraph, Dictionary<string, Entity?> names)
    {
        bool added = false;
        for (int s = 0; s < paragraph.Sentences.Length; s++)
        {
            Sentence sent = paragraph.Sentences[s];
            for (int i = sent.TokenStart; i < sent.TokenEnd; i++)
            {
                if (!paragraph.Tokens[i].Is(TokenShape.Capitalised) || paragraph.Tokens[i].Kind != TokenKind.Word || Joined(paragraph, i - 1, i, cues))
                {
                    continue;
                }

                foreach ((string text, Entity? entity) in names)
                {
                    if (entity is null || Match(paragraph, i, sent.TokenEnd, text) is var end && (end < 0 || Joined(paragraph, end - 1, end, cues))
                        || NounAfter(paragraph, end, sent.TokenEnd) || !Free(paragraph, i, end, entity))
                    {
                        continue;
                    }

                    paragraph.Mentions.RemoveAll(m => m.TokenStart == i && m.TokenEnd == end);
                    paragraph.Mentions.Add(new Mention
                    {
                        Start = paragraph.Tokens[i].Start, End = paragraph.Tokens[end - 1].End, TokenStart = i, TokenEnd = end, Sentence = s,
                        Entity = entity, Kind = MentionKind.Discovered, Confidence = entity.Confidence,
                        Candidates = [new MentionCandidate(entity, MentionKind.Discovered, [])],
                    });
                    added = true;
                    i = end - 1;
                    break;
                }
            }
        }

        if (added)
        {
            paragraph.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>The end token of <paramref name="text"/> written from token <paramref name="i"/>, or -1.</summary>
    private static int Match(Paragraph paragraph, int i, int limit, string text)
    {
        int start = paragraph.Tokens[i].Start;
        if (start + text.Length > paragraph.Normalised.Length || !paragraph.Normalised.AsSpan(start, text.Length).SequenceEqual(text))
        {
            return -1;
        }

        for (int k = i; k < limit; k++)
        {
            if (paragraph.Tokens[k].End == start + text.Length)
            {
                return k + 1;
            }

            if (paragraph.Tokens[k].End > start + text.Length)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when tokens <paramref name="a"/> and <paramref name="b"/> belong to one run of name words: glued by a hyphen or
    /// with no space between words ("Jyluu-Bulak"), or both capitalised words ("Tianshan Jinyuan" is no repeat of
    /// "Jinyuan"); a stop word that opens a sentence ("In Jyluu-Bulak") is none.
    /// </summary>
    private static bool Joined(Paragraph paragraph, int a, int b, CueSet cues)
    {
        if (a < 0 || b >= paragraph.Tokens.Length)
        {
            return false;
        }

        Token left = paragraph.Tokens[a];
        Token right = paragraph.Tokens[b];
        if (left.End == right.Start)
        {
            return IsWord(left) && IsWord(right) || IsHyphen(paragraph, left) || IsHyphen(paragraph, right);
        }

        return left.Kind == TokenKind.Word && right.Kind == TokenKind.Word && left.Is(TokenShape.Capitalised) && right.Is(TokenShape.Capitalised)
            && !CueSet.Contains(cues.StopWords, paragraph.Normalised.AsSpan(left.Start, left.Length));
    }

    /// <summary>
    /// True when a lower-case noun follows the run: the words modify it and name something else ("the Islam Qala reception
    /// centre", "the Islam Qala border post"); a person's role (cues <c>person_roles</c>) is none: "Kalys leader Bakyt
    /// Osmonov" names the movement. Read from the tagger's parts of speech, when it ran.
    /// </summary>
    private bool NounAfter(Paragraph paragraph, int end, int limit) =>
        end < limit && paragraph.Tokens[end].Kind == TokenKind.Word && paragraph.Tokens[end].Is(TokenShape.AllLower)
        && paragraph.Syntax is { } syntax && syntax.Upos(end) is Upos.Noun or Upos.Adj
        && !CueSet.Contains(cues.PersonRoles, paragraph.Normalised.AsSpan(paragraph.Tokens[end].Start, paragraph.Tokens[end].Length));

    private static bool IsWord(Token token) => token.Kind is TokenKind.Word or TokenKind.Number;

    private static bool IsHyphen(Paragraph paragraph, Token token) => token.Length == 1 && paragraph.Normalised[token.Start] == '-';

    /// <summary>
    /// True when no mention overlaps [<paramref name="start"/>, <paramref name="end"/>) but a guess below the resolver's
    /// minimum or another discovered reading of the same words with no higher confidence (a run typed by a weaker cue:
    /// "said Hengxin Jinlong" read as a speaker's name).
    /// </summary>
    private static bool Free(Paragraph paragraph, int start, int end, Entity entity)
    {
        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.TokenEnd <= start || mention.TokenStart >= end)
            {
                continue;
            }

            bool same = mention.TokenStart == start && mention.TokenEnd == end && mention.Kind == MentionKind.Discovered && mention.Entity.Type == entity.Type;
            if (!same || mention.Entity.Id == entity.Id || mention.Confidence > entity.Confidence)
            {
                return false;
            }
        }

        return true;
    }
}
