using KnowledgeGraph.Model;
using KnowledgeGraph.Pipeline;
using KnowledgeGraph.Resolve;
using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>
/// Recognise stage: the learned recogniser (<see cref="NerModel"/>) tags every body sentence and adds the names
/// the gazetteer and the cue rules missed as discovered entities (Person, Organisation, Place) with the model's
/// calibrated confidence as their confidence. Curated matches win: a span touching a gazetteer mention or a cue
/// discovery of confidence 0.5 or more is left out; a span over a bare capitalised guess replaces the guess. The
/// resolver then drops what stays below its minimum confidence, so a low-confidence guess never becomes a Person.
/// Needs: tokens, sentences, UPOS tags when the language layer ran, gazetteer and discoverer mentions.
/// Adds: mentions of kind discovered. Thread-safe.
/// </summary>
internal sealed class LearnedRecogniser : IDocumentStage
{
    [ThreadStatic]
    private static Scratch? scratch;

    private readonly NerModel model;
    private readonly CueSet cues;
    private readonly FormTrie? trie;

    /// <summary>The model, the cues, and the gazetteer's forms (<paramref name="trie"/>) to tell a known name with a glued letter ("Israelh").</summary>
    public LearnedRecogniser(NerModel model, CueSet cues, FormTrie? trie = null)
    {
        this.model = model;
        this.cues = cues;
        this.trie = trie;
    }

    public string Name => "learned recogniser";

