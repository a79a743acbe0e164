using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// One sentence seen by the claim extractor: its tokens (indices are paragraph token indices) and the mentions in
/// it, with a token → mention map so a multi-token mention is walked as one unit. Reused across the sentences of one
/// document (one instance per <see cref="ClaimExtractor.Process"/> call, so the stage stays thread-safe).
/// </summary>
internal sealed class SentenceView
{
    private List<Mention> mentions = [];
    private List<Mention> kept = [];
    private readonly List<int> mentionFirst = [];
    private readonly List<int> mentionLast = [];
    // Keyed by the reference's span, not the object (hashing a fresh object by reference is slow); only references
    // (MentionKind.Partial) are looked up.
    private readonly Dictionary<(int Start, int End), Mention> nationalities = [];
    private readonly Dictionary<(int Start, int End), IReadOnlyList<Mention>> alsoMeant = [];
    private readonly Dictionary<int, Entity> qualifiers = [];
    private int[] mentionAt = new int[128];
    private string text = "";
    private Token[] tokens = [];
    private List<(string[] Words, Trigger Value)>?[] triggerLists = new List<(string[] Words, Trigger Value)>?[128];
    private bool[] triggersLooked = new bool[128];
    /// <summary>Per token of the sentence: its word's <see cref="FoldedHash"/>, or -1 until first asked (<see cref="WordHash"/>).</summary>
    private int[] hashes = new int[128];
    /// <summary>The lengths and first characters of the sentence's tokens (<see cref="MayHave"/>).</summary>
    private readonly TokenShapes shapes = new();

    /// <summary>The lexicon's trigger index, looked up once a token a sentence (<see cref="TriggersAt"/>); null leaves every token without triggers.</summary>
    public PhraseIndex<Trigger>? Triggers { get; init; }

    /// <summary>The readers' cue word families (<see cref="MayHold"/>); null makes every family present.</summary>
    public CueWordTable? CueWords { get; init; }

    /// <summary>The families of <see cref="CueWords"/> present in the sentence, looked up at the first ask.</summary>
    private ulong cueFamilies;
    private bool cueFamiliesRead;

    /// <summary>Index of the sentence in its paragraph.</summary>
    public int Index { get; private set; }
    /// <summary>First token of the sentence (paragraph token index).</summary>
    public int First { get; private set; }
    /// <summary>One past the last token of the sentence.</summary>
    public int End { get; private set; }
    /// <summary>The first token after the sentence's dateline ("TEHRAN, Feb 9 (Reuters) — "), or <see cref="First"/> when it has none.</summary>
    public int BodyStart { get; private set; }
    /// <summary>The paragraph's original text; offsets of tokens and mentions point into it.</summary>
    public string Text { get; private set; } = "";
    public Sentence Sentence { get; private set; }
    /// <summary>The paragraph's syntax layer (tags on demand), or null when the pipeline runs without one.</summary>
    public SyntaxLayer? Syntax { get; private set; }
    public int MentionCount => mentions.Count;

    /// <summary>
    /// The country demonym inside mention <paramref name="m"/> when it is a person described by nationality and title
    /// ("the Chinese leader", resolved by coreference); null otherwise.
    /// </summary>
    public Mention? NationalityOf(int m) => nationalities.Count > 0 && mentions[m].Kind == MentionKind.Partial && nationalities.TryGetValue((mentions[m].Start, mentions[m].End), out Mention? demonym) ? demonym : null;

    /// <summary>
    /// The other antecedents of mention <paramref name="m"/> when it is a plural reference to several named entities
    /// ("Both Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev made it clear they …", "the
    /// two countries"): the mention names the first, and a claim about it holds of each of these too. Empty otherwise.
    /// </summary>
    public IReadOnlyList<Mention> AlsoMeant(int m) => alsoMeant.Count > 0 && mentions[m].Kind == MentionKind.Partial && alsoMeant.TryGetValue((mentions[m].Start, mentions[m].End), out IReadOnlyList<Mention>? others) ? others : [];

