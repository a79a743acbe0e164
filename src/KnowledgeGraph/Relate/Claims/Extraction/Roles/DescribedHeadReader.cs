using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A head described by the state's demonym and a head title, without a name ("The Chinese president chose Central
/// Asia", "the Russian leader's aggression"): the person is the one the article names whose curated role is that office
/// of that state on the article's date → the person LEADS the state, the description the qualifier. The title must be
/// a word of the role ("president" for President) or a generic head ("leader", <c>generic_heads</c>); when no person or
/// more than one fits, nothing (precision first).
/// </summary>
internal sealed class DescribedHeadReader
{
    private readonly PredicateLexicon lexicon;
    private readonly RoleTitleWords roleTitles;
    private IReadOnlyList<Entity> persons = [];
    private string? date;

    public DescribedHeadReader(PredicateLexicon lexicon)
    {
        this.lexicon = lexicon;
        roleTitles = new RoleTitleWords(lexicon.Cues.TitleSynonyms);
    }

    /// <summary>Moves on to another article: <paramref name="persons"/> are the persons with curated roles it names; <paramref name="date"/> its date.</summary>
    public void Begin(IReadOnlyList<Entity> persons, string? date)
    {
        this.persons = persons;
        this.date = date;
    }

    /// <summary>Appends (person, title, first token of the description, last token, state) for each described head in the view.</summary>
    public void Read(SentenceView view, List<(Entity Person, Trigger Title, int Start, int Last, Entity Body)> output)
    {
        for (int m = 0; m < view.MentionCount; m++)
        {
            if (view.NationalityOf(m) is { } nationality)
            {
                Described(view, m, nationality, output);
                continue;
            }

            Mention state = view.Mention(m);
            int first = view.MentionFirst(m);
            if (persons.Count == 0 || state.Kind != MentionKind.Demonym || state.Entity.Type != EntityType.Country)
            {
                continue;
            }

            if (first > view.First && lexicon.Cues.Counterparts.LongestAt(view, view.MentionLast(m) + 1) == 1)
            {
                Counterpart(view, m, output);
                continue;
            }

            if (!view.Is(first - 1, "the"))
            {
                continue;
            }

            int start = view.MentionLast(m) + 1;
            if (HeadTitleAt(view, start) is not { } title)
            {
                continue;
            }

            // "the Chinese President Xi Jinping" names its holder: the title rules read it.
            int next = start + title.Length;
            if (next < view.End && (view.MentionIndexAt(next) >= 0 || view.Token(next).Is(TokenShape.Capitalised)))
            {
                continue;
            }

            if (Holder(state.Entity, title, view, start) is { } person)
            {
                output.Add((person, title, first - 1, next - 1, state.Entity));
            }
        }
    }

    /// <summary>
    /// "the Chinese leader" that coreference resolved to a person (mention <paramref name="m"/>, the demonym inside it):
    /// the person leads the state when the title is a head's and no other person of the article holds that office.
    /// </summary>
    private void Described(SentenceView view, int m, Mention nationality, List<(Entity Person, Trigger Title, int Start, int Last, Entity Body)> output)
    {
        Entity person = view.Mention(m).Entity;
        if (person.Type != EntityType.Person || HeadTitleAt(view, nationality.TokenEnd, inside: true) is not { } title
            || nationality.TokenEnd + title.Length - 1 != view.MentionLast(m))
        {
            return;
        }

        Entity? holder = Holder(nationality.Entity, title, view, nationality.TokenEnd);
        if (holder is null || holder == person)
        {
            output.Add((person, title, view.MentionFirst(m), view.MentionLast(m), nationality.Entity));
        }
    }

    /// <summary>
    /// "his Russian counterpart Vladimir Putin", "Ishaq Dar, his Pakistani counterpart": the person named after the noun
    /// (past a comma) or before it (a comma and a possessive pronoun between) holds the office of the demonym's state
    /// their curated roles give on the article's date; LEADS when one of those is a head's title, else HOLDS_ROLE_IN.
    /// </summary>
    private void Counterpart(SentenceView view, int m, List<(Entity Person, Trigger Title, int Start, int Last, Entity Body)> output)
    {
        int noun = view.MentionLast(m) + 1;
        int first = view.MentionFirst(m);
        int after = view.Is(noun + 1, ",") ? noun + 2 : noun + 1;
        int person = view.MentionIndexAt(after) is >= 0 and var named && view.MentionFirst(named) == after ? named : -1;
        if ((person < 0 || view.Mention(person).Entity.Type != EntityType.Person) && view.Is(first - 2, ",")
            && GrammarWords.PossessivePronouns.StartsAt(view, first - 1) && view.MentionIndexAt(first - 3) is >= 0 and var before)
        {
            person = before;
        }

        if (person < 0 || view.Mention(person).Entity is not { Type: EntityType.Person } holder)
        {
            return;
        }

        Entity state = view.Mention(m).Entity;
        bool held = false;
        bool head = false;
        foreach (PersonRole role in holder.Roles)
        {
            if (role.Of == state.Id && Current(role))
            {
                held = true;
                head |= lexicon.IsHeadTitle(role.Title);
            }
        }

        if (held && lexicon.Find(head ? "LEADS" : "HOLDS_ROLE_IN") is { } predicate)
        {
            output.Add((holder, new Trigger([view.Word(noun).ToString()], TriggerKind.Title, predicate, null), first - 1, noun, state));
        }
    }

    /// <summary>The longest LEADS title starting at <paramref name="i"/>, or null; <paramref name="inside"/> lets it lie inside a mention.</summary>
    private Trigger? HeadTitleAt(SentenceView view, int i, bool inside = false)
    {
        if (i >= view.End || !inside && view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word || view.TriggersAt(i) is not { } list)
        {
            return null;
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Title && trigger.Predicate.Name == "LEADS" && view.WordsMatch(i, words))
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>The one person of the article whose role of <paramref name="body"/> on the article's date the title names.</summary>
    private Entity? Holder(Entity body, Trigger title, SentenceView view, int start)
    {
        bool generic = lexicon.Cues.GenericHeads.LongestAt(view, start) == title.Length;
        Entity? holder = null;
        foreach (Entity person in persons)
        {
            foreach (PersonRole role in person.Roles)
            {
                if (role.Of != body.Id || !Current(role) || !(generic ? lexicon.IsHeadTitle(role.Title) : roleTitles.Holds(role.Title, title.Words)))
                {
                    continue;
                }

                if (holder is not null && holder.Id != person.Id)
                {
                    return null;
                }

                holder = person;
            }
        }

        return holder;
    }

    /// <summary>
    /// True when the article's date lies in the role's [from, to] (ISO strings compare in order; open ends always do); an
    /// article without a date is read as today's, so only roles still held count.
    /// </summary>
    private bool Current(PersonRole role) =>
        date is null ? role.To is null
            : (role.From is null || string.CompareOrdinal(role.From, date) <= 0) && (role.To is null || string.CompareOrdinal(date, role.To) <= 0);
}