    public void Process(Document doc)
    {
        bool added = false;
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role == LineRole.Body && paragraph.Tokens.Length > 0)
            {
                added |= Recognise(paragraph);
            }
        }

        if (added)
        {
            LinkSurnames(doc);
            DiscoveredPartials.Add(doc, cues);
        }
    }

    /// <summary>
    /// A one-word person the model found ("Fabricius said") is the discovered person of several words named earlier
    /// in the article whose first or last word it is ("Peter Fabricius"), not a new person; the first of names that
    /// differ only in a middle name ("Matthew Goode", "Matthew William Goode").
    /// </summary>
    private static void LinkSurnames(Document doc)
    {
        var named = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            foreach (Mention mention in paragraph.Mentions)
            {
                if (mention is not { Kind: MentionKind.Discovered, Entity.Type: EntityType.Person } || mention.Confidence < 0.5f)
                {
                    continue;
                }

                if (mention.TokenEnd - mention.TokenStart == 1)
                {
                    if (named.TryGetValue(mention.Entity.Name, out Entity? person) && person is not null)
                    {
                        mention.Entity = person;
                        mention.Kind = MentionKind.Partial;
                        mention.Confidence = DiscoveredPartials.Confidence;
                        mention.Candidates = [new MentionCandidate(person, MentionKind.Partial, [])];
                    }

                    continue;
                }

                string[] parts = mention.Entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (string part in (string[])[parts[0], parts[^1]])
                {
                    if (!named.TryGetValue(part, out Entity? other))
                    {
                        named[part] = mention.Entity;
                    }
                    else if (other is not null && other.Id != mention.Entity.Id && !DiscoveredPartials.SameEnds(other.Name, parts))
                    {
                        named[part] = null;
                    }
                }
            }
        }
    }

    private bool Recognise(Paragraph paragraph)
    {
        Scratch s = scratch ??= new Scratch();
        s.Reserve(paragraph.Tokens.Length);
        int count = paragraph.Mentions.Count;
        Array.Clear(s.Covered, 0, paragraph.Tokens.Length);
        foreach (Mention mention in paragraph.Mentions)
        {
            if (!(mention.Kind == MentionKind.Discovered && mention.Confidence < 0.5f))
            {
                Array.Fill(s.Covered, true, mention.TokenStart, mention.TokenEnd - mention.TokenStart);
            }
        }

        SentenceWords words = SentenceWords.ForThread();
        for (int sentence = 0; sentence < paragraph.Sentences.Length; sentence++)
        {
            Sentence sent = paragraph.Sentences[sentence];
            int n = sent.TokenEnd - sent.TokenStart;
            if (!HasOpenCapital(paragraph, sent, s.Covered))
            {
                // No capitalised word left to name anything: the model could only add what it is made to drop.
                continue;
            }

            words.Load(paragraph.Text, paragraph.Tokens.AsSpan(sent.TokenStart, n));
            Span<byte> upos = paragraph.Syntax is null ? [] : s.Upos.AsSpan(0, n);
            for (int i = 0; i < upos.Length; i++)
            {
                upos[i] = (byte)paragraph.Syntax!.Upos(sent.TokenStart + i);
            }

            NerCues.Compute(paragraph, sentence, cues, s.Cues.AsSpan(0, n));
            model.Decode(words, upos, s.Cues.AsSpan(0, n), s.Tags.AsSpan(0, n), s.Probabilities.AsSpan(0, n));
            foreach ((int start, int end, int type) in NerTags.Decode(s.Tags.AsSpan(0, n)))
            {
                Add(paragraph, sentence, sent.TokenStart + start, sent.TokenStart + end, type, s.Probabilities.AsSpan(start, end - start));
            }
        }

        if (paragraph.Mentions.Count == count)
        {
            return false;
        }

        paragraph.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return true;
    }

    private void Add(Paragraph paragraph, int sentence, int start, int end, int type, ReadOnlySpan<float> probabilities)
    {
        // Names start with a capital ("the" and lower-case words are never a name's first word here).
        while (start < end && (!paragraph.Tokens[start].Is(TokenShape.Capitalised) || CueSet.Contains(cues.StopWords, Word(paragraph, start))))
        {
            start++;
            probabilities = probabilities[1..];
        }

        if (start < end)
        {
            int cut = NameEnd(paragraph, start, end);
            // "Cambridge, Massachusetts", "Sonia Davis, Jessica Lau": a comma and a name to the span's end are a second
            // name of the same type (not an abbreviation alone: "Iván DeJesús, Jr.").
            if (cut + 1 < end && Word(paragraph, cut).SequenceEqual(",") && paragraph.Tokens[cut + 1].Is(TokenShape.Capitalised)
                && NameEnd(paragraph, cut + 1, end) == end && cut + 1 - start < probabilities.Length
                && !(end - cut == 2 && Word(paragraph, cut + 1).EndsWith('.')))
            {
                Add(paragraph, sentence, cut + 1, end, type, probabilities[(cut + 1 - start)..]);
            }

            end = CapitalisedTail(paragraph, HyphenatedTail(paragraph, start, cut));
            probabilities = probabilities[..Math.Min(probabilities.Length, end - start)];
        }

        if (start == end || end - start == 1 && (KnownNameGlued(paragraph, start) || AttributiveAcronym(paragraph, start) || AcronymPerson(paragraph, start, type))
            || NonNames.Any(paragraph, start, end, cues))
        {
            return;
        }

        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.TokenStart < end && start < mention.TokenEnd && !(mention.Kind == MentionKind.Discovered && mention.Confidence < 0.5f))
            {
                return;
            }
        }

        paragraph.Mentions.RemoveAll(m => m.TokenStart < end && start < m.TokenEnd);
        float confidence = 1f;
        foreach (float p in probabilities[..Math.Min(probabilities.Length, end - start)])
        {
            confidence = Math.Min(confidence, p);
        }

        string name = paragraph.Normalised[paragraph.Tokens[start].Start..paragraph.Tokens[end - 1].End];
        // "Ninevah Province": a name of two or more words ending with an administrative unit is a place, whatever the
        // model's type.
        // "KazTransOil said", "PaineWebber had": one written word with a capital inside (cues `surname_prefixes` aside)
        // names a company or a brand, not a person.
        EntityType entityType = end - start >= 2 && CueSet.Contains(cues.PlaceUnits, Word(paragraph, end - 1)) ? EntityType.Place
            : NerTags.Types[type] == EntityType.Person && OneWord(paragraph, start, end) && cues.InnerCapital(name) ? EntityType.Organisation
            : NerTags.Types[type];
        Entity entity = DiscoveredNames.Create(name, entityType, confidence, entityType == EntityType.Organisation ? cues.OrganisationSubtypeOf(name) : null);
        paragraph.Mentions.Add(new Mention
        {
            Start = paragraph.Tokens[start].Start, End = paragraph.Tokens[end - 1].End, TokenStart = start, TokenEnd = end,
            Sentence = sentence, Entity = entity, Kind = MentionKind.Discovered, Confidence = confidence,
            Candidates = [new MentionCandidate(entity, MentionKind.Discovered, [])],
        });
    }

    /// <summary>True when tokens [<paramref name="start"/>, <paramref name="end"/>) are one written word (the tokeniser cuts "KazTransOil" at its capitals).</summary>
    private static bool OneWord(Paragraph paragraph, int start, int end)
    {
        for (int k = start + 1; k < end; k++)
        {
            if (paragraph.Tokens[k].Start != paragraph.Tokens[k - 1].End || paragraph.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the name starting at <paramref name="start"/> ends: before the first punctuation or lower-case word that is
    /// no name connector (cues <c>name_connectors</c>), with connectors at the end dropped. A span the model runs over a
    /// clause ("Devocht, who had told Montalvo", "LaGrange, dealt with the owner") keeps only its name.
    /// </summary>
    private int NameEnd(Paragraph paragraph, int start, int end)
    {
        int k = start + 1;
        while (k < end && NameToken(paragraph, k))
        {
            k++;
        }

        while (k > start + 1 && CueSet.Contains(cues.NameConnectors, Word(paragraph, k - 1)))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// "Lee Teng-hui", "Kim Jong-un", "Chiang Kai-shek": a lower-case syllable the tagger calls a proper noun, joined by a
    /// hyphen with no space to the last of two or more name words, belongs to the name (never "Rahman-led": "led" is a verb).
    /// </summary>
    private static int HyphenatedTail(Paragraph paragraph, int start, int end)
    {
        while (end - start >= 2 && paragraph.Syntax is { } syntax && HyphenatedSyllables.At(paragraph, end) && syntax.Upos(end + 1) == Upos.Propn)
        {
            end += 2;
        }

        return end;
    }

    /// <summary>
    /// "WHDH-TV", "Park Joo-Ho": a capitalised word joined by a hyphen with no space to the name's last word belongs to
    /// the name when no mention covers it, unless both words are common words ("Cross-Border").
    /// </summary>
    private int CapitalisedTail(Paragraph paragraph, int end)
    {
        Token[] tokens = paragraph.Tokens;
        while (HyphenatedSyllables.GluedHyphen(paragraph, end) && tokens[end + 1].Kind == TokenKind.Word && tokens[end + 1].Is(TokenShape.Capitalised)
            && !(cues.IsCommon(Word(paragraph, end - 1)) && cues.IsCommon(Word(paragraph, end + 1)))
            && !paragraph.Mentions.Exists(m => m.TokenStart <= end + 1 && end + 1 < m.TokenEnd))
        {
            end += 2;
        }

        return end;
    }

    /// <summary>A token that may continue a name: a word neither in lower case nor a possessive ending, or a connector; a number, a hyphen or "&amp;".</summary>
    private bool NameToken(Paragraph paragraph, int i)
    {
        Token token = paragraph.Tokens[i];
        ReadOnlySpan<char> word = Word(paragraph, i);
        if (token.Kind == TokenKind.Word)
        {
            return !(char.IsLower(word[0]) || word[0] is '\'' or '’') || CueSet.Contains(cues.NameConnectors, word);
        }

        return token.Kind == TokenKind.Number || CueSet.Contains(cues.NameConnectors, word) || word is "&";
    }

    /// <summary>True when the sentence has a capitalised word outside the kept mentions (a sentence's first word only when it is no common or stop word).</summary>
    private bool HasOpenCapital(Paragraph paragraph, Sentence sent, bool[] covered)
    {
        for (int i = sent.TokenStart; i < sent.TokenEnd; i++)
        {
            Token token = paragraph.Tokens[i];
            if (covered[i] || !token.Is(TokenShape.Capitalised))
            {
                continue;
            }

            if (i > sent.TokenStart || !cues.IsCommon(Word(paragraph, i)) && !CueSet.Contains(cues.StopWords, Word(paragraph, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A gazetteer name with one lower-case letter glued to its end ("Israelh": a footnote mark the source ran in) is the
    /// known name, not a new one.
    /// </summary>
    private bool KnownNameGlued(Paragraph paragraph, int i)
    {
        ReadOnlySpan<char> word = Word(paragraph, i);
        return trie is not null && word.Length > 3 && char.IsLower(word[^1]) && char.IsLower(word[^2])
            && trie.Find(TokenHash.Combine(TokenHash.Empty, TokenHash.Of(word[..^1]))) is { Terminals: not null };
    }

    /// <summary>
    /// An acronym after an article and before a noun or adjective ("the CBRN terror threat") modifies that noun: it names
    /// a kind of thing, not a body. Needs the tagger; without it nothing is ruled out.
    /// </summary>
    private static bool AttributiveAcronym(Paragraph paragraph, int i) =>
        paragraph.Syntax is { } syntax && paragraph.Tokens[i].Is(TokenShape.AllUpper) && i > 0 && i + 1 < paragraph.Tokens.Length
        && Word(paragraph, i - 1) is "the" or "a" or "an" && syntax.Upos(i + 1) is Upos.Noun or Upos.Adj;

    /// <summary>
    /// A lone word in capitals the gazetteer lacks is an acronym, and an acronym names a body or a thing, never a person
    /// ("SIGINT" was read as one).
    /// </summary>
    private static bool AcronymPerson(Paragraph paragraph, int i, int type) =>
        NerTags.Types[type] == EntityType.Person && paragraph.Tokens[i].Is(TokenShape.AllUpper) && paragraph.Tokens[i].Length > 1;

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);

    private sealed class Scratch
    {
        public byte[] Upos { get; private set; } = new byte[64];
        public NerCue[] Cues { get; private set; } = new NerCue[64];
        public byte[] Tags { get; private set; } = new byte[64];
        public float[] Probabilities { get; private set; } = new float[64];
        public bool[] Covered { get; private set; } = new bool[64];

        public void Reserve(int n)
        {
            if (n > Tags.Length)
            {
                Covered = new bool[n * 2];
                Upos = new byte[n * 2];
                Cues = new NerCue[n * 2];
                Tags = new byte[n * 2];
                Probabilities = new float[n * 2];
            }
        }
    }
}
