using KnowledgeGraph.Model;
using static KnowledgeGraph.Recognise.NameTokens;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Reads person titles and roles around a run of capitalised words: a title that starts or ends before a name
/// ("Foreign Minister Wang Yi"), a lower-case role or a role in apposition ("the ambassador, Wu Peng,"), a title's
/// complement, and whether words can be a person's name.
/// </summary>
internal sealed class NameTitleFinder
{
    private readonly CueSet cues;

    /// <summary>Reads titles and roles with the titles, roles and connectors of <paramref name="cues"/>.</summary>
    public NameTitleFinder(CueSet cues)
    {
        this.cues = cues;
    }

    /// <summary>True when a person title starts at <paramref name="start"/> and a connector follows it ("Minister of", "Vice Minister of").</summary>
    internal bool TitleWithComplement(Paragraph paragraph, int start, int end) =>
        TitleLength(paragraph, start, end) is > 0 and var title && start + title < end && CueSet.Contains(cues.NameConnectors, Word(paragraph, start + title));

    /// <summary>Where a person title starts after one or more common words ("Federal Minister"), or -1.</summary>
    internal int TitleAfterCommonWords(Paragraph paragraph, int start, int end)
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
    internal int NameTail(Paragraph paragraph, int from, int end)
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
    internal bool StopWordOpensTitle(Paragraph paragraph, int start, int end) =>
        start + 1 < end && !CueSet.Contains(cues.StopWords, Word(paragraph, start + 1))
        && TitleLength(paragraph, start, end) is > 1 and var title && title < end - start;

    /// <summary>
    /// True when the span is a title and one organisation head (cues <c>organisation_suffixes</c>): "the Pakistan Army's
    /// General Headquarters" names a body, not a general.
    /// </summary>
    internal bool TitledHead(Paragraph paragraph, int start, int end) =>
        TitleLength(paragraph, start, end) is > 0 and var title && end - start - title == 1
        && CueSet.Contains(cues.OrganisationSuffixes, Word(paragraph, end - 1));

    /// <summary>Length in tokens of a person title starting the span ("Foreign Minister Wang Jisi").</summary>
    internal int TitleLength(Paragraph paragraph, int start, int end)
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
    internal bool TitledApposition(Paragraph paragraph, int start)
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
    internal bool IsRole(Paragraph paragraph, int i) => char.IsLower(Word(paragraph, i)[0]) && CueSet.Contains(cues.PersonRoles, Word(paragraph, i));

    /// <summary>
    /// True when a person title ends right before <paramref name="start"/>, a lower-case role stands right before it ("ministry
    /// spokesman Humayoon Afghan") or a role's apposition does ("a ministry spokesman, Mohammad Sediq Wardak,").
    /// </summary>
    internal bool TitledBefore(Paragraph paragraph, int start) =>
        start > 0 && (TitleEndsAt(paragraph, start) || IsRole(paragraph, start - 1) || TitledApposition(paragraph, start));

    /// <summary>
    /// True when the text says the run [<paramref name="start"/>, <paramref name="end"/>) is a person: a title or role
    /// introduces it (<see cref="TitledBefore"/>), a role's apposition follows it ("Hamza Qureshi, a researcher at") or a
    /// verb of speech stands before it ("said Farid Wardak"; a body speaks too: "Taza Naryn said its members").
    /// </summary>
    internal bool NamedAsPerson(Paragraph paragraph, int start, int end, int limit) =>
        TitledBefore(paragraph, start) || start > 0 && CueSet.Contains(cues.SpeechVerbs, Word(paragraph, start - 1))
        || NameDescriptions.Apposition(paragraph, start, end, limit, cues) == NameDescription.Person;

    /// <summary>True when a person title ends right before <paramref name="start"/> ("Mullah Baradar", "Gen. X").</summary>
    internal bool TitleEndsAt(Paragraph paragraph, int start)
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

    /// <summary>
    /// True when [<paramref name="start"/>, <paramref name="end"/>) can be a person's name: two to four capitalised words
    /// or initials ("W. Gyude Moore", "Hansi Lo Wang") with no connector but the particles of cues <c>person_particles</c>
    /// inside ("Abdullah al-Ani"), no acronym, and not only common English words that the tagger
    /// does not read as proper nouns (a surname may be one: "Irene Sun").
    /// </summary>
    internal bool PersonLike(Paragraph paragraph, int start, int end)
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
}
