using KnowledgeGraph.Model;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Types a capitalised run the gazetteer lacks by what the sentence says about it: an apposition or copula that
/// describes it ("Sim Tack, an analyst at Force Analysis"; "Sim Tack is the chief military analyst with…";
/// "Afrobarometer, an African research network"; "the Daily Nation, one of Kenya's largest newspapers"), or a verb of
/// speech next to it ("…, said Irene Sun"; "Hansi Lo Wang says"). The describing nouns and verbs are cue vocabulary
/// (<see cref="CueSet.PersonRoles"/>, <see cref="CueSet.OrganisationDescriptions"/>, <see cref="CueSet.SpeechVerbs"/>).
/// </summary>
internal static class NameDescriptions
{
    /// <summary>Words read after the determiner when looking for the describing noun ("a freelance journalist").</summary>
    private const int Reach = 6;

    /// <summary>What the text says the run [<paramref name="start"/>, <paramref name="end"/>) is, from the words after it.</summary>
    public static NameDescription Describe(Paragraph paragraph, int start, int end, int limit, CueSet cues)
    {
        if (Employer(paragraph, start, cues) && !QualifiesNext(paragraph, end, limit) || DescribedBefore(paragraph, start, cues))
        {
            return NameDescription.Organisation;
        }

        if (NamedAfterDescription(paragraph, start, end, limit, cues))
        {
            return NameDescription.NamedBody;
        }

        if (PlaceNounOf(paragraph, start, cues) || PlaceWithinPlace(paragraph, start, end, limit, cues) || LocatedPlaces.Located(paragraph, start, end, limit, cues))
        {
            return NameDescription.Place;
        }

        // "Italy's Webuild has been the main contractor": an unknown name after a country's possessive is its body.
        NameDescription described = Apposition(paragraph, start, end, limit, cues);
        return (described is NameDescription.None or NameDescription.Speaker) && PossessedOrganisations.Named(paragraph, start, end, limit, cues)
            ? NameDescription.Organisation
            : described;
    }

    /// <summary>
    /// What an apposition or copula right after the run [<paramref name="start"/>, <paramref name="end"/>) says it is
    /// ("Anhui Conch, one of China's largest cement makers", "Sim Tack is the chief military analyst with"), or whether
    /// a verb of speech stands next to it.
    /// </summary>
    public static NameDescription Apposition(Paragraph paragraph, int start, int end, int limit, CueSet cues)
    {
        int k = end;
        if (k < limit && IsPunctuation(paragraph, k, ','))
        {
            k++;
        }
        else if (k < limit && (Is(paragraph, k, "is") || Is(paragraph, k, "was")))
        {
            k++;
        }
        else
        {
            return Spoken(paragraph, start, end, limit, cues) ? NameDescription.Speaker : NameDescription.None;
        }

        int reach = Reach;
        bool plural = true;
        if (k + 1 < limit && Is(paragraph, k, "one") && Is(paragraph, k + 1, "of"))
        {
            k += 2;
        }
        else if (k < limit && (Is(paragraph, k, "a") || Is(paragraph, k, "an") || Is(paragraph, k, "the")))
        {
            k++;
        }
        else if (PossessorEnd(paragraph, k, limit) is > 0 and var after)
        {
            // "Kyrgyzaltyn, Kyrgyzstan's state gold company": a capitalised possessor stands for the determiner.
            k = after;
        }
        else
        {
            // No determiner: a role in the next two words, singular ("Yun Sun, director of…", "X, senior fellow at…"),
            // never a plural ("Kabul Bank, analysts say").
            reach = 2;
            plural = false;
        }

        for (int j = k; j < limit && j < k + reach; j++)
        {
            Token token = paragraph.Tokens[j];
            if (token.Kind != TokenKind.Word)
            {
                // A possessive or hyphen inside the description ("Kenya's largest", "Africa-focused") is read past.
                if (IsPunctuation(paragraph, j, '\'') || IsPunctuation(paragraph, j, '-') || Word(paragraph, j).SequenceEqual("'s"))
                {
                    continue;
                }

                break;
            }

            ReadOnlySpan<char> word = plural ? Singular(Word(paragraph, j)) : Word(paragraph, j);
            if (CueSet.Contains(cues.PersonRoles, word))
            {
                return NameDescription.Person;
            }

            if (CueSet.Contains(cues.OrganisationDescriptions, word))
            {
                return NameDescription.Organisation;
            }

            if (plural && CueSet.Contains(cues.PlaceDescriptions, Word(paragraph, j)))
            {
                return NameDescription.Place;
            }

            if (Is(paragraph, j, "of") || Is(paragraph, j, "at") || Is(paragraph, j, "with") || Is(paragraph, j, "who") || Is(paragraph, j, "which"))
            {
                break;
            }
        }

        return NameDescription.None;
    }

