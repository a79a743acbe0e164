namespace KnowledgeGraph.Model;

/// <summary>
/// The syntax of one paragraph, parallel to <see cref="Paragraph.Tokens"/> (token i of the paragraph is entry i
/// here; offsets stay the tokens' own half-open ranges). Work is done per sentence, when a stage first asks for it,
/// unless the pipeline does it up front (<c>SyntaxMode</c>): a sentence is tagged (UPOS, XPOS) when any of its tokens'
/// syntax is read, from its start up to the token read (the tagger reads left to right, so the rest can wait until a
/// later token is read or the whole sentence is asked for: <see cref="EnsureTagged"/>), parsed (head and relation of
/// each token) when a head, relation or dependents are read (<see cref="EnsureParsed"/>); lemmas are computed when
/// first asked for. So stages that need no syntax pay nothing for it. Heads are paragraph token indexes and never
/// leave their sentence; the root's head is -1.
/// Not thread-safe: one thread works on a document at a time.
/// </summary>
internal sealed class SyntaxLayer
{
    private readonly Paragraph paragraph;
    private readonly ISyntaxAnnotator annotator;
    private readonly SyntaxToken[] tokens;
    /// <summary>Per sentence: some of its tags were asked for (<see cref="IsTagged"/>).</summary>
    private readonly bool[] tagged;
    /// <summary>Per sentence: how many of its tokens, from its first, are tagged.</summary>
    private readonly int[] taggedTo;
    private readonly bool[] parsed;
    private string?[]? lemmas;

    /// <summary>Creates an untagged layer for <paramref name="paragraph"/>, whose tokens and sentences are set.</summary>
    public SyntaxLayer(Paragraph paragraph, ISyntaxAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(annotator);
        this.paragraph = paragraph;
        this.annotator = annotator;
        tokens = new SyntaxToken[paragraph.Tokens.Length];
        tagged = new bool[paragraph.Sentences.Length];
        taggedTo = new int[paragraph.Sentences.Length];
        parsed = new bool[paragraph.Sentences.Length];
    }

    /// <summary>Number of tokens (equals the paragraph's token count).</summary>
    public int Count => tokens.Length;

    /// <summary>Every token's syntax, every sentence tagged first: heads and relations of parsed sentences only.</summary>
    public ReadOnlySpan<SyntaxToken> Tokens
    {
        get
        {
            EnsureTaggedAll();
            return tokens;
        }
    }

    /// <summary>The token's syntax, its sentence tagged first (no parse is triggered: see <see cref="IsParsed"/>).</summary>
    public SyntaxToken this[int token] => Tagged(token);

    /// <summary>The universal part of speech of <paramref name="token"/>, tagging its sentence first if needed.</summary>
    public Upos Upos(int token) => Tagged(token).Upos;

    /// <summary>The treebank-specific (Penn) tag of <paramref name="token"/>: "NNP", "VBD", "HYPH".</summary>
    public string Xpos(int token) => annotator.XposName(Tagged(token).Xpos);

    /// <summary>True when the tagger has seen <paramref name="form"/> as a past tense ("spoke", "took"); no tagging.</summary>
    public bool CanBePast(ReadOnlySpan<char> form) => annotator.CanBePast(form);

    /// <summary>The lemma of <paramref name="token"/> ("say" for said, "China" for China), computed once when first asked.</summary>
    public string Lemma(int token)
    {
        lemmas ??= new string?[tokens.Length];
        if (lemmas[token] is { } lemma)
        {
            return lemma;
        }

        SyntaxToken syntax = Tagged(token);
        return lemmas[token] = annotator.Lemma(paragraph.Span(paragraph.Tokens[token]), syntax.Upos, syntax.Xpos);
    }

    /// <summary>The head of <paramref name="token"/> (paragraph token index, -1 for the root), parsing its sentence first if needed.</summary>
    public int Head(int token)
    {
        EnsureParsed(SentenceOf(token));
        return tokens[token].Head;
    }

    /// <summary>The relation of <paramref name="token"/> to its head, parsing its sentence first if needed.</summary>
    public DepRel Relation(int token)
    {
        EnsureParsed(SentenceOf(token));
        return tokens[token].Relation;
    }

