using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Frees country, demonym and place names written inside an unknown organisation's name, so the discoverer takes
/// the whole name: in "The Fan China Afghan Mining Company", "China" and "Afghan" are words of the company's name,
/// not mentions of China and Afghanistan, and "Mining Company" alone is no organisation; likewise a name that
/// starts with a country or place name ("Uganda Electricity Generating Company", "China Africa Research
/// Initiative", "Kabul University"), or of a project ("Hambantota Port", "Karachi Port": the port, not the city), or a
/// place after a body's "of" ("the University of Central Asia"), or a place before a body's prefix ("the Herat Chamber of
/// Commerce and Investment", where the generated place "Chamber" too is a word of the name). The run must end with an organisation or project
/// suffix, be described as a body by a noun or modifier before it ("the Almaty-based consultancy Caspian Gate Research",
/// "the Kabul-based Afghan Energy Forum", where the demonym too is a word of the name) or in apposition ("Anhui Conch,
/// one of China's largest cement makers"). A demonym that starts the run is a description and stays a mention
/// ("Chinese Foreign Ministry", "Kenyan Transport Ministry"), except before a company's last word (cues
/// <c>company_suffixes</c>: "the state-owned Afghan Mining Corporation"). A curated project's name that starts a run
/// ending with a company's last word is a word of the company's name, the company that builds or runs the project
/// ("Trans-Afghan Railway Company", "TAPI Pipeline Company Limited"), not the project.
/// </summary>
internal static class InnerPlaceNames
{
    /// <summary>Removes such inner mentions from <paramref name="paragraph"/> and clears them in <paramref name="covered"/>.</summary>
    public static void Release(Paragraph paragraph, bool[] covered, CueSet cues)
    {
        foreach (Sentence sent in paragraph.Sentences)
        {
            int i = sent.TokenStart;
            while (i < sent.TokenEnd)
            {
                int end = RunEnd(paragraph, covered, i, sent.TokenEnd, cues, out bool inner, out bool company);
                if (inner && (!covered[end - 1] || OfPlaceInside(paragraph, i, end, cues)) && NamesBody(paragraph, i, end, sent.TokenEnd, company, cues))
                {
                    int from = i;
                    paragraph.Mentions.RemoveAll(m => m.TokenStart >= from && m.TokenEnd <= end);
                    Array.Fill(covered, false, from, end - from);
                }

                i = Math.Max(end, i + 1);
            }
        }
    }

    /// <summary>
    /// True when the run [<paramref name="start"/>, <paramref name="end"/>) names a body or project: a body's noun or
    /// modifier stands before it ("the Almaty-based consultancy Caspian Gate Research"), a body's "of" and a place make it
    /// ("University of Central Asia"), or it ends with a company's word where a demonym or project starts it
    /// (<paramref name="company"/>), otherwise with an organisation or project suffix, or an apposition after it describes
    /// a body (not a role's "of" before it: "the director of China Studies" may head a programme).
    /// </summary>
    private static bool NamesBody(Paragraph paragraph, int start, int end, int limit, bool company, CueSet cues)
    {
        ReadOnlySpan<char> last = Word(paragraph, end - 1);
        if (NameDescriptions.NamedAfterDescription(paragraph, start, end, limit, cues) || OfPlaceInside(paragraph, start, end, cues)
            || PlaceFirstBodyOf(paragraph, start, end, cues) >= 0)
        {
            // "the Almaty-based consultancy Caspian Gate Research", "the Kabul-based Afghan Energy Forum", "the University of
            // Central Asia".
            return true;
        }

        if (company)
        {
            return CueSet.Contains(cues.CompanySuffixes, last);
        }

        return CueSet.Contains(cues.OrganisationSuffixes, last) || CueSet.Contains(cues.ProjectSuffixes, last)
            || NameDescriptions.Apposition(paragraph, start, end, limit, cues) == NameDescription.Organisation;
    }

