using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A place said to lie "on the" border of a state, written by the state's demonym or after "with" (claim_cues
/// <c>border_lines</c>: border, frontier), borders that state: "Hairatan, on the Uzbek border", "the Kulma Pass on the
/// Chinese border", "Nuristan, a mountainous province on the border with Pakistan" → BORDERS. The phrase follows the
/// place's name, a comma, or an apposition describing it ("Hairatan, the river port on the Afghan border with
/// Uzbekistan"). A state the gazetteer already puts the place in holds it instead ("Termez on the Uzbek border" → PART_OF
/// Uzbekistan; Hairatan PART_OF Afghanistan, BORDERS Uzbekistan). Only a state after "with" is a neighbour, so "a line
/// linking Termez on the Uzbek border with Peshawar" borders no Peshawar.
/// </summary>
internal sealed class BorderSidePlaceReader
{
    /// <summary>Lower-case words an apposition may hold between its article and "on" ("a mountainous province").</summary>
    private const int MaxApposition = 6;

    private readonly PredicateDefinition? borders;
    private readonly PredicateDefinition? partOf;
    private readonly PhraseIndex<string> lines;
    private readonly Func<string, Entity?> entities;

    public BorderSidePlaceReader(PredicateLexicon lexicon, Func<string, Entity?> entities)
    {
        this.entities = entities;
        borders = lexicon.Find("BORDERS");
        partOf = lexicon.Find("PART_OF");
        lines = lexicon.Cues.BorderLines;
    }

    /// <summary>The first words of the border nouns: a sentence without one holds no such place.</summary>
    public IEnumerable<string> CueWords => lines.FirstWords;

    /// <summary>Adds a BORDERS claim, or PART_OF where the gazetteer puts the place in the state, for each place the sentence sets on a state's border.</summary>
    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (borders is null || partOf is null)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (!IsLocal(view, m) || view.IsPossessive(m) || On(view, view.AfterMention(m)) is not (>= 0 and var on) || !view.Is(on + 1, "the"))
            {
                continue;
            }

            // "on the Uzbek border": the demonym names the state whose border it is.
            int at = on + 2;
            int state = view.MentionIndexAt(at) is >= 0 and var d && view.MentionFirst(d) == at && view.Mention(d) is { Kind: MentionKind.Demonym, Entity.Type: EntityType.Country } ? d : -1;
            at = state >= 0 ? view.AfterMention(state) : at;
            if (lines.LongestAt(view, at) is not (> 0 and var line))
            {
                continue;
            }

            // "on the border with Pakistan", "on the Afghan border with Uzbekistan": a state's name after "with" neighbours the place.
            int after = at + line;
            int neighbour = view.Is(after, "with") && view.MentionIndexAt(after + 1) is >= 0 and var n && view.MentionFirst(n) == after + 1
                && view.Mention(n) is { Kind: not MentionKind.Demonym, Entity.Type: EntityType.Country } && !view.IsPossessive(n) ? n : -1;
            Entity place = view.Mention(m).Entity;
            // The demonym's state holds a place the gazetteer puts in it, and borders any other unless a neighbour is named.
            if (state >= 0 && view.Mention(state).Entity != place && (Holds(view.Mention(state).Entity, place) || neighbour < 0))
            {
                Add(view, m, state, at, Holds(view.Mention(state).Entity, place) ? partOf : borders, output);
            }

            if (neighbour >= 0 && view.Mention(neighbour).Entity != place && !Holds(view.Mention(neighbour).Entity, place))
            {
                Add(view, m, neighbour, at, borders, output);
            }
        }
    }

    /// <summary>Adds the claim from mention <paramref name="place"/> to mention <paramref name="state"/>, its trigger the border noun at token <paramref name="line"/>.</summary>
    private static void Add(SentenceView view, int place, int state, int line, PredicateDefinition predicate, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output) =>
        output.Add((new ClaimCandidate(place, state, 0.85f, line, line, null), new Trigger([view.Word(line).ToString()], TriggerKind.Title, predicate, null), line));

    /// <summary>True when the gazetteer puts <paramref name="place"/> inside the state <paramref name="state"/>.</summary>
    private bool Holds(Entity state, Entity place) =>
        !place.IsDiscovered && PlaceChain.Above(place, entities).Exists(above => above.Id == state.Id);

    /// <summary>A place's name that is no state, capital or demonym.</summary>
    private static bool IsLocal(SentenceView view, int m) =>
        view.Mention(m).Entity.Type == EntityType.Place && view.Mention(m).Kind is not (MentionKind.Demonym or MentionKind.Partial)
        && view.Mention(m).Entity.Subtype != EntitySubtypes.Capital;

    /// <summary>
    /// "on" right after the place's name, after a comma, or closing an apposition of an article and lower-case words
    /// ("Nuristan, a mountainous province on"); its index, or -1.
    /// </summary>
    private static int On(SentenceView view, int at)
    {
        if (view.Is(at, "on"))
        {
            return at;
        }

        if (!view.Is(at, ","))
        {
            return -1;
        }

        if (view.Is(at + 1, "on"))
        {
            return at + 1;
        }

        if (!(view.Is(at + 1, "a") || view.Is(at + 1, "an") || view.Is(at + 1, "the")))
        {
            return -1;
        }

        for (int k = at + 2; k < view.End && k <= at + 1 + MaxApposition; k++)
        {
            if (view.Is(k, "on"))
            {
                return k > at + 2 ? k : -1;
            }

            bool glued = view.Is(k, "-") && view.Token(k).Start == view.Token(k - 1).End;
            if (!glued && (!VerbShapes.IsLowerWord(view, k) || view.MentionIndexAt(k) >= 0))
            {
                return -1;
            }
        }

        return -1;
    }
}
