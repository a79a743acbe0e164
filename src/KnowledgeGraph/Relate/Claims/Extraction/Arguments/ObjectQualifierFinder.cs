using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Words around an object mention that qualify it or stand for it: a project's part, a place within a province, a
/// group's actors, a unit and its leader, an event's name, a counterpart, a sum or a measure.
/// </summary>
internal sealed class ObjectQualifierFinder
{
    private readonly ClaimCues cues;

    public ObjectQualifierFinder(ClaimCues cues)
    {
        this.cues = cues;
    }

    /// <summary>True when a nominal trigger of a material conflict starts at <paramref name="i"/> ("operations against").</summary>
    internal static bool ViolenceNounAt(SentenceView view, int i)
    {
        foreach (var (words, trigger) in CollectionsMarshal.AsSpan(view.TriggersAt(i)))
        {
            if (trigger.Kind == TriggerKind.Noun && trigger.Predicate.Class == PredicateClasses.MaterialConflict && view.WordsMatch(i, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The length of a noun of claim_cues <c>project_works</c> at <paramref name="i"/> and the "of" (or "on") after it when a
    /// project's name follows (past "the"); 0 otherwise.
    /// </summary>
    internal int ProjectWorkOf(SentenceView view, int i)
    {
        int noun = cues.ProjectWorks.LongestAt(view, i);
        if (noun == 0 || !(view.Is(i + noun, "of") || view.Is(i + noun, "on")))
        {
            return 0;
        }

        int at = i + noun + 1;
        at += view.Is(at, "the") && view.MentionIndexAt(at) < 0 ? 1 : 0;
        int project = view.MentionIndexAt(at);
        return project >= 0 && view.MentionFirst(project) == at && view.Mention(project).Entity.Type == EntityType.Project ? noun + 1 : 0;
    }

    /// <summary>
    /// The length of a noun of claim_cues <c>place_part_nouns</c> at <paramref name="i"/> and the "of" after it when a
    /// place's name follows ("city of Urumqi", "capital of Bishkek"); 0 otherwise.
    /// </summary>
    internal int PlacePartOf(SentenceView view, int i)
    {
        int noun = cues.PlacePartNouns.LongestAt(view, i);
        if (noun == 0 || !view.Is(i + noun, "of") || view.MentionIndexAt(i) >= 0)
        {
            return 0;
        }

        int place = view.MentionIndexAt(i + noun + 1);
        return place >= 0 && view.MentionFirst(place) == i + noun + 1 && view.Mention(place).Entity.Type == EntityType.Place
            && view.Mention(place).Kind != MentionKind.Demonym ? noun + 1 : 0;
    }

    private const int MaxSiteModifiers = 2;

    /// <summary>
    /// True when the place mention <paramref name="m"/> (with a place joined to it by "and") only names the site a noun of
    /// claim_cues <c>site_heads</c> after it, past up to two lower-case words, stands for: "operate the Sahiwal and Port
    /// Qasim coal plants" operates no town.
    /// </summary>
    internal bool NamesSiteAfter(SentenceView view, int m)
    {
        if (view.Mention(m).Entity.Type != EntityType.Place)
        {
            return false;
        }

        int j = view.AfterMention(m);
        if (view.Is(j, "and") && view.MentionIndexAt(j + 1) is >= 0 and var other && view.MentionFirst(other) == j + 1
            && view.Mention(other).Entity.Type == EntityType.Place)
        {
            j = view.AfterMention(other);
        }

        for (int n = 0; n <= MaxSiteModifiers && j < view.End && view.MentionIndexAt(j) < 0 && view.Token(j).Is(TokenShape.AllLower)
            && !GrammarWords.Prepositions.StartsAt(view, j) && !GrammarWords.Articles.StartsAt(view, j) && !GrammarWords.Conjunctions.StartsAt(view, j); n++, j++)
        {
            if (cues.SiteHeads.StartsAt(view, j) || view.Word(j).EndsWith('s') && SiteHeadPlural(view, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word at <paramref name="i"/> is a site head (claim_cues <c>site_heads</c>) in the plural ("plants").</summary>
    private bool SiteHeadPlural(SentenceView view, int i)
    {
        ReadOnlySpan<char> word = view.Word(i);
        if (cues.SiteHeads.Candidates(word[..^1]) is not { } heads)
        {
            return false;
        }

        foreach ((string[] words, _) in heads)
        {
            if (words.Length == 1 && word[..^1].Equals(words[0], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token of the organisation or group named after an actor noun at <paramref name="i"/> and "of" (or "of the"):
    /// "militants of Jamaat Ansarullah"; 0 when the words are no such phrase.
    /// </summary>
    internal int GroupOfActors(SentenceView view, int i)
    {
        if (cues.Actors.LongestAt(view, i) != 1 || !view.Is(i + 1, "of"))
        {
            return 0;
        }

        int at = view.Is(i + 2, "the") ? i + 3 : i + 2;
        return view.MentionIndexAt(at) is >= 0 and var group && view.MentionFirst(group) == at
            && view.Mention(group).Entity.Type is EntityType.Organisation or EntityType.Group ? at : 0;
    }

    /// <summary>A province or a region within or across states, which a noun of a place after it may lie in.</summary>
    internal static bool IsProvince(Entity entity) =>
        entity.Type == EntityType.Place && entity.Subtype is EntitySubtypes.Province or EntitySubtypes.Region;

    /// <summary>
    /// The person after a unit noun (claim_cues <c>unit_nouns</c>) and "led by" or "headed by" right after mention
    /// <paramref name="m"/>, past capitalised title words ("a Taliban delegation led by Deputy Prime Minister Abdul Ghani
    /// Baradar"); -1 when there is none.
    /// </summary>
    internal int UnitHead(SentenceView view, int m) => UnitLeader(view, cues, view.AfterMention(m));

    /// <summary>
    /// The person after the unit noun (claim_cues <c>unit_nouns</c>) at token <paramref name="unit"/> and "led by" or
    /// "headed by", past capitalised title words ("a delegation led by Foreign Minister Jeenbek Kulubaev"); -1 when there
    /// is none.
    /// </summary>
    internal static int UnitLeader(SentenceView view, ClaimCues cues, int unit)
    {
        int length = cues.UnitNouns.LongestAt(view, unit);
        if (length == 0 || !(view.Is(unit + length, "led") || view.Is(unit + length, "headed")) || !view.Is(unit + length + 1, "by"))
        {
            return -1;
        }

        int k = unit + length + 2;
        for (int n = 0; n < ObjectFinder.MaxTitleWords && k < view.End && view.MentionIndexAt(k) < 0 && view.Token(k).Kind == TokenKind.Word && char.IsUpper(view.Word(k)[0]); n++)
        {
            k++;
        }

        int person = view.MentionIndexAt(k);
        return person >= 0 && view.MentionFirst(person) == k && view.Mention(person).Entity.Type == EntityType.Person ? person : -1;
    }

    private const int MaxUnitWords = 2;

    /// <summary>
    /// The body named in apposition after mention <paramref name="m"/> (an organisation) and one or two lower-case words,
    /// the last a unit's noun (claim_cues <c>apposed_units</c>: "the U.N. mission, MONUSCO", "the UN refugee agency,
    /// UNHCR,"): a comma, an organisation, project or group, then the apposition's end (punctuation or the sentence's
    /// end); -1 when not so written.
    /// </summary>
    internal static int ApposedUnit(SentenceView view, int m, ClaimCues cues)
    {
        if (view.Mention(m).Entity.Type != EntityType.Organisation || view.IsPossessive(m))
        {
            return -1;
        }

        int i = view.AfterMention(m);
        int words = 0;
        while (words < MaxUnitWords && i < view.End && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0
            && !GrammarWords.Prepositions.StartsAt(view, i) && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i))
        {
            i++;
            words++;
        }

        if (words == 0 || !view.Is(i, ",") || cues.ApposedUnits.LongestAt(view, i - 1) != 1
            || view.MentionIndexAt(i + 1) is not (>= 0 and var unit) || view.MentionFirst(unit) != i + 1
            || view.Mention(unit).Entity.Type is not (EntityType.Organisation or EntityType.Project or EntityType.Group) || view.Mention(unit).Entity == view.Mention(m).Entity)
        {
            return -1;
        }

        int end = view.AfterMention(unit);
        return end >= view.End || view.IsPunctuation(end) ? unit : -1;
    }

    /// <summary>
    /// The token after a named event and what still belongs to its name: a capitalised "on" or "of" phrase the recogniser
    /// left out and a bracketed acronym ("signed a Framework Agreement on Economic Cooperation (FAEC) with China", "a
    /// Comprehensive and Enhanced Partnership Agreement (Cepa) with the EU").
    /// </summary>
    internal static int AfterEventName(SentenceView view, int named)
    {
        int after = view.AfterMention(named);
        if ((view.Is(after, "on") || view.Is(after, "of")) && after + 1 < view.End && view.Token(after + 1).Is(TokenShape.Capitalised)
            && view.MentionIndexAt(after + 1) < 0)
        {
            int j = after + 1;
            for (int n = 0; n < ObjectFinder.MaxTitleWords && j < view.End && view.Token(j).Is(TokenShape.Capitalised) && view.MentionIndexAt(j) < 0; n++)
            {
                j++;
            }

            after = j;
        }

        return view.Is(after, "(") && ObjectClauseBoundaries.ClosingBracket(view, after, ObjectFinder.MaxTitleWords) is var close and > 0 ? close + 1 : after;
    }

    /// <summary>
    /// The party a possessive pronoun's actor noun from token <paramref name="j"/> names (claim_cues <c>actors</c>,
    /// <c>counterparts</c>): the person in
    /// apposition after it ("hosted his Pakistani counterpart, Ishaq Dar", "met his counterpart Sergei Lavrov", "his Taliban
    /// counterpart, Amir Khan Muttaqi"), else the demonym or group's name before it ("met his Pakistani and Afghan
    /// counterparts"); -1 when not so written.
    /// </summary>
    internal int Counterpart(SentenceView view, int j)
    {
        int demonym = view.MentionIndexAt(j);
        if (demonym >= 0)
        {
            // "his Taliban counterpart, Amir Khan Muttaqi": a group's name qualifies the noun as a demonym does.
            if (view.MentionFirst(demonym) != j || view.Mention(demonym).Kind != MentionKind.Demonym && !ObjectActorFinder.QualifyingName(view, demonym))
            {
                return -1;
            }

            j = view.AfterMention(demonym);
            if (GrammarWords.Conjunctions.StartsAt(view, j) && view.MentionIndexAt(j + 1) is >= 0 and var other && view.Mention(other).Kind == MentionKind.Demonym)
            {
                j = view.AfterMention(other);
            }
        }

        int actor = Math.Max(cues.Actors.LongestAt(view, j), cues.Counterparts.LongestAt(view, j));
        if (actor == 0)
        {
            return -1;
        }

        j += actor;
        j += view.Is(j, ",") ? 1 : 0;
        return view.MentionIndexAt(j) is >= 0 and var named && view.MentionFirst(named) == j && view.Mention(named).Entity.Type == EntityType.Person ? named : demonym;
    }

    /// <summary>
    /// The token after the sum starting at <paramref name="i"/>: numbers, currency signs and amount words ("$100
    /// million"); "over" ends it, being a preposition as often as an amount.
    /// </summary>
    internal int SumEnd(SentenceView view, int i)
    {
        while (i < view.End && view.MentionIndexAt(i) < 0 && Sums.IsAmountToken(view, cues, i) && !view.Is(i, "over"))
        {
            i++;
        }

        return i;
    }

    private const int MaxMeasureWords = 4;

    /// <summary>True when a number stands among the few words before "of" at <paramref name="of"/> ("33 billion cubic metres of").</summary>
    internal static bool MeasuredBefore(SentenceView view, int from, int of)
    {
        for (int k = of - 1; k >= from && of - k <= MaxMeasureWords; k--)
        {
            if (view.Token(k).Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a number or a currency symbol stands at <paramref name="i"/> inside the sentence.</summary>
    internal static bool NumberAt(SentenceView view, int i) => i < view.End && view.Token(i).Kind is TokenKind.Number or TokenKind.Symbol;

    /// <summary>True when "anti-" or "pro-" is glued right before token <paramref name="i"/>.</summary>
    internal static bool AgainstOrFor(SentenceView view, int i) =>
        i - 2 >= view.First && view.Is(i - 1, "-") && (view.Is(i - 2, "anti") || view.Is(i - 2, "pro"))
        && view.Token(i - 1).End == view.Token(i).Start && view.Token(i - 2).End == view.Token(i - 1).Start;
}