    /// <summary>
    /// Index of the "of" of a body's name that a place's name opens ("the Herat Chamber of Commerce and Investment"): an
    /// organisation prefix ending with "of" (cues <c>organisation_prefixes</c>: "Chamber of") that starts after the run's first
    /// word, is no state's own body (cues <c>government_prefixes</c>) and is followed by a capitalised word inside
    /// [<paramref name="start"/>, <paramref name="end"/>); -1 when there is none.
    /// </summary>
    internal static int PlaceFirstBodyOf(Paragraph paragraph, int start, int end, CueSet cues)
    {
        for (int k = start + 2; k < end - 1; k++)
        {
            if (Word(paragraph, k).SequenceEqual("of") && IsCapitalised(paragraph, k + 1) && BodyPrefixBefore(paragraph, start, k, cues))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when an organisation prefix that is no government body's ends with the "of" at <paramref name="of"/> and starts
    /// after <paramref name="start"/> ("Herat Chamber of").
    /// </summary>
    private static bool BodyPrefixBefore(Paragraph paragraph, int start, int of, CueSet cues)
    {
        for (int p = start + 1; p < of; p++)
        {
            if (IsPrefix(paragraph, p, of + 1, cues.OrganisationPrefixes) && !IsPrefix(paragraph, p, of + 1, cues.GovernmentPrefixes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the run holds a body's "of" and the place after it ("University of Central Asia").</summary>
    private static bool OfPlaceInside(Paragraph paragraph, int start, int end, CueSet cues)
    {
        for (int k = start + 1; k < end - 1; k++)
        {
            if (Word(paragraph, k).SequenceEqual("of") && IsPrefix(paragraph, start, k + 1, cues.OrganisationPrefixes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// End of a capitalised run starting at name word <paramref name="i"/>; <paramref name="inner"/> tells whether it
    /// crosses a place name, <paramref name="company"/> whether a demonym or a curated project starts it, so only a
    /// company's last word makes it a body's name.
    /// </summary>
    private static int RunEnd(Paragraph paragraph, bool[] covered, int i, int limit, CueSet cues, out bool inner, out bool company)
    {
        inner = false;
        company = false;
        int j = i + 1;
        bool own = false;
        if (covered[i])
        {
            Mention? first = paragraph.Mentions.Find(m => m.TokenStart == i);
            if (first is null || !(IsPlaceName(first) || IsProjectName(first)))
            {
                return i;
            }

            company = first.Candidates.Any(c => c.Kind == MentionKind.Demonym) || IsProjectName(first);
            inner = true;
            j = first.TokenEnd;
        }
        else if (!IsCapitalised(paragraph, i) || CueSet.Contains(cues.StopWords, Word(paragraph, i)) && !(i + 1 < limit && BodyOfPlace(paragraph, covered, i, i + 1, cues)) || i == 0 && cues.IsCommon(Word(paragraph, i)))
        {
            return i;
        }
        else
        {
            own = true;
        }

        while (j < limit && (IsCapitalised(paragraph, j) || IsInnerHyphen(paragraph, j, limit) || BodyOfPlace(paragraph, covered, i, j, cues)
            || SubjectOf(paragraph, covered, i, j, limit, cues)))
        {
            if (SubjectOf(paragraph, covered, i, j, limit, cues))
            {
                // "the Herat Chamber of Commerce": the body's subject after its "of" is a word of its name.
                own = true;
                j += 2;
                continue;
            }

            if (BodyOfPlace(paragraph, covered, i, j, cues))
            {
                // "the University of Central Asia": the place after a body's "of" is a word of its name.
                inner = true;
                j = paragraph.Mentions.Find(m => m.TokenStart == j + 1)!.TokenEnd;
                continue;
            }

            if (!covered[j])
            {
                own = true;
                j++;
                continue;
            }

            Mention? mention = paragraph.Mentions.Find(m => m.TokenStart == j);
            if (mention is null || !IsPlaceName(mention))
            {
                break;
            }

            inner = true;
            j = mention.TokenEnd;
        }

        inner &= own;
        return j;
    }

    /// <summary>
    /// True when [<paramref name="i"/>, <paramref name="j"/>] is an organisation's prefix ending with "of" (cues
    /// <c>organisation_prefixes</c>: "University of"), no state's own body (cues <c>government_prefixes</c>) nor a word that
    /// with its place names the state itself (cues <c>state_itself_suffixes</c>: "Government of"), and a place name that is
    /// no country follows it: the place is a word of the body's name ("the University of Central Asia").
    /// </summary>
    private static bool BodyOfPlace(Paragraph paragraph, bool[] covered, int i, int j, CueSet cues)
    {
        if (!Word(paragraph, j).SequenceEqual("of") || covered[i] || j + 1 >= paragraph.Tokens.Length || !covered[j + 1]
            || CueSet.Contains(cues.StateItselfSuffixes, Word(paragraph, i)) || !IsPrefix(paragraph, i, j + 1, cues.OrganisationPrefixes)
            || IsPrefix(paragraph, i, j + 1, cues.GovernmentPrefixes))
        {
            return false;
        }

        Mention? place = paragraph.Mentions.Find(m => m.TokenStart == j + 1);
        return place is not null && IsPlaceName(place) && place.Candidates.All(c => c.Entity.Type != EntityType.Country);
    }

    /// <summary>
    /// True when <paramref name="j"/> is the "of" of a body's prefix inside the run from <paramref name="i"/> ("Herat Chamber
    /// of") and an uncovered capitalised word follows it.
    /// </summary>
    private static bool SubjectOf(Paragraph paragraph, bool[] covered, int i, int j, int limit, CueSet cues) =>
        j + 1 < limit && Word(paragraph, j).SequenceEqual("of") && !covered[j + 1] && IsCapitalised(paragraph, j + 1)
        && BodyPrefixBefore(paragraph, i, j, cues);

    /// <summary>True when the words [<paramref name="start"/>, <paramref name="end"/>) are one of <paramref name="prefixes"/>.</summary>
    private static bool IsPrefix(Paragraph paragraph, int start, int end, string[][] prefixes)
    {
        foreach (string[] prefix in prefixes)
        {
            if (prefix.Length == end - start && NameTokens.Matches(paragraph, start, prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlaceName(Mention mention) =>
        mention.Candidates.Count > 0 && mention.Candidates.All(c =>
            c.Kind is MentionKind.Name or MentionKind.Demonym or MentionKind.Metonym
            && c.Entity.Type is EntityType.Country or EntityType.Place or EntityType.Group);

    /// <summary>True when every reading of <paramref name="mention"/> is a curated project's name ("Trans-Afghan Railway").</summary>
    private static bool IsProjectName(Mention mention) =>
        mention.Candidates.Count > 0 && mention.Candidates.All(c => c.Kind == MentionKind.Name && c.Entity.Type == EntityType.Project);

    /// <summary>A hyphen glued between two capitalised words ("China-Africa Research Initiative").</summary>
    private static bool IsInnerHyphen(Paragraph paragraph, int i, int limit) =>
        i + 1 < limit && paragraph.Normalised[paragraph.Tokens[i].Start] == '-' && paragraph.Tokens[i].Length == 1
        && !paragraph.Tokens[i].Is(TokenShape.SpaceBefore) && !paragraph.Tokens[i + 1].Is(TokenShape.SpaceBefore) && IsCapitalised(paragraph, i + 1);

    private static bool IsCapitalised(Paragraph paragraph, int i)
    {
        Token token = paragraph.Tokens[i];
        return token.Kind == TokenKind.Word && token.Is(TokenShape.Capitalised) && token.Length > 1;
    }

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
