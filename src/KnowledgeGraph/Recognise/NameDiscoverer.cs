using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Recognise stage: finds names the gazetteer lacks in body paragraphs: runs of capitalised words not covered
/// by a gazetteer mention, typed by cues (a person title before, an organisation suffix or prefix, a place or
/// event word) and given a stable discovered id (<see cref="DiscoveredNames"/>) and a confidence: 0.85 after a
/// person title, 0.75 with a project or organisation cue, 0.6 with a place or event cue, 0.4 for a bare run of two
/// or three capitalised words (a guess, typed Person, that the resolver drops below its minimum confidence).
/// Single bare words are never taken. Titles (Title Case) are skipped.
/// Needs: tokens, sentences, gazetteer mentions. Adds: mentions of kind discovered. Thread-safe.
/// </summary>
internal sealed class NameDiscoverer : IDocumentStage
{

    private readonly CueSet cues;
    private readonly FormTrie? trie;

    /// <summary>The cues, and the gazetteer's forms (<paramref name="trie"/>) to find "China's Ministry of X" under "Chinese Ministry of X".</summary>
    public NameDiscoverer(CueSet cues, FormTrie? trie = null)
    {
        this.cues = cues;
        this.trie = trie;
    }

    public string Name => "discoverer";

    public void Process(Document doc)
    {
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role == LineRole.Body && paragraph.Tokens.Length > 0)
            {
                Discover(paragraph);
            }
        }

        DiscoveredPartials.Add(doc, cues);
    }

    private void Discover(Paragraph paragraph)
    {
        InvertedNames.Invert(paragraph, cues);
        PlaceNamedProjects(paragraph);
        bool[] covered = Covered(paragraph);
        PlaceSurnames.Release(paragraph, covered, TitledBefore);
        InnerPlaceNames.Release(paragraph, covered, cues);
        OwnedBodies.Add(paragraph, covered, cues, trie);
        PlaceBodies.Add(paragraph, covered, cues);
        var found = new List<Mention>();
        for (int s = 0; s < paragraph.Sentences.Length; s++)
        {
            Sentence sent = paragraph.Sentences[s];
            int i = sent.TokenStart;
            while (i < sent.TokenEnd)
            {
                int end = SpanEnd(paragraph, covered, i, sent.TokenEnd);
                end = FirstOfPair(paragraph, i, end);
                end = PersonBeforeOf(paragraph, i, end);
                if (end > i && LowerCaseProject(paragraph, i, end, s, sent.TokenEnd) is { } project)
                {
                    // "the Isimba dam", "the Karot hydropower project": a name and a lower-case project head after it.
                    found.Add(project);
                    i = project.TokenEnd;
                }
                else if (end > i && StateBody(paragraph, i, end, s, sent.TokenEnd) is { } body)
                {
                    // "the Central Bank of Nigeria", "the Bank of Tanzania": a body named with its state after "of".
                    found.Add(body);
                    i = end;
                }
                else if (end > i)
                {
                    Mention? mention = Type(paragraph, i, end, s, i == sent.TokenStart, sent.TokenEnd);
                    if (mention is not null)
                    {
                        found.Add(mention);
                    }

                    // A name cut short before "and" + title leaves the rest of the run to read again.
                    i = mention is not null && mention.TokenEnd < end - 1 && Word(paragraph, mention.TokenEnd).SequenceEqual("and") ? mention.TokenEnd + 1 : end;
                }
                else
                {
                    i++;
                }
            }
        }

        if (found.Count > 0)
        {
            paragraph.Mentions.AddRange(found);
            paragraph.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// Where a run holds two names joined by "and" that each end with an organisation or project suffix ("Rice
    /// University and Cornell University"), the end of the first; otherwise <paramref name="end"/>. One name with "and"
    /// inside ("Ministry of Industry and Commerce") stays whole. A run listed after a body's plural description
    /// ("two Chinese companies, Fortune Lithium and Xinjiang Huaxin Resources") ends before its last "and".
    /// </summary>
    private int FirstOfPair(Paragraph paragraph, int start, int end)
    {
        if (end - start >= 3 && NameDescriptions.ListedAfterPlural(paragraph, start, cues))
        {
            for (int k = end - 2; k > start; k--)
            {
                if (Word(paragraph, k).SequenceEqual("and"))
                {
                    return k;
                }
            }
        }

        if (end - start < 5 || !IsSuffix(Word(paragraph, end - 1)))
        {
            return end;
        }

        for (int k = start + 1; k < end - 2; k++)
        {
            if (Word(paragraph, k).SequenceEqual("and") && IsSuffix(Word(paragraph, k - 1)))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// Where a run is a person's name, "of" and an organisation's name ending with its suffix ("said Deborah Brautigam of
    /// Johns Hopkins University"), the end of the person's name; otherwise <paramref name="end"/>. The name before "of"
    /// is two or three capitalised words, none an organisation's suffix or prefix, a title or a common word, so "Bank of
    /// China", "Central Bank of Kenya" and "Minister of Industry" stay whole.
    /// </summary>
    private int PersonBeforeOf(Paragraph paragraph, int start, int end)
    {
        const int MaxNameWords = 3;
        if (end - start < 4 || !CueSet.Contains(cues.OrganisationSuffixes, Word(paragraph, end - 1)))
        {
            return end;
        }

        for (int k = start + 2; k <= start + MaxNameWords && k < end - 1; k++)
        {
            if (!Word(paragraph, k).SequenceEqual("of"))
            {
                continue;
            }

            for (int j = start; j < k; j++)
            {
                ReadOnlySpan<char> word = Word(paragraph, j);
                if (!paragraph.Tokens[j].Is(TokenShape.Capitalised) || IsSuffix(word) || cues.IsCommon(word) || CueSet.Contains(cues.StopWords, word)
                    || TitleLength(paragraph, j, k) > 0 || HasPrefix(paragraph, j, end))
                {
                    return end;
                }
            }

            return k;
        }

        return end;
    }

    /// <summary>
    /// "the Mohmand dam in Khyber Pakhtunkhwa", "the new Gwadar airport": a place of the gazetteer (not a state) after "the"
    /// (and up to three modifiers) and right before a lower-case project head (cues <c>project_suffixes</c>) that ends the
    /// phrase (cues <c>project_head_ends</c>) names a project, not the place; the place's mention gives way to the project's.
    /// </summary>
    private void PlaceNamedProjects(Paragraph paragraph)
    {
        const int MaxModifiers = 3;
        for (int k = 0; k < paragraph.Mentions.Count; k++)
        {
            Mention place = paragraph.Mentions[k];
            int head = ProjectHeadAfter(paragraph, NumberedEnd(paragraph, place.TokenEnd, paragraph.Tokens.Length));

            if (place.Entity.Type != EntityType.Place || place.Kind is MentionKind.Demonym or MentionKind.Discovered || head >= paragraph.Tokens.Length
                || paragraph.Tokens[head].Kind != TokenKind.Word || !paragraph.Tokens[head].Is(TokenShape.AllLower)
                || !CueSet.Contains(cues.ProjectHeads, Word(paragraph, head)) || !ArticleBefore(paragraph, place.TokenStart, MaxModifiers)
                || paragraph.Sentences[place.Sentence].TokenEnd <= head || !EndsProjectName(paragraph, head + 1)
                || place.TokenStart > 0 && Word(paragraph, place.TokenStart - 1).SequenceEqual("-"))
            {
                // "the Karachi-Lahore motorway": a place glued by a hyphen to the one before it is a route's end.
                continue;
            }

            string name = paragraph.Normalised[paragraph.Tokens[place.TokenStart].Start..paragraph.Tokens[head].End];
            paragraph.Mentions[k] = Discovered(paragraph, place.TokenStart, head + 1, place.Sentence,
                DiscoveredNames.Create(name, EntityType.Project, CueConfidence, null), MentionKind.Discovered, CueConfidence);
        }
    }

    private const int MaxHeadModifiers = 2;

    /// <summary>
    /// The project head (cues <c>project_suffixes</c>) at <paramref name="i"/> or after at most two lower-case words ("the
    /// 300-megawatt Gwadar coal power plant"); <paramref name="i"/> itself when none stands there.
    /// </summary>
    private int ProjectHeadAfter(Paragraph paragraph, int i)
    {
        for (int k = i; k < paragraph.Tokens.Length && k - i <= MaxHeadModifiers; k++)
        {
            if (paragraph.Tokens[k].Kind != TokenKind.Word || !paragraph.Tokens[k].Is(TokenShape.AllLower))
            {
                return i;
            }

            if (CueSet.Contains(cues.ProjectHeads, Word(paragraph, k)))
            {
                return k;
            }
        }

        return i;
    }

    /// <summary>A punctuation mark, or a word of cues <c>project_head_ends</c>, at <paramref name="i"/> (or the paragraph's end).</summary>
    private bool EndsProjectName(Paragraph paragraph, int i) =>
        i >= paragraph.Tokens.Length || paragraph.Tokens[i].Kind == TokenKind.Punctuation || CueSet.Contains(cues.ProjectHeadEnds, Word(paragraph, i));

    /// <summary>
    /// A project named by a run of one or two capitalised words after "the" (and up to three modifiers: "the 183-megawatt
    /// Isimba dam") or right after a possessive ("whose Karakum canal") and a lower-case project head (cues
    /// <c>project_suffixes</c>, any casing, and <c>lower_project_heads</c>) right after it or after one lower-case word ("the
    /// Karot hydropower project", "the Doraleh container terminal"); null when the words are no such name. The head is part
    /// of the name ("Isimba dam").
    /// </summary>
    private Mention? LowerCaseProject(Paragraph paragraph, int start, int end, int sentence, int limit)
    {
        const int MaxRun = 2;
        const int MaxModifiers = 3;
        if (Word(paragraph, start).SequenceEqual("The"))
        {
            // "The Karuma dam is funded by …": the sentence's article opens the run.
            start++;
        }

        // "the Lagos-Ibadan railway": a name glued by a hyphen to the one before it is the end of a route, not a project's name.
        bool article = ArticleBefore(paragraph, start, MaxModifiers);
        if (start >= end || RunWords(paragraph, start, end) > MaxRun || !(article || PossessorBefore(paragraph, start))
            || start > 0 && Word(paragraph, start - 1).SequenceEqual("-") && paragraph.Tokens[start - 1].End == paragraph.Tokens[start].Start)
        {
            return null;
        }

        for (int j = start; j < end; j++)
        {
            if (!HyphenatedSyllables.GluedHyphen(paragraph, j)
                && (cues.IsCommon(Word(paragraph, j)) || CueSet.Contains(cues.StopWords, Word(paragraph, j)) || IsSuffix(Word(paragraph, j))))
            {
                return null;
            }
        }

        // "the Kambarata-1 dam": a number glued by a hyphen to the name is part of it.
        end = NumberedEnd(paragraph, end, limit);

        int head = -1;
        for (int j = end; j < limit && j <= end + 1; j++)
        {
            Token token = paragraph.Tokens[j];
            if (token.Kind != TokenKind.Word || !token.Is(TokenShape.AllLower))
            {
                break;
            }

            head = CueSet.Contains(cues.ProjectHeads, Word(paragraph, j)) ? j : head;
        }

        // "Turkmenistan's Galkynysh field": after a possessive "'s", a head that also names a place leaves the name to the
        // place's reading (NamedPlaceHeadAfter); "its Qashqari field" stays a project.
        if (head < 0 || !article && Word(paragraph, start - 1) is "'s" or "'" && CueSet.Contains(cues.NamedPlaceHeads, Word(paragraph, head)))
        {
            return null;
        }

        string name = paragraph.Normalised[paragraph.Tokens[start].Start..paragraph.Tokens[head].End];
        return Discovered(paragraph, start, head + 1, sentence, DiscoveredNames.Create(name, EntityType.Project, CueConfidence, null), MentionKind.Discovered, CueConfidence);
    }

    /// <summary>The words of tokens [<paramref name="start"/>, <paramref name="end"/>), not counting hyphens glued inside ("Jangy-Tash" is two).</summary>
    private static int RunWords(Paragraph paragraph, int start, int end)
    {
        int words = 0;
        for (int j = start; j < end; j++)
        {
            words += HyphenatedSyllables.GluedHyphen(paragraph, j) ? 0 : 1;
        }

        return words;
    }

    /// <summary>
    /// The end of a name at <paramref name="end"/> extended over a hyphen and a number glued to it ("Kambarata-1",
    /// "Dushanbe-2"); <paramref name="end"/> itself when none follows.
    /// </summary>
    private static int NumberedEnd(Paragraph paragraph, int end, int limit) =>
        end + 1 < limit && HyphenatedSyllables.GluedHyphen(paragraph, end) && paragraph.Tokens[end + 1].Kind == TokenKind.Number ? end + 2 : end;

    /// <summary>
    /// A body named with the state it belongs to after "of": a run ending with an organisation suffix ("Central Bank",
    /// "Bank"), "of", and a country the gazetteer names ("the Central Bank of Nigeria"). The mention covers the run and
    /// keeps the country's mention after it; the name is written whole, as the text has it ("Central Bank of Nigeria").
    /// Not for a suffix that with its country names the state itself (cues <c>state_itself_suffixes</c>: "the Government of
    /// Haiti"). Null otherwise.
    /// </summary>
    private Mention? StateBody(Paragraph paragraph, int start, int end, int sentence, int limit)
    {
        if (Word(paragraph, start).SequenceEqual("The"))
        {
            start++;
        }

        if (start >= end || end + 1 >= limit || !Word(paragraph, end).SequenceEqual("of") || !CueSet.Contains(cues.OrganisationSuffixes, Word(paragraph, end - 1))
            || CueSet.Contains(cues.StateItselfSuffixes, Word(paragraph, end - 1)))
        {
            return null;
        }

        Mention? state = paragraph.Mentions.Find(m => m.TokenStart == end + 1);
        if (state is null || state.Entity.Type != EntityType.Country || state.Kind != MentionKind.Name)
        {
            return null;
        }

        string name = paragraph.Normalised[paragraph.Tokens[start].Start..state.End];
        return Discovered(paragraph, start, end, sentence, DiscoveredNames.Create(name, EntityType.Organisation, CueConfidence, null), MentionKind.Discovered, CueConfidence);
    }

    /// <summary>Confidence of a name typed by a project or organisation cue.</summary>
    private const float CueConfidence = 0.75f;

    /// <summary>The mention of <paramref name="entity"/> over tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static Mention Discovered(Paragraph paragraph, int start, int end, int sentence, Entity entity, MentionKind kind, float confidence) => new()
    {
        Start = paragraph.Tokens[start].Start, End = paragraph.Tokens[end - 1].End, TokenStart = start, TokenEnd = end,
        Sentence = sentence, Entity = entity, Kind = kind, Confidence = confidence,
        Candidates = [new MentionCandidate(entity, kind, [])],
    };

    /// <summary>
    /// True when "the" stands right before <paramref name="start"/> or before up to <paramref name="max"/> modifiers
    /// (numbers, lower-case words, hyphenated compounds: "183-megawatt", "Chinese-funded").
    /// </summary>
    private static bool ArticleBefore(Paragraph paragraph, int start, int max)
    {
        for (int j = start - 1; j >= 0 && j >= start - 1 - max; j--)
        {
            ReadOnlySpan<char> word = Word(paragraph, j);
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // "the Chinese-funded Bagamoyo port project": a capitalised word before a hyphen begins a compound modifier.
            Token token = paragraph.Tokens[j];
            if (!(token.Kind == TokenKind.Number || word.SequenceEqual("-") || token.Kind == TokenKind.Word && token.Is(TokenShape.AllLower)
                || j + 1 < start && Word(paragraph, j + 1).SequenceEqual("-")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a possessive determiner (cues <c>possessive_determiners</c>) or a possessive "'s" stands right before
    /// <paramref name="start"/>: "whose Karakum canal", "its Qashqari field", "Tajikistan's Nurek dam".
    /// </summary>
    private bool PossessorBefore(Paragraph paragraph, int start) =>
        start > 0 && (CueSet.Contains(cues.PossessiveDeterminers, Word(paragraph, start - 1)) || Word(paragraph, start - 1) is "'s" or "'");

    private bool IsSuffix(ReadOnlySpan<char> word) => CueSet.Contains(cues.OrganisationSuffixes, word) || CueSet.Contains(cues.ProjectSuffixes, word);

    private static bool[] Covered(Paragraph paragraph)
    {
        var covered = new bool[paragraph.Tokens.Length];
        foreach (Mention mention in paragraph.Mentions)
        {
            Array.Fill(covered, true, mention.TokenStart, mention.TokenEnd - mention.TokenStart);
        }

        return covered;
    }

    /// <summary>End of a run of capitalised words (with inner connectors) starting at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    private int SpanEnd(Paragraph paragraph, bool[] covered, int i, int limit)
    {
        if (!IsNameWord(paragraph, covered, i))
        {
            return i;
        }

        int end = i + 1;
        while (end < limit)
        {
            if (IsNameWord(paragraph, covered, end) && !paragraph.Tokens[end].Is(TokenShape.Glued))
            {
                end++;
                continue;
            }

            if (end + 1 < limit && !covered[end] && CueSet.Contains(cues.NameConnectors, Word(paragraph, end)) && IsNameWord(paragraph, covered, end + 1))
            {
                end += 2;
                continue;
            }

            // "Abdullah al-Ani": a lower-case particle glued by a hyphen to the next name word.
            if (end + 2 < limit && !covered[end] && !covered[end + 1] && CueSet.Contains(cues.PersonParticles, Word(paragraph, end))
                && HyphenatedSyllables.GluedHyphen(paragraph, end + 1) && IsNameWord(paragraph, covered, end + 2))
            {
                end += 3;
                continue;
            }

            // "Shar-e-Naw", "Dasht-e-Barchi": a syllable between two glued hyphens links the next name word.
            if (end + 3 < limit && !covered[end] && !covered[end + 2] && IsNameWord(paragraph, covered, end + 3)
                && HyphenatedSyllables.LinkAfter(paragraph, end, cues.NameLinkSyllables))
            {
                end += 4;
                continue;
            }

            // "Sarhad-e Broghil", "Dasht-e Nawar": the linking syllable written apart from the next name word.
            if (end + 2 < limit && !covered[end] && !covered[end + 1] && IsNameWord(paragraph, covered, end + 2)
                && HyphenatedSyllables.SpacedLinkAfter(paragraph, end, cues.SpacedLinkSyllables))
            {
                end += 3;
                continue;
            }

            // "Lee Teng-hui", "Kim Jong-un": a lower-case syllable that is no common word, joined by a hyphen with no space
            // to the last of two or more name words, ends the name (never "Rahman-led", "Pre-pandemic").
            if (end - i >= 2 && end + 1 < limit && !covered[end] && !covered[end + 1] && HyphenatedSyllable(paragraph, end))
            {
                end += 2;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// A hyphenated syllable (<see cref="HyphenatedSyllables"/>) at <paramref name="hyphen"/> that is no common word, or
    /// that the tagger, when it ran, reads as a proper noun ("hui" is on the common-word list).
    /// </summary>
    private bool HyphenatedSyllable(Paragraph paragraph, int hyphen) =>
        HyphenatedSyllables.At(paragraph, hyphen)
        && (!cues.IsCommon(Word(paragraph, hyphen + 1)) || paragraph.Syntax is { } syntax && syntax.Upos(hyphen + 1) == Upos.Propn);

    private static bool IsNameWord(Paragraph paragraph, bool[] covered, int i)
    {
        Token token = paragraph.Tokens[i];
        return !covered[i] && token.Kind == TokenKind.Word && token.Is(TokenShape.Capitalised) && token.Length > 1;
    }

    private Mention? Type(Paragraph paragraph, int start, int end, int sentence, bool sentenceInitial, int limit)
    {
        bool titled = false;
        // A generic head is stripped ("But", "Ministry"), unless it starts an organisation's name ("Institute for Security
        // Studies"), or, after a lower-case word or a possessive, a name of several words that ends with an organisation or
        // project suffix ("the National Democratic Party", "the port's East Bay Expressway").
        bool suffixed = end - start >= 3 && (CueSet.Contains(cues.OrganisationSuffixes, Word(paragraph, end - 1)) || CueSet.Contains(cues.ProjectSuffixes, Word(paragraph, end - 1)))
            && start > 0 && (paragraph.Tokens[start - 1].Kind == TokenKind.Word && paragraph.Tokens[start - 1].Is(TokenShape.AllLower) || Word(paragraph, start - 1) is "'s" or "'");
        // A title made of stop words and followed by its complement stays ("Vice Minister of Commerce Gao Xiaomei"); so does
        // a title whose first word alone is a stop word ("Chief Executive Meirzhan Yussupov", not "Executive Meirzhan …").
        while (start < end && CueSet.Contains(cues.StopWords, Word(paragraph, start)) && !HasPrefix(paragraph, start, end)
            && !(suffixed && !Word(paragraph, start).Equals("The", StringComparison.Ordinal)) && !TitleWithComplement(paragraph, start, end)
            && !StopWordOpensTitle(paragraph, start, end) && !TitledHead(paragraph, start, end))
        {
            start++;
            sentenceInitial = false;
        }

        bool placeOf = false;
        if (sentenceInitial && end - start > 2 && CueSet.Contains(cues.PlaceOfNouns, Word(paragraph, start)) && Word(paragraph, start + 1).SequenceEqual("of"))
        {
            // "Residents of Kamar-Tepa say …": a noun of a place's people or parts (cues place_of_nouns), capitalised only
            // because it opens the sentence, is no part of the name after "of", which it makes a place.
            start += 2;
            sentenceInitial = false;
            placeOf = true;
        }

        if (start < end && CueSet.Contains(cues.NameConnectors, Word(paragraph, start)))
        {
            // The complement of a title or stop word before it ("Minister of Industry and Commerce").
            return null;
        }

        int title = TitleLength(paragraph, start, end);
        if (title == 0 && TitleAfterCommonWords(paragraph, start, end) is > 0 and int at)
        {
            // "Federal Minister …": common words before a title belong to it.
            start = at;
            title = TitleLength(paragraph, start, end);
            sentenceInitial = false;
        }

        if (title == end - start)
        {
            // Only a title ("Foreign Minister").
            return null;
        }

        if (TitledHead(paragraph, start, end))
        {
            title = 0;
        }

        if (title > 0 && CueSet.Contains(cues.NameConnectors, Word(paragraph, start + title)))
        {
            // A title's complement ("Minister of Industry and Commerce"), perhaps followed by the name
            // ("Minister for Aviation Ghulam Sarwar Khan"): the name is the tail of words no dictionary has.
            int tail = NameTail(paragraph, start + title + 2, end);
            if (tail < 0)
            {
                return null;
            }

            start = tail;
            titled = true;
        }
        else if (title > 0)
        {
            // An honorific (cues name_honorifics) is a word of the name it opens ("Qari Zarak Khan"), as the text writes it.
            start += title == 1 && CueSet.Contains(cues.NameHonorifics, Word(paragraph, start)) ? 0 : title;
            titled = true;
        }
        else
        {
            // "Chinese ambassador Zhao Wenbin": a lower-case role right before a name of two words or more.
            titled = start > 0 && (TitleEndsAt(paragraph, start)
                || end - start >= 2 && (TitledApposition(paragraph, start) || IsRole(paragraph, start - 1) && PersonLike(paragraph, start, end)));
        }

        for (int k = start + 1; k < end - 1; k++)
        {
            if (Word(paragraph, k).SequenceEqual("and") && (TitleLength(paragraph, k + 1, end) > 0
                || titled && PersonLike(paragraph, start, k) && PersonLike(paragraph, k + 1, end)))
            {
                // "Steven Mnuchin and Secretary of State …": the name ends before the next title. "Railways Minister Hanif
                // Abbasi and Abdul Rahman Sharifi": a titled person's name and another person's, each of two words or more.
                end = k;
                break;
            }
        }

        while (end > start && CueSet.Contains(cues.NameConnectors, Word(paragraph, end - 1)))
        {
            end--;
        }

        int words = end - start;
        if (words <= 0)
        {
            return null;
        }

        ReadOnlySpan<char> last = Word(paragraph, end - 1);
        if (CueSet.Contains(cues.OtherSuffixes, last) || NonNames.Any(paragraph, start, end, cues))
        {
            return null;
        }

        bool placeNext = end < paragraph.Tokens.Length && CueSet.Contains(cues.PlaceCues, Word(paragraph, end))
            || words >= 2 && !titled && CueSet.Contains(cues.PlacePrefixes, Word(paragraph, start));
        bool project = CueSet.Contains(cues.ProjectSuffixes, last);
        bool organisation = CueSet.Contains(cues.OrganisationSuffixes, last) || HasPrefix(paragraph, start, end)
            || InnerPlaceNames.PlaceFirstBodyOf(paragraph, start, end, cues) >= 0;
        bool eventName = CueSet.Contains(cues.EventCues, last);
        NameDescription described = titled || project || organisation || placeNext || eventName
            ? NameDescription.None
            : NameDescriptions.Describe(paragraph, start, end, limit, cues);
        // Only a run of two or more tokens can be a person's name (checked first: the test may ask the tagger).
        bool personLike = words >= 2 && PersonLike(paragraph, start, end);
        (EntityType type, float confidence) = true switch
        {
            _ when project && !titled => (EntityType.Project, 0.75f),
            _ when organisation => (EntityType.Organisation, 0.75f),
            _ when titled => (EntityType.Person, 0.85f),
            _ when placeOf && !AnyUpper(paragraph, start, end) => (EntityType.Place, 0.75f),
            _ when placeNext => (EntityType.Place, 0.6f),
            _ when eventName => (EntityType.Event, 0.6f),
            _ when described == NameDescription.Person && personLike => (EntityType.Person, 0.85f),
            _ when described == NameDescription.Speaker && personLike => (EntityType.Person, 0.75f),
            _ when described == NameDescription.Organisation => (EntityType.Organisation, 0.75f),
            _ when described == NameDescription.NamedBody => (EntityType.Organisation, 0.75f),
            _ when described == NameDescription.Place && !AnyUpper(paragraph, start, end) => (EntityType.Place, 0.75f),
            _ when words is 2 or 3 && !sentenceInitial && AllCapitalised(paragraph, start, end) => (EntityType.Person, 0.4f),
            _ => (EntityType.Person, 0f),
        };
        if (words == 1 && !titled && NamedPlaceHeadAfter(paragraph, start, end, limit))
        {
            // "the Omari camp", "Nuristan's Waigal valley": one unknown word and its head name the place.
            string place = paragraph.Normalised[paragraph.Tokens[start].Start..paragraph.Tokens[end].End];
            return Discovered(paragraph, start, end + 1, sentence, DiscoveredNames.Create(place, EntityType.Place, CueConfidence, null), MentionKind.Discovered, CueConfidence);
        }

        if (confidence == 0f || words == 1 && !titled && !placeOf && described is not (NameDescription.Organisation or NameDescription.NamedBody or NameDescription.Place))
        {
            return null;
        }

        string name = paragraph.Normalised[paragraph.Tokens[start].Start..paragraph.Tokens[end - 1].End];
        MentionKind kind = MentionKind.Discovered;
        Entity? owned = null;
        string? subtype = null;
        if (type == EntityType.Organisation && HasPrefix(paragraph, start, end) && PossessedNames.Owner(paragraph, start) is { } owner)
        {
            owned = PossessedNames.Curated(paragraph, owner.Entity, start, end, trie);
            name = owned is null ? $"{name} of {owner.Entity.Name}" : name;
            // "Uganda's Ministry of Education": the state's own government body.
            subtype = HasPrefix(paragraph, start, end, cues.GovernmentPrefixes) ? EntitySubtypes.GovernmentBody : null;
        }

        subtype ??= type == EntityType.Organisation ? cues.OrganisationSubtypeOf(name) : null;
        Entity entity = owned ?? DiscoveredNames.Create(name, type, confidence, subtype);
        (kind, confidence) = owned is null ? (kind, confidence) : (MentionKind.Name, 1f);
        return Discovered(paragraph, start, end, sentence, entity, kind, confidence);
    }

    /// <summary>
    /// True when a lower-case head of cues <c>named_place_heads</c> follows the word at <paramref name="start"/> and "the" or a
    /// possessive stands before it ("the Omari camp", "Nuristan's Waigal valley").
    /// </summary>
    private bool NamedPlaceHeadAfter(Paragraph paragraph, int start, int end, int limit) =>
        end < limit && start > 0 && paragraph.Tokens[end].Kind == TokenKind.Word && paragraph.Tokens[end].Is(TokenShape.AllLower)
        && CueSet.Contains(cues.NamedPlaceHeads, Word(paragraph, end))
        && (Word(paragraph, start - 1).Equals("the", StringComparison.OrdinalIgnoreCase) || Word(paragraph, start - 1) is "'s" or "'");

    /// <summary>True when a person title starts at <paramref name="start"/> and a connector follows it ("Minister of", "Vice Minister of").</summary>
    private bool TitleWithComplement(Paragraph paragraph, int start, int end) =>
        TitleLength(paragraph, start, end) is > 0 and var title && start + title < end && CueSet.Contains(cues.NameConnectors, Word(paragraph, start + title));

    /// <summary>Where a person title starts after one or more common words ("Federal Minister"), or -1.</summary>
    private int TitleAfterCommonWords(Paragraph paragraph, int start, int end)
    {
        for (int k = start; k < end - 1 && cues.IsCommon(Word(paragraph, k)); k++)
        {
            if (TitleLength(paragraph, k + 1, end) > 0)
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Start of the last two or more words of [<paramref name="from"/>, <paramref name="end"/>) that are neither common words
    /// nor connectors, or -1. A person's particle inside them stays ("Minister of State Mohammed Al-Khulaifi").
    /// </summary>
    private int NameTail(Paragraph paragraph, int from, int end)
    {
        int k = end;
        while (k > from && !cues.IsCommon(Word(paragraph, k - 1))
            && (!CueSet.Contains(cues.NameConnectors, Word(paragraph, k - 1)) || k < end && k - 1 > from && CueSet.Contains(cues.PersonParticles, Word(paragraph, k - 1))))
        {
            k--;
        }

        while (k < end && CueSet.Contains(cues.PersonParticles, Word(paragraph, k)))
        {
            k++;
        }

        return end - k >= 2 ? k : -1;
    }

    /// <summary>
    /// True when the stop word at <paramref name="start"/> opens a title of two words or more, followed by a name, whose
    /// second word is no stop word: stripping the first word alone would leave the rest of the title in the name.
    /// </summary>
    private bool StopWordOpensTitle(Paragraph paragraph, int start, int end) =>
        start + 1 < end && !CueSet.Contains(cues.StopWords, Word(paragraph, start + 1))
        && TitleLength(paragraph, start, end) is > 1 and var title && title < end - start;

    /// <summary>
    /// True when the span is a title and one organisation head (cues <c>organisation_suffixes</c>): "the Pakistan Army's
    /// General Headquarters" names a body, not a general.
    /// </summary>
    private bool TitledHead(Paragraph paragraph, int start, int end) =>
        TitleLength(paragraph, start, end) is > 0 and var title && end - start - title == 1
        && CueSet.Contains(cues.OrganisationSuffixes, Word(paragraph, end - 1));

    /// <summary>Length in tokens of a person title starting the span ("Foreign Minister Wang Jisi").</summary>
    private int TitleLength(Paragraph paragraph, int start, int end)
    {
        foreach (string[] title in cues.Titles)
        {
            if (title.Length <= end - start && Matches(paragraph, start, title))
            {
                return title.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// A name in apposition after a lower-case person role (cues <c>person_roles</c>), or after a title or role, a
    /// preposition (cues <c>role_place_prepositions</c>) and the place it serves ("The Chinese ambassador to Kenya, Wu Peng,",
    /// "the special representative for Afghanistan, Yerkin Tokumov,", "the ambassador, Wu Peng,"): a comma before
    /// <paramref name="start"/>, then the role right before it, or up to four capitalised words (or "the") and the
    /// preposition after the title or role; a mission (cues <c>mission_heads</c>) and "in" may stand between the place's
    /// words and the words that own it ("a spokesperson for the Chinese embassy in New Delhi, Yu Jing,"). Only names of two words or more are asked: a single word after "the would-be leader," is
    /// left to the learned recogniser, which reads it in every sentence of the article.
    /// </summary>
    private bool TitledApposition(Paragraph paragraph, int start)
    {
        const int MaxPlaceWords = 4;
        if (start < 2 || !Word(paragraph, start - 1).SequenceEqual(","))
        {
            return false;
        }

        int j = start - 2;
        if (IsRole(paragraph, j))
        {
            return true;
        }

        bool mission = false;
        for (int n = 0; n < MaxPlaceWords && j > 0 && (char.IsUpper(Word(paragraph, j)[0]) || Word(paragraph, j).SequenceEqual("the")); n++)
        {
            j--;
            ReadOnlySpan<char> word = Word(paragraph, j);
            // "a spokesperson for the Chinese embassy in New Delhi, Yu Jing,": a mission and its host are the place served.
            if (!mission && word.SequenceEqual("in") && OwnedMissions.HeadEndingBefore(paragraph, j, cues) is > 0 and var head && !(TitleEndsAt(paragraph, j) || IsRole(paragraph, j - 1)))
            {
                mission = true;
                j -= head + 1;
                n = -1;
                continue;
            }

            if (CueSet.Contains(cues.RolePlacePrepositions, word))
            {
                return TitleEndsAt(paragraph, j) || IsRole(paragraph, j - 1);
            }
        }

        return false;
    }

    /// <summary>A lower-case person role at <paramref name="i"/> ("ambassador", "envoy"); a capitalised one may end a name ("Director, Enron").</summary>
    private bool IsRole(Paragraph paragraph, int i) => char.IsLower(Word(paragraph, i)[0]) && CueSet.Contains(cues.PersonRoles, Word(paragraph, i));

    /// <summary>
    /// True when a person title ends right before <paramref name="start"/>, a lower-case role stands right before it ("ministry
    /// spokesman Humayoon Afghan") or a role's apposition does ("a ministry spokesman, Mohammad Sediq Wardak,").
    /// </summary>
    private bool TitledBefore(Paragraph paragraph, int start) =>
        start > 0 && (TitleEndsAt(paragraph, start) || IsRole(paragraph, start - 1) || TitledApposition(paragraph, start));

    /// <summary>True when a person title ends right before <paramref name="start"/> ("Mullah Baradar", "Gen. X").</summary>
    private bool TitleEndsAt(Paragraph paragraph, int start)
    {
        foreach (string[] title in cues.Titles)
        {
            if (start - title.Length >= 0 && Matches(paragraph, start - title.Length, title))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPrefix(Paragraph paragraph, int start, int end) => HasPrefix(paragraph, start, end, cues.OrganisationPrefixes);

    private static bool HasPrefix(Paragraph paragraph, int start, int end, string[][] prefixes)
    {
        foreach (string[] prefix in prefixes)
        {
            if (prefix.Length < end - start && Matches(paragraph, start, prefix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words from token <paramref name="at"/> are <paramref name="words"/>, exactly.</summary>
    internal static bool Matches(Paragraph paragraph, int at, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
        {
            if (at + k >= paragraph.Tokens.Length || !Word(paragraph, at + k).SequenceEqual(words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when [<paramref name="start"/>, <paramref name="end"/>) can be a person's name: two to four capitalised words
    /// or initials ("W. Gyude Moore", "Hansi Lo Wang") with no connector but the particles of cues <c>person_particles</c>
    /// inside ("Abdullah al-Ani"), no acronym, and not only common English words that the tagger
    /// does not read as proper nouns (a surname may be one: "Irene Sun").
    /// </summary>
    private bool PersonLike(Paragraph paragraph, int start, int end)
    {
        bool proper = false;
        int names = 0;
        for (int i = start; i < end; i++)
        {
            Token token = paragraph.Tokens[i];
            ReadOnlySpan<char> word = Word(paragraph, i);
            if (i > start && i < end - 1 && CueSet.Contains(cues.PersonParticles, word))
            {
                // "Abdullah al-Ani", "Osama bin Laden": a particle inside the name.
                continue;
            }

            if (token.Kind != TokenKind.Word || !token.Is(TokenShape.Capitalised) || token.Is(TokenShape.AllUpper) && !IsInitial(word)
                || CueSet.Contains(cues.NameConnectors, word))
            {
                return false;
            }

            // The common-word list holds some first names ("irene"); the tagger knows them as proper nouns.
            proper |= !IsInitial(word) && (!cues.IsCommon(word) || paragraph.Syntax is { } syntax && syntax.Upos(i) == Upos.Propn);
            names++;
        }

        return proper && names is >= 2 and <= 4 && !IsInitial(Word(paragraph, end - 1));
    }

    /// <summary>An initial: one capital letter and a full stop ("W.").</summary>
    private static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static bool AnyUpper(Paragraph paragraph, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (paragraph.Tokens[i].Is(TokenShape.AllUpper))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllCapitalised(Paragraph paragraph, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            Token token = paragraph.Tokens[i];
            if (token.Kind != TokenKind.Word || !token.Is(TokenShape.Capitalised) || token.Is(TokenShape.AllUpper))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