    /// <summary>
    /// True when the run follows a person's role and "at" or "with" ("the chief military analyst with Force Analysis",
    /// "a consultant with the Institute for Security Studies"), or a role heading a body and "of" ("chief executive of
    /// Safaricom", cues <c>body_head_roles</c>): the body the person works for.
    /// </summary>
    private static bool Employer(Paragraph paragraph, int start, CueSet cues)
    {
        int k = start - 1;
        if (k >= 0 && Is(paragraph, k, "the"))
        {
            k--;
        }

        return k >= 1 && ((Is(paragraph, k, "at") || Is(paragraph, k, "with")) && CueSet.Contains(cues.PersonRoles, Singular(Word(paragraph, k - 1)))
            || Is(paragraph, k, "of") && CueSet.Contains(cues.BodyHeadRoles, Word(paragraph, k - 1)));
    }

    private const int MaxPlaceNounReach = 4;

    /// <summary>
    /// True when a lower-case place noun and "of" come right before the run, after "the" and at most two words
    /// ("the town of Fazilka", "the Indian border town of Fazilka"): the run names the place.
    /// </summary>
    private static bool PlaceNounOf(Paragraph paragraph, int start, CueSet cues)
    {
        if (start < 3 || !Is(paragraph, start - 1, "of") || !CueSet.Contains(cues.PlaceDescriptions, Word(paragraph, start - 2)))
        {
            return false;
        }

        for (int k = start - 3; k >= 0 && start - 2 - k <= MaxPlaceNounReach; k--)
        {
            if (Is(paragraph, k, "the"))
            {
                return true;
            }

            if (paragraph.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a locative preposition (cues <c>place_locatives</c>, tagged as an adposition) stands right before the run
    /// and "in" and a country or place the gazetteer names right after it ("near Besham in Khyber Pakhtunkhwa", "to
    /// Kharlachi in Pakistan's Kurram district"): the run names a place within that one, unless another place is joined to
    /// it by "and" or "or".
    /// </summary>
    private static bool PlaceWithinPlace(Paragraph paragraph, int start, int end, int limit, CueSet cues)
    {
        if (start < 1 || end + 1 >= limit || !Is(paragraph, end, "in") || !paragraph.Tokens[start - 1].Is(TokenShape.AllLower)
            || !CueSet.Contains(cues.PlaceLocatives, Word(paragraph, start - 1)) || paragraph.Syntax is not { } syntax || syntax.Upos(start - 1) != Upos.Adp)
        {
            return false;
        }

        // "awarded to Halliburton in Iraq and Afghanistan": no place lies within two.
        Mention? place = paragraph.Mentions.Find(m => m.TokenStart == end + 1);
        return place is { Kind: MentionKind.Name, Entity.Type: EntityType.Country or EntityType.Place }
            && !(place.TokenEnd < limit && (Is(paragraph, place.TokenEnd, "and") || Is(paragraph, place.TokenEnd, "or")));
    }

    /// <summary>
    /// True when a body's description and a comma come right before the run ("its state-owned power company, ZESCO,"):
    /// the apposition names the body.
    /// </summary>
    private static bool DescribedBefore(Paragraph paragraph, int start, CueSet cues) =>
        start >= 2 && IsPunctuation(paragraph, start - 1, ',')
        && (CueSet.Contains(cues.OrganisationDescriptions, Word(paragraph, start - 2)) || ListedAfterPlural(paragraph, start, cues));

    /// <summary>
    /// True when a body's description in the plural and a comma come right before the run ("two Chinese companies,
    /// Fortune Lithium and Xinjiang Huaxin Resources,"): the apposition lists the bodies, more than one.
    /// </summary>
    public static bool ListedAfterPlural(Paragraph paragraph, int start, CueSet cues)
    {
        if (start < 2 || !IsPunctuation(paragraph, start - 1, ',') || !paragraph.Tokens[start - 2].Is(TokenShape.AllLower))
        {
            return false;
        }

        ReadOnlySpan<char> word = Word(paragraph, start - 2);
        bool plural = word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)
            ? CueSet.Contains(cues.OrganisationDescriptions, string.Concat(word[..^3], "y"))
            : word.Length > 3 && word[^1] == 's' && word[^2] != 's' && CueSet.Contains(cues.OrganisationDescriptions, word[..^1]);
        return plural && ListGoesOn(paragraph, start);
    }

    private const int MaxListedWords = 10;

    /// <summary>
    /// True when the capitalised run from <paramref name="start"/> is a list: "and" and a capitalised word follow within it
    /// ("Fortune Lithium and Xinjiang Huaxin Resources"); "peacekeeping missions, Fabricius said" names one person.
    /// </summary>
    private static bool ListGoesOn(Paragraph paragraph, int start)
    {
        for (int k = start + 1; k + 1 < paragraph.Tokens.Length && k - start <= MaxListedWords; k++)
        {
            if (Word(paragraph, k).SequenceEqual("and"))
            {
                return paragraph.Tokens[k + 1].Is(TokenShape.Capitalised);
            }

            if (!paragraph.Tokens[k].Is(TokenShape.Capitalised) && !Word(paragraph, k).SequenceEqual("of"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words read back from the describing noun or modifier to the article, hyphens not counted.</summary>
    private const int MaxDescriptionWords = 2;

    /// <summary>
    /// "the conservation group Wildlife Direct", "the mining company Trafigura", "the Karachi-based brokerage Topline
    /// Securities", "the state-owned Tajiktransgaz": a lower-case organisation noun right before the run, after an article,
    /// or after a country's demonym or name ("Chinese carmaker BYD"), or a hyphenated modifier ending with a word of cues
    /// <c>body_modifier_ends</c> ("state-owned", "Kabul-based"), after "the"; at most two words (their hyphens not counted)
    /// stand between. Not when the run only qualifies a noun after it
    /// ("the giant Kashagan oil field") or goes on inside a word ("MicroMega" read as "Micro").
    /// </summary>
    public static bool NamedAfterDescription(Paragraph paragraph, int start, int end, int limit, CueSet cues)
    {
        if (start < 2 || paragraph.Tokens[start - 1].Kind != TokenKind.Word || !paragraph.Tokens[start - 1].Is(TokenShape.AllLower))
        {
            return false;
        }

        // A modifier alone needs the definite article: "a UNIX-based OS" names no body.
        bool noun = CueSet.Contains(cues.OrganisationDescriptions, Word(paragraph, start - 1));
        if (!noun && !BodyModifierAt(paragraph, start - 1, cues))
        {
            return false;
        }

        if (end < limit && paragraph.Tokens[end].Start == paragraph.Tokens[end - 1].End && paragraph.Tokens[end].Kind == TokenKind.Word
            || QualifiesNext(paragraph, end, limit))
        {
            return false;
        }

        int words = 0;
        for (int j = start - 2; j >= 0 && words <= MaxDescriptionWords; j--)
        {
            if (Is(paragraph, j, "the") || Is(paragraph, j, "The"))
            {
                return true;
            }

            if (Is(paragraph, j, "a") || Is(paragraph, j, "an"))
            {
                return noun;
            }

            // "Chinese carmaker BYD", "Italian builder Webuild": a country's demonym or name opens the description.
            if (noun && CountryEndsAt(paragraph, j))
            {
                return true;
            }

            if (HyphenatedSyllables.GluedHyphen(paragraph, j))
            {
                continue;
            }

            if (paragraph.Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }

            words++;
        }

        return false;
    }

    /// <summary>True when a mention of a country (its name or demonym) ends at token <paramref name="j"/>.</summary>
    private static bool CountryEndsAt(Paragraph paragraph, int j) =>
        paragraph.Tokens[j].Is(TokenShape.Capitalised) && paragraph.Mentions.Exists(m => m.TokenEnd == j + 1 && m.Entity.Type == EntityType.Country);

    /// <summary>The last word of a hyphenated modifier that describes a body ("owned" of "state-owned") at <paramref name="i"/>.</summary>
    private static bool BodyModifierAt(Paragraph paragraph, int i, CueSet cues) =>
        i >= 2 && CueSet.Contains(cues.BodyModifierEnds, Word(paragraph, i)) && HyphenatedSyllables.GluedHyphen(paragraph, i - 1);

    /// <summary>True when a verb of speech stands right before the run ("said Irene Sun") or right after it ("Hansi Lo Wang says").</summary>
    private static bool Spoken(Paragraph paragraph, int start, int end, int limit, CueSet cues) =>
        start > 0 && CueSet.Contains(cues.SpeechVerbs, Word(paragraph, start - 1))
        || end < limit && CueSet.Contains(cues.SpeechVerbs, Word(paragraph, end));

    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) =>
        word.Length > 4 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;

    /// <summary>
    /// True when a lower-case noun or adjective follows the run at <paramref name="end"/>, so the run only qualifies it
    /// ("the Dallas chapter", "the Peronist political movement").
    /// </summary>
    internal static bool QualifiesNext(Paragraph paragraph, int end, int limit) =>
        end < limit && paragraph.Tokens[end].Is(TokenShape.AllLower) && paragraph.Syntax is { } syntax && syntax.Upos(end) is Upos.Noun or Upos.Adj;

    /// <summary>
    /// The token after a capitalised word and its possessive ending at <paramref name="k"/> ("Kyrgyzstan's", "Kyrgyzstan' s"),
    /// or 0 when none stands there.
    /// </summary>
    private static int PossessorEnd(Paragraph paragraph, int k, int limit)
    {
        if (k + 1 >= limit || paragraph.Tokens[k].Kind != TokenKind.Word || !paragraph.Tokens[k].Is(TokenShape.Capitalised))
        {
            return 0;
        }

        if (Is(paragraph, k + 1, "'s"))
        {
            return k + 2;
        }

        return k + 2 < limit && IsPunctuation(paragraph, k + 1, '\'') && Is(paragraph, k + 2, "s") ? k + 3 : 0;
    }

    private static bool Is(Paragraph paragraph, int i, string word) => Word(paragraph, i).SequenceEqual(word);

    private static bool IsPunctuation(Paragraph paragraph, int i, char c) =>
        paragraph.Tokens[i].Length == 1 && paragraph.Normalised[paragraph.Tokens[i].Start] == c;

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