    /// <summary>
    /// True when sentence <paramref name="sentence"/> (index into <see cref="Paragraph.Sentences"/>) has its tags: some
    /// were asked for, and any token's are there when read (the tokens after those asked about tagged then).
    /// </summary>
    public bool IsTagged(int sentence) => tagged[sentence];

    /// <summary>True when sentence <paramref name="sentence"/> (index into <see cref="Paragraph.Sentences"/>) has its tree.</summary>
    public bool IsParsed(int sentence) => parsed[sentence];

    /// <summary>Tags sentence <paramref name="sentence"/> unless it already is; cheap when it is.</summary>
    public void EnsureTagged(int sentence) => TagTo(sentence, int.MaxValue);

    /// <summary>
    /// Tags sentence <paramref name="sentence"/> from where its tagging stopped up to its token <paramref name="to"/>
    /// (exclusive, relative to the sentence's first token; the sentence's end at most).
    /// </summary>
    private void TagTo(int sentence, int to)
    {
        tagged[sentence] = true;
        Sentence sent = paragraph.Sentences[sentence];
        int length = sent.TokenEnd - sent.TokenStart;
        int from = taggedTo[sentence];
        to = Math.Min(length, to);
        if (to <= from)
        {
            return;
        }

        annotator.Tag(paragraph, sentence, tokens.AsSpan(sent.TokenStart, length), from, to);
        taggedTo[sentence] = to;
    }

    /// <summary>Tags every sentence of the paragraph not yet tagged.</summary>
    public void EnsureTaggedAll()
    {
        for (int i = 0; i < tagged.Length; i++)
        {
            EnsureTagged(i);
        }
    }

    /// <summary>Parses sentence <paramref name="sentence"/> (tagging it first) unless it already is; cheap when it is.</summary>
    public void EnsureParsed(int sentence)
    {
        if (parsed[sentence])
        {
            return;
        }

        EnsureTagged(sentence);
        Sentence sent = paragraph.Sentences[sentence];
        annotator.Parse(paragraph, sentence, tokens.AsSpan(sent.TokenStart, sent.TokenEnd - sent.TokenStart));
        parsed[sentence] = true;
    }

    /// <summary>Parses every sentence of the paragraph not yet parsed.</summary>
    public void EnsureParsedAll()
    {
        for (int i = 0; i < parsed.Length; i++)
        {
            EnsureParsed(i);
        }
    }

    /// <summary>The index of the sentence holding <paramref name="token"/> (binary search over <see cref="Paragraph.Sentences"/>).</summary>
    public int SentenceOf(int token)
    {
        Sentence[] sentences = paragraph.Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (token < sentences[mid].TokenStart)
            {
                hi = mid - 1;
            }
            else if (token >= sentences[mid].TokenEnd)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(token), token, "the token is in no sentence");
    }

    /// <summary>
    /// Writes the dependents of <paramref name="head"/> (its sentence parsed first if needed) into
    /// <paramref name="destination"/> in text order and returns how many there are (at most destination.Length are written).
    /// </summary>
    public int Dependents(int head, Span<int> destination)
    {
        int sentence = SentenceOf(head);
        EnsureParsed(sentence);
        Sentence sent = paragraph.Sentences[sentence];
        int count = 0;
        for (int i = sent.TokenStart; i < sent.TokenEnd; i++)
        {
            if (tokens[i].Head == head)
            {
                if (count < destination.Length)
                {
                    destination[count] = i;
                }

                count++;
            }
        }

        return count;
    }

    private SyntaxToken Tagged(int token)
    {
        int sentence = SentenceOf(token);
        int at = token - paragraph.Sentences[sentence].TokenStart;
        if (at >= taggedTo[sentence])
        {
            // Each resumption reloads the words before it, so the tagged stretch at least doubles (a rule walking
            // forward word by word resumes a few times, not once a word).
            TagTo(sentence, Math.Max(at + 1, 2 * taggedTo[sentence]));
        }

        return tokens[token];
    }
}
