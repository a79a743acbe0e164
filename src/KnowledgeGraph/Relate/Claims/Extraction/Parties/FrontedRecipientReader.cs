using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A place fronting the sentence is the object of a trigger of its clause that names no object of its own, for
/// predicates marked <see cref="PredicateDefinition.FrontedPlace"/>: "In Zambia, a Chinese-funded television project
/// will bring …" → China FUNDS Zambia; "Throughout Africa, China is investing in large-scale infrastructure projects" →
/// China INVESTS_IN Africa. The opener is a claim_cues <c>place_openers</c> word, the place a country or place named as
/// itself, followed by a comma; a city is where, not to whom ("In Beijing, Xi pledged …"). The subject is the trigger's own: the name before a hyphenated modifier, the possessor or demonym of a noun
/// or the subject of its light verb, the subject of a verb. One instance per reader; not thread-safe.
/// </summary>
internal sealed class FrontedRecipientReader
{
    private const int MaxFillers = 3;
    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjectFinder;
    private readonly List<Argument> subjects = [];
    private readonly bool any;

    public FrontedRecipientReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        this.lexicon = lexicon;
        this.subjectFinder = subjectFinder;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            any |= predicate.FrontedPlace;
        }
    }

    /// <summary>
    /// Adds a claim for every unread trigger of the clause after a fronted place; <paramref name="handled"/> marks, per
    /// token from the sentence's first, the triggers other rules already read a claim from.
    /// </summary>
    public void Read(SentenceView view, ReadOnlySpan<bool> handled, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        int opener = lexicon.Cues.PlaceOpeners.LongestAt(view, view.First);
        if (!any || view.MentionCount < 2 || opener <= 0)
        {
            return;
        }

        int at = view.First + opener;
        at = view.Is(at, "the") ? at + 1 : at;
        int place = view.MentionIndexAt(at);
        if (place < 0 || view.MentionFirst(place) != at || !view.Is(view.AfterMention(place), ",")
            || !IsRecipientPlace(view.Mention(place).Entity)
            || view.Mention(place).Kind is not (MentionKind.Name or MentionKind.Acronym))
        {
            return;
        }

        for (int i = view.AfterMention(place) + 1; i < view.End && !EndsClause(view, i); i++)
        {
            if (handled[i - view.First] || view.MentionIndexAt(i) >= 0 || view.TriggersAt(i) is not { } list)
            {
                continue;
            }

            foreach (var (words, trigger) in list)
            {
                if (!trigger.Predicate.FrontedPlace || !Matches(view, i, words, trigger.Kind))
                {
                    continue;
                }

                Subjects(view, trigger.Kind, i, out int negationFrom);
                foreach (Argument subject in subjects)
                {
                    if (view.Mention(subject.Mention).Entity.Id != view.Mention(place).Entity.Id)
                    {
                        output.Add((new ClaimCandidate(subject.Mention, place, 0.85f * subject.Weight, negationFrom, i, null), trigger, i));
                    }
                }

                if (subjects.Count > 0)
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A country or a region or province that receives money as a whole; a city is where a pledge was made, not to whom
    /// ("In Beijing, Xi pledged …").
    /// </summary>
    private static bool IsRecipientPlace(Entity entity) =>
        entity.Type == EntityType.Country || (entity.Type == EntityType.Place && entity.Subtype is EntitySubtypes.Region or EntitySubtypes.Continent or EntitySubtypes.Province);

    /// <summary>A noun trigger matches on its head alone ("aid" of "aid to"): the place stands for the preposition's object.</summary>
    private static bool Matches(SentenceView view, int i, string[] words, TriggerKind kind) => kind switch
    {
        TriggerKind.Noun => view.Is(i, words[0]),
        TriggerKind.Verb or TriggerKind.Modifier => view.WordsMatch(i, words),
        _ => false,
    };

    /// <summary>Fills <see cref="subjects"/> with the trigger's own subject(s); empty when it has none.</summary>
    private void Subjects(SentenceView view, TriggerKind kind, int i, out int negationFrom)
    {
        negationFrom = i;
        subjects.Clear();
        if (kind == TriggerKind.Modifier)
        {
            // "a Chinese-funded television project": the name glued to the modifier by a hyphen.
            int left = view.Is(i - 1, "-") && view.Token(i - 1).End == view.Token(i).Start ? view.MentionIndexAt(i - 2) : -1;
            if (left >= 0 && view.Mention(left).End == view.Token(i - 1).Start)
            {
                subjects.Add(new Argument(left, 1f));
            }

            return;
        }

        if (kind == TriggerKind.Noun)
        {
            int j = i - 1;
            for (int n = 0; n < MaxFillers && j >= view.First && view.MentionIndexAt(j) < 0 && lexicon.Cues.Fillers.StartsAt(view, j); n++)
            {
                j--;
            }

            int m = SubjectFinder.EndingAt(view, j);
            if (m >= 0)
            {
                // "Chinese investments", "China's loans", "total U.S. investment"; a bare name after a preposition is a place.
                bool owner = view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym;
                if (owner || !GrammarWords.Prepositions.StartsAt(view, view.MentionFirst(m) - 1))
                {
                    subjects.Add(new Argument(m, owner ? 1f : 0.9f));
                }

                return;
            }

            if (lexicon.Cues.LightVerbs.LongestAt(view, j) != 1)
            {
                return;
            }

            i = j;
        }

        subjectFinder.Find(view, i, subjects, out negationFrom);
    }

    /// <summary>The clause of the fronted place ends at a semicolon, colon, dash or clause opener ("but", "while", "which").</summary>
    private static bool EndsClause(SentenceView view, int i) =>
        view.Is(i, ";") || view.Is(i, ":") || view.Is(i, "—") || view.Is(i, "–")
        || (view.MentionIndexAt(i) < 0 && GrammarWords.ClauseStops.StartsAt(view, i));
}