    /// <summary>
    /// True when mention <paramref name="m"/> is a description that stands for two or more named parties ("the two
    /// countries", "all three countries": <see cref="AlsoMeant"/>); pronouns ("they") are left out, their pair is often not
    /// the parties meant. Only descriptions stand for three or more.
    /// </summary>
    public bool DescribesSeveral(int m) => AlsoMeant(m) is { Count: > 0 } others && (others.Count > 1 || Is(MentionFirst(m), "the"));

    /// <summary>
    /// The entity a word that only qualifies the noun after it refers to, at token <paramref name="i"/> ("provincial" in
    /// "Fayzabad, the provincial capital": the province named before; <see cref="Reference.Qualifier"/>); null when none.
    /// </summary>
    public Entity? QualifierAt(int i) => qualifiers.Count > 0 && qualifiers.TryGetValue(i, out Entity? entity) ? entity : null;

    /// <summary>
    /// Loads sentence <paramref name="index"/> of <paramref name="paragraph"/>; false when it has fewer than
    /// <paramref name="minimum"/> mentions (default two).
    /// [<paramref name="mentionFrom"/>, <paramref name="mentionTo"/>) narrows the paragraph mentions to look at (the
    /// caller knows where a sentence's mentions lie when they come grouped by sentence); default: all of them.
    /// </summary>
    public bool Load(Paragraph paragraph, int index, int mentionFrom = 0, int mentionTo = int.MaxValue, int minimum = 2)
    {
        Sentence sent = paragraph.Sentences[index];
        Index = index;
        Sentence = sent;
        cueFamiliesRead = false;
        Text = paragraph.Text;
        Syntax = paragraph.Syntax;
        text = paragraph.Normalised.Length == paragraph.Text.Length ? paragraph.Normalised : paragraph.Text;
        tokens = paragraph.Tokens;
        First = Math.Max(0, sent.TokenStart);
        End = Math.Min(tokens.Length, sent.TokenEnd);
        BodyStart = First;
        mentions.Clear();
        nationalities.Clear();
        alsoMeant.Clear();
        qualifiers.Clear();
        mentionFirst.Clear();
        mentionLast.Clear();
        int bodyStart = BodyStart;
        SentenceMentionReader.Collect(paragraph, index, sent, mentionFrom, Math.Min(mentionTo, paragraph.Mentions.Count), mentions, nationalities, alsoMeant, qualifiers, ref bodyStart);
        BodyStart = bodyStart;
        // "The two countries signed a trade agreement": a reference that stands for two named parties counts as both; a
        // qualifier ("Fayzabad, the provincial capital") counts as the party it refers to.
        int plural = (alsoMeant.Count > 0 ? 1 : 0) + qualifiers.Count;
        if (mentions.Count + plural < minimum)
        {
            return false;
        }

        int count = End - First;
        if (mentionAt.Length < count)
        {
            mentionAt = new int[Math.Max(count, mentionAt.Length * 2)];
        }

        Array.Fill(mentionAt, -1, 0, count);
        if (triggersLooked.Length < count)
        {
            triggersLooked = new bool[Math.Max(count, triggersLooked.Length * 2)];
            triggerLists = new List<(string[] Words, Trigger Value)>?[triggersLooked.Length];
            hashes = new int[triggersLooked.Length];
        }

        Array.Clear(triggersLooked, 0, count);
        Array.Fill(hashes, -1, 0, count);
        shapes.Map(text, tokens, First, End);
        SentenceMentionReader.MapTokens(tokens, First, End, ref mentions, ref kept, mentionAt, mentionFirst, mentionLast);
        return mentionFirst.Count + plural >= minimum;
    }

