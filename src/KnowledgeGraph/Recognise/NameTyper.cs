using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;
using static KnowledgeGraph.Recognise.NameTokens;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Types a run of capitalised words: strips generic heads, titles and connectors, and reads the cues around it
/// (a person title, an organisation or project suffix or prefix, a place or event word, a description) into the
/// discovered mention's type and confidence.
/// </summary>
internal sealed class NameTyper
{
    private readonly CueSet cues;
    private readonly FormTrie? trie;
    private readonly NameTitleFinder titles;

    /// <summary>Types names with <paramref name="cues"/>, the gazetteer's forms (<paramref name="trie"/>) and titles read by <paramref name="titles"/>.</summary>
    public NameTyper(CueSet cues, FormTrie? trie, NameTitleFinder titles)
    {
        this.cues = cues;
        this.trie = trie;
        this.titles = titles;
    }

    /// <summary>
    /// The mention of the run [<paramref name="start"/>, <paramref name="end"/>) once generic heads, titles and connectors are
    /// stripped, typed and given a confidence by its cues; null when the run names nothing.
    /// </summary>
    internal Mention? Type(Paragraph paragraph, int start, int end, int sentence, bool sentenceInitial, int limit)
    {
        bool titled = false;
        // A generic head is stripped ("But", "Ministry"), unless it starts an organisation's name ("Institute for Security
        // Studies"), or, after a lower-case word or a possessive, a name of several words that ends with an organisation or
        // project suffix ("the National Democratic Party", "the port's East Bay Expressway").
        bool suffixed = end - start >= 3 && (CueSet.Contains(cues.OrganisationSuffixes, Word(paragraph, end - 1)) || CueSet.Contains(cues.ProjectSuffixes, Word(paragraph, end - 1)))
            && start > 0 && (paragraph.Tokens[start - 1].Kind == TokenKind.Word && paragraph.Tokens[start - 1].Is(TokenShape.AllLower) || Word(paragraph, start - 1) is "'s" or "'");
        // A title made of stop words and followed by its complement stays ("Vice Minister of Commerce Gao Xiaomei"); so does
        // a title whose first word alone is a stop word ("Chief Executive Meirzhan Yussupov", not "Executive Meirzhan …").
        while (start < end && CueSet.Contains(cues.StopWords, Word(paragraph, start)) && !HasPrefix(paragraph, start, end, cues.OrganisationPrefixes)
            && !(suffixed && !Word(paragraph, start).Equals("The", StringComparison.Ordinal)) && !titles.TitleWithComplement(paragraph, start, end)
            && !titles.StopWordOpensTitle(paragraph, start, end) && !titles.TitledHead(paragraph, start, end))
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

        int title = titles.TitleLength(paragraph, start, end);
        if (title == 0 && titles.TitleAfterCommonWords(paragraph, start, end) is > 0 and int at)
        {
            // "Federal Minister …": common words before a title belong to it.
            start = at;
            title = titles.TitleLength(paragraph, start, end);
            sentenceInitial = false;
        }

        if (title == end - start)
        {
            // Only a title ("Foreign Minister").
            return null;
        }

        if (titles.TitledHead(paragraph, start, end))
        {
            title = 0;
        }

        if (title > 0 && CueSet.Contains(cues.NameConnectors, Word(paragraph, start + title)))
        {
            // A title's complement ("Minister of Industry and Commerce"), perhaps followed by the name
            // ("Minister for Aviation Ghulam Sarwar Khan"): the name is the tail of words no dictionary has.
            int tail = titles.NameTail(paragraph, start + title + 2, end);
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
            titled = start > 0 && (titles.TitleEndsAt(paragraph, start)
                || end - start >= 2 && (titles.TitledApposition(paragraph, start) || titles.IsRole(paragraph, start - 1) && titles.PersonLike(paragraph, start, end)));
        }

        for (int k = start + 1; k < end - 1; k++)
        {
            if (Word(paragraph, k).SequenceEqual("and") && (titles.TitleLength(paragraph, k + 1, end) > 0
                || titled && titles.PersonLike(paragraph, start, k) && titles.PersonLike(paragraph, k + 1, end)))
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
        bool organisation = CueSet.Contains(cues.OrganisationSuffixes, last) || HasPrefix(paragraph, start, end, cues.OrganisationPrefixes)
            || InnerPlaceNames.PlaceFirstBodyOf(paragraph, start, end, cues) >= 0;
        bool eventName = CueSet.Contains(cues.EventCues, last);
        NameDescription described = titled || project || organisation || placeNext || eventName
            ? NameDescription.None
            : NameDescriptions.Describe(paragraph, start, end, limit, cues);
        // Only a run of two or more tokens can be a person's name (checked first: the test may ask the tagger).
        bool personLike = words >= 2 && titles.PersonLike(paragraph, start, end);
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
        if (type == EntityType.Organisation && HasPrefix(paragraph, start, end, cues.OrganisationPrefixes) && PossessedNames.Owner(paragraph, start) is { } owner)
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
}
