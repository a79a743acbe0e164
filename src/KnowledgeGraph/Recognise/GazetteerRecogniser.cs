using System.Buffers;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Recognise stage: finds every gazetteer surface form in title and body paragraphs, longest match first,
/// never across a sentence boundary. Each match becomes a <see cref="Mention"/> carrying all its readings in
/// <see cref="Mention.Candidates"/>; the resolver chooses between them. A partial person name written inside a
/// longer capitalised name ("Khan" in "Ghulam Sarwar Khan", "Sun" in "Oh Ei Sun") is no partial name: only a
/// title ("President Ghani", "Mr Putin") or a stop word may stand next to one (<see cref="NameNeighbours"/>). No form is
/// matched inside a name whose words a syllable links by hyphens ("Shar" of "Shar-e-Naw" is no town of Kazakhstan).
/// Needs: tokens, sentences, normalised text. Adds: mentions. Thread-safe.
/// </summary>
internal sealed class GazetteerRecogniser : IDocumentStage
{
    [ThreadStatic]
    private static List<(int End, TrieNode Node, int Trim)>? scratch;

    private readonly FormTrie trie;
    private readonly NameNeighbours neighbours;
    private readonly CueSet cues;

    public GazetteerRecogniser(FormTrie trie, CueSet cues)
    {
        this.trie = trie;
        this.cues = cues;
        neighbours = new NameNeighbours(cues);
    }

    public string Name => "gazetteer";