    /// <summary>
    /// False when no word of cue family <paramref name="family"/> (<see cref="CueWordTable.Add"/>) stands in the sentence:
    /// a reader that needs one of them finds nothing here. The sentence is looked up once however many readers ask.
    /// </summary>
    public bool MayHold(ulong family)
    {
        if (CueWords is null)
        {
            return true;
        }

        if (!cueFamiliesRead)
        {
            cueFamilies = CueWords.Of(this);
            cueFamiliesRead = true;
        }

        return (cueFamilies & family) != 0;
    }

    /// <summary>True when a reference of the sentence stands for more than one named party (<see cref="AlsoMeant"/>).</summary>
    public bool HasPlural => alsoMeant.Count > 0;

    public Token Token(int i) => tokens[i];

    /// <summary>
    /// The triggers whose first word is token <paramref name="i"/>'s (<see cref="PhraseIndex{T}.Candidates"/>), looked up
    /// once a sentence however many readers ask; null outside the sentence or without an index. A rule walking them reads
    /// them through <see cref="System.Runtime.InteropServices.CollectionsMarshal.AsSpan{T}"/>, empty for null: "?? []" would
    /// make a new list at every token that starts no trigger.
    /// </summary>
    public List<(string[] Words, Trigger Value)>? TriggersAt(int i)
    {
        if (Triggers is null || i < First || i >= End)
        {
            return null;
        }

        int k = i - First;
        if (!triggersLooked[k])
        {
            triggerLists[k] = Triggers.Candidates(this, i);
            triggersLooked[k] = true;
        }

        return triggerLists[k];
    }

    /// <summary>True when a role title of the lexicon starts at token <paramref name="i"/> (<see cref="TriggersAt"/>).</summary>
    public bool TitleAt(int i)
    {
        foreach (var (words, trigger) in CollectionsMarshal.AsSpan(TriggersAt(i)))
        {
            if (trigger.Kind == TriggerKind.Title && Triggers!.Matches(this, i, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token's text (normalised characters: straight quotes and hyphens).</summary>
    public ReadOnlySpan<char> Word(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    /// <summary>
    /// The <see cref="FoldedHash"/> of token <paramref name="i"/>'s word, computed once a sentence however many word tables
    /// ask (most rules look words up in several).
    /// </summary>
    public int WordHash(int i)
    {
        if (i < First || i >= End)
        {
            return FoldedHash.Of(Word(i));
        }

        int k = i - First;
        if (hashes[k] < 0)
        {
            hashes[k] = FoldedHash.Of(Word(i));
        }

        return hashes[k];
    }

    /// <summary>True when token <paramref name="i"/> is inside the sentence and equals <paramref name="word"/> ignoring case.</summary>
    public bool Is(int i, string word) =>
        i >= First && i < End && TokenWords.Same(text, tokens[i], word);

    /// <summary>
    /// True when token <paramref name="i"/> is inside the sentence and equals one of <paramref name="words"/> ignoring case
    /// (a closed list a rule asks about at every token: no delegate is made per ask).
    /// </summary>
    public bool IsAny(int i, string[] words)
    {
        if (i < First || i >= End)
        {
            return false;
        }

        foreach (string word in words)
        {
            if (TokenWords.Same(text, tokens[i], word))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPunctuation(int i) => i >= First && i < End && tokens[i].Kind == TokenKind.Punctuation;

    /// <summary>
    /// False when no token of the sentence can equal <paramref name="word"/> (<see cref="Is"/>): none has its length and
    /// first character. True does not say one does; it lets a rule driven by a word skip the sentences without it.
    /// </summary>
    public bool MayHave(string word) => shapes.MayHave(word);

    /// <summary>True when the words match tokens from <paramref name="i"/> on, inside the sentence.</summary>
    public bool WordsMatch(int i, string[] words)
    {
        if (i < First || i + words.Length > End)
        {
            return false;
        }

        for (int k = 0; k < words.Length; k++)
        {
            if (!TokenWords.Same(text, tokens[i + k], words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see cref="WordsMatch"/> for words whose first is known to equal token <paramref name="i"/> (a phrase index matched
    /// it): only the bounds and the words after the first are checked.
    /// </summary>
    public bool WordsMatchAfterFirst(int i, string[] words)
    {
        if (i < First || i + words.Length > End)
        {
            return false;
        }

        for (int k = 1; k < words.Length; k++)
        {
            if (!TokenWords.Same(text, tokens[i + k], words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Index of the mention covering token <paramref name="i"/>, or -1.</summary>
    public int MentionIndexAt(int i) => i >= First && i < End ? mentionAt[i - First] : -1;

    public Mention Mention(int m) => mentions[m];

    /// <summary>Index of the first mention from <paramref name="from"/> on that names <paramref name="entity"/>, or -1.</summary>
    public int MentionOf(Entity entity, int from = 0)
    {
        for (int m = from; m < mentions.Count; m++)
        {
            if (mentions[m].Entity == entity)
            {
                return m;
            }
        }

        return -1;
    }
    public int MentionFirst(int m) => mentionFirst[m];
    public int MentionLast(int m) => mentionLast[m];

    /// <summary>True when the mention is followed by 's or ’s ("China's support").</summary>
    public bool IsPossessive(int m) => PossessiveEnd(m) > 0;

    /// <summary>The token before mention <paramref name="m"/>, past a "the" that opens it ("from the United States": "from").</summary>
    public int BeforeMention(int m) => mentionFirst[m] - (Is(mentionFirst[m] - 1, "the") ? 2 : 1);

    /// <summary>True when the mention is a possessive pronoun coreference resolved ("his tour of Central Asia").</summary>
    public bool IsPossessivePronoun(int m) =>
        mentions[m].Kind == MentionKind.Partial && mentionFirst[m] == mentionLast[m]
        && IsPossessivePronounWord(mentionFirst[m]);

    /// <summary>A year ("1994", "2025") at <paramref name="i"/>.</summary>
    public bool IsYear(int i) => i >= First && i < End && Token(i).Kind == TokenKind.Number && Word(i).Length == 4 && Word(i)[0] is '1' or '2';

    /// <summary>True when token <paramref name="i"/> is a possessive pronoun: "his", "her", "its" or "their".</summary>
    public bool IsPossessivePronounWord(int i) => Is(i, "his") || Is(i, "her") || Is(i, "its") || Is(i, "their");

    /// <summary>
    /// First token after the mention and its possessive ending, if any, or after its own acronym in brackets ("the
    /// Eurasian Economic Union (EAEU) and China": what follows the name is "and China").
    /// </summary>
    public int AfterMention(int m)
    {
        int t = mentionLast[m] + 1;
        int end = PossessiveEnd(m);
        while (end > 0 && t < End && tokens[t].Start < end)
        {
            t++;
        }

        if (end < 0 && t < End && tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] == '(' && MentionIndexAt(t + 1) is var acronym and >= 0 && acronym != m && mentionFirst[acronym] == t + 1
            && Mention(acronym).Entity.Id == Mention(m).Entity.Id && Is(mentionLast[acronym] + 1, ")") && PossessiveEnd(acronym) < 0)
        {
            t = mentionLast[acronym] + 2;
        }

        return t;
    }

    /// <summary>True when the token is a lower-case word ending in "n't" (hasn't, didn't) or is "n't" itself.</summary>
    public bool IsContractedNot(int i)
    {
        ReadOnlySpan<char> word = Word(i);
        return word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);
    }

    private int PossessiveEnd(int m)
    {
        int at = mentions[m].End;
        if (at + 1 < text.Length && (text[at] == '\'' || text[at] == '’') && (text[at + 1] == 's' || text[at + 1] == 'S')
            && (at + 2 == text.Length || !char.IsLetter(text[at + 2])))
        {
            return at + 2;
        }

        return -1;
    }
}