    public void Process(Document doc)
    {
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role.FeedsExtraction() && paragraph.Tokens.Length > 0)
            {
                Recognise(paragraph);
            }
        }
    }

    private void Recognise(Paragraph paragraph)
    {
        Token[] tokens = paragraph.Tokens;
        ulong[] hashes = ArrayPool<ulong>.Shared.Rent(tokens.Length);
        try
        {
            TokenHash.OfTokens(paragraph.Normalised, tokens, hashes);
            for (int s = 0; s < paragraph.Sentences.Length; s++)
            {
                Sentence sent = paragraph.Sentences[s];
                int i = sent.TokenStart;
                while (i < sent.TokenEnd)
                {
                    Mention? mention = MatchAt(paragraph, hashes, i, sent.TokenEnd, s);
                    if (mention is null)
                    {
                        i++;
                        continue;
                    }

                    // Leftmost-longest: a match that starts inside this one and reaches further wins
                    // ("the Republic of Kazakhstan" is Kazakhstan, not "the Republic").
                    int overtaken = Overtaken(paragraph, hashes, mention, sent.TokenEnd, s);
                    if (overtaken > 0)
                    {
                        i = overtaken;
                        continue;
                    }

                    mention = WithOwnSurname(paragraph, hashes, mention, sent.TokenEnd);
                    if (InsideUnknownName(paragraph, mention, sent.TokenStart) || EndsUnknownName(paragraph, mention, sent.TokenStart)
                        || EndsPersonName(paragraph, mention, sent.TokenStart, sent.TokenEnd)
                        || AfterFamilyName(paragraph, hashes, mention, sent.TokenStart)
                        || HyphenatedSyllables.InsideLinkedName(paragraph, mention.TokenStart, mention.TokenEnd, cues.NameLinkSyllables, cues.SpacedLinkSyllables))
                    {
                        i = mention.TokenEnd;
                        continue;
                    }

                    if (OwnerInside(paragraph, hashes, mention, s) is { } owner)
                    {
                        paragraph.Mentions.Add(owner);
                        mention = AfterOwner(paragraph, mention, owner.TokenEnd + 1);
                    }

                    paragraph.Mentions.Add(mention);
                    i = mention.TokenEnd;
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(hashes);
        }
    }

    /// <summary>
    /// "Mullah Hibatullah Akhundzada" where the gazetteer lists "Mullah Hibatullah" and the short name "Akhundzada": a
    /// person's name followed at once by a capitalised single-word form of the same person runs on over it.
    /// </summary>
    private Mention WithOwnSurname(Paragraph paragraph, ulong[] hashes, Mention mention, int limit)
    {
        int next = mention.TokenEnd;
        if (mention.Entity.Type != EntityType.Person || mention.Kind != MentionKind.Name || next >= limit
            || !paragraph.Tokens[next].Is(TokenShape.Capitalised) || trie.Find(TokenHash.Combine(TokenHash.Empty, hashes[next])) is not { Terminals: { } forms }
            || !forms.Exists(f => f.Form.Entity == mention.Entity))
        {
            return mention;
        }

        return mention.Copy(end: paragraph.Tokens[next].End, tokenEnd: next + 1);
    }

    /// <summary>
    /// "the National Democratic Party in Iraq": a curated organisation's name of several words right after a capitalised
    /// name word no mention covers is the tail of a longer name the gazetteer lacks, not that organisation. The span is
    /// left to name discovery.
    /// </summary>
    private bool InsideUnknownName(Paragraph paragraph, Mention mention, int sentenceStart) =>
        mention is { Kind: MentionKind.Name, Entity.Type: EntityType.Organisation } && mention.TokenEnd - mention.TokenStart >= 2
        && mention.Candidates.All(c => c.Entity.Type == EntityType.Organisation)
        && !(paragraph.Mentions.Count > 0 && paragraph.Mentions[^1].TokenEnd == mention.TokenStart)
        && neighbours.NameWordBefore(paragraph, mention.TokenStart, sentenceStart);

    /// <summary>
    /// "said Haji Abdul Wali Sherzad": a place the gazetteer names only in articles that name its country (the open-data
    /// towns and districts, read under a `when:` rule) right after a capitalised name word no mention covers ends a longer
    /// name, most often a person's, not the place. The span is left to name discovery. A stop word or a common English word
    /// before the place is no name word here ("New Julfa", "North Sherzad").
    /// </summary>
    private bool EndsUnknownName(Paragraph paragraph, Mention mention, int sentenceStart) =>
        mention.Kind == MentionKind.Name && mention.Candidates.All(c => c.Entity.Type == EntityType.Place && c.When.Count > 0)
        && !(paragraph.Mentions.Count > 0 && paragraph.Mentions[^1].TokenEnd == mention.TokenStart)
        && neighbours.NameWordBefore(paragraph, mention.TokenStart, sentenceStart)
        && !CueSet.Contains(cues.StopWords, Word(paragraph, mention.TokenStart - 1)) && !cues.IsCommon(Word(paragraph, mention.TokenStart - 1));

    /// <summary>
    /// "activists such as Mahrang Baloch, the leader of …": a one-word people or group ("Baloch") right after a capitalised
    /// name word no mention covers (no stop word, no common English word) is a person's surname when an apposition or a
    /// verb of speech describes the two words as a person. The span is left to name discovery.
    /// </summary>
    private bool EndsPersonName(Paragraph paragraph, Mention mention, int sentenceStart, int limit) =>
        mention.Kind == MentionKind.Name && mention.TokenEnd - mention.TokenStart == 1 && mention.Candidates.All(c => c.Entity.Type == EntityType.Group)
        && !(paragraph.Mentions.Count > 0 && paragraph.Mentions[^1].TokenEnd == mention.TokenStart)
        && neighbours.NameWordBefore(paragraph, mention.TokenStart, sentenceStart)
        && !CueSet.Contains(cues.StopWords, Word(paragraph, mention.TokenStart - 1)) && !cues.IsCommon(Word(paragraph, mention.TokenStart - 1))
        && NameDescriptions.Apposition(paragraph, mention.TokenStart - 1, mention.TokenEnd, limit, cues) is NameDescription.Person or NameDescription.Speaker;

    /// <summary>
    /// "CAPEIC's chairman, Wang Hui,": a one-word name of no person ("Hui", the people) right after a family name the
    /// gazetteer lists as a person's short form ("Wang", of Wang Yi and others) that no mention covers is the given name of
    /// a person the gazetteer lacks. The span is left to name discovery.
    /// </summary>
    private bool AfterFamilyName(Paragraph paragraph, ulong[] hashes, Mention mention, int sentenceStart)
    {
        int before = mention.TokenStart - 1;
        if (mention.TokenEnd - mention.TokenStart != 1 || before < sentenceStart || !paragraph.Tokens[before].Is(TokenShape.Capitalised)
            || mention.Candidates.Any(c => c.Entity.Type == EntityType.Person) || paragraph.Mentions.Count > 0 && paragraph.Mentions[^1].TokenEnd > before)
        {
            return false;
        }

        return trie.Find(TokenHash.Combine(TokenHash.Empty, hashes[before])) is { Terminals: { } forms }
            && forms.Exists(f => f.Form.MentionKind == MentionKind.Partial && f.Form.Entity.Type == EntityType.Person && Word(paragraph, before).SequenceEqual(f.TokenTexts[0]));
    }

    /// <summary>
    /// The country written with its possessive at the start of a body's curated alias ("China's Ministry of State
    /// Security", "Pakistan's Inter-Services Intelligence"), as a mention of its own, or null. The alias still names the
    /// body, and the country is named too, as it would be were the alias not curated: coreference and co-mentions see it.
    /// </summary>
    private Mention? OwnerInside(Paragraph paragraph, ulong[] hashes, Mention mention, int sentence)
    {
        if (mention.Entity.Type != EntityType.Organisation || mention.Kind != MentionKind.Name)
        {
            return null;
        }

        for (int k = mention.TokenStart + 1; k < mention.TokenEnd - 1; k++)
        {
            if (Word(paragraph, k) is "'s" or "'")
            {
                return MatchAt(paragraph, hashes, mention.TokenStart, k, sentence) is { TokenEnd: var end, Entity.Type: EntityType.Country } owner && end == k ? owner : null;
            }
        }

        return null;
    }

    /// <summary>The body's mention from token <paramref name="first"/> on (after the owner's possessive).</summary>
    private static Mention AfterOwner(Paragraph paragraph, Mention mention, int first) =>
        mention.Copy(start: paragraph.Tokens[first].Start, tokenStart: first);

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) =>
        paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);

    /// <summary>The first token inside <paramref name="mention"/> where a longer match reaching past it starts, or 0.</summary>
    private int Overtaken(Paragraph paragraph, ulong[] hashes, Mention mention, int limit, int sentence)
    {
        for (int k = mention.TokenStart + 1; k < mention.TokenEnd; k++)
        {
            Mention? other = MatchAt(paragraph, hashes, k, limit, sentence);
            if (other is not null && other.TokenEnd > mention.TokenEnd && other.TokenEnd - k > mention.TokenEnd - mention.TokenStart)
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>The longest form starting at token <paramref name="start"/>, or null.</summary>
    private Mention? MatchAt(Paragraph paragraph, ulong[] hashes, int start, int limit, int sentence)
    {
        List<(int End, TrieNode Node, int Trim)> hits = scratch ??= new List<(int, TrieNode, int)>(4);
        hits.Clear();
        ulong hash = TokenHash.Empty;
        for (int j = start; j < limit && j - start < trie.MaxTokens; j++)
        {
            if (j > start)
            {
                TryGlued(paragraph, hash, j, hits);
            }

            hash = TokenHash.Combine(hash, hashes[j]);
            TrieNode? node = trie.Find(hash);
            if (node is null)
            {
                break;
            }

            if (node.Terminals is not null)
            {
                hits.Add((j + 1, node, 0));
            }

            if (!node.HasLonger)
            {
                break;
            }
        }

        for (int h = hits.Count - 1; h >= 0; h--)
        {
            (int end, TrieNode node, int trim) = hits[h];
            List<MentionCandidate> candidates = MatchRules.Accept(paragraph, start, end, trim, node.Terminals!);
            if (candidates.Exists(c => c.Kind == MentionKind.Partial) && neighbours.InsideLongerName(paragraph, start, end, limit))
            {
                candidates.RemoveAll(c => c.Kind == MentionKind.Partial);
            }

            if (candidates.Count > 0 && PossessedNames.OwnBody(paragraph, start, end, candidates, trie) is { } own)
            {
                candidates = [own];
            }

            if (candidates.Count > 0)
            {
                Token last = paragraph.Tokens[end - 1];
                return new Mention
                {
                    Start = paragraph.Tokens[start].Start,
                    End = last.End - trim,
                    TokenStart = start,
                    TokenEnd = end,
                    Sentence = sentence,
                    Entity = candidates[0].Entity,
                    Kind = candidates[0].Kind,
                    Candidates = candidates,
                };
            }
        }

        return null;
    }

    /// <summary>
    /// A capitalised word the source glued to a following short word ("Five Eyesa"): tries the word without
    /// that tail as the last token of a form.
    /// </summary>
    private void TryGlued(Paragraph paragraph, ulong prefix, int j, List<(int, TrieNode, int)> hits)
    {
        Token token = paragraph.Tokens[j];
        int trim = GlueTail.Length(paragraph.Normalised.AsSpan(token.Start, token.Length), token);
        if (trim == 0)
        {
            return;
        }

        ulong hash = TokenHash.Combine(prefix, TokenHash.Of(paragraph.Normalised.AsSpan(token.Start, token.Length - trim)));
        if (trie.Find(hash) is { Terminals: not null } node)
        {
            hits.Add((j + 1, node, trim));
        }
    }
}
