using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Places a verb of separating (claim_cues <c>separating_verbs</c>) states to lie side by side → BORDERS. A place before the
/// verb lies between the place after it and the place after "from" and borders both: right before the verb ("the Wakhan
/// separates"), or with an indefinite apposition between it and the verb that a relative or a comma closes ("the Wakhan
/// Corridor, a narrow strip of Afghan territory that separates Tajikistan from Pakistan"). A place whose relative clause
/// has a named river or range separate it "from" another borders that one ("Afghanistan, which the Panj and Amu Darya
/// rivers separate from Tajikistan"). The places separated are states or places, the separating one a place that is no
/// state or capital, so "the dispute separated Pakistan from China" and "separates fact from fiction" state nothing.
/// </summary>
internal static class SeparatingPlaceReader
{
    private const int MaxClause = 16;
    private const int MaxBeforeFrom = 5;

    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.SeparatingVerbs.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (view.MentionCount < 2 || lexicon.Find("BORDERS") is not { } borders)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym)
            {
                continue;
            }

            if (IsSeparator(view, m) && Verb(view, cues, view.AfterMention(m)) is >= 0 and var verb)
            {
                int after = verb + cues.SeparatingVerbs.LongestAt(view, verb);
                int first = view.Is(after, "from") ? -1 : FacingPlaceReader.Faced(view, after);
                int from = first < 0 ? -1 : From(view, view.AfterMention(first));
                int second = from < 0 ? -1 : FacingPlaceReader.Faced(view, from);
                var trigger = new Trigger([view.Word(verb).ToString()], TriggerKind.Verb, borders, null);
                if (!IsSeparated(view, first) || !IsSeparated(view, second))
                {
                    continue;
                }

                foreach (int other in (int[])[first, second])
                {
                    if (view.Mention(other).Entity.Id != view.Mention(m).Entity.Id)
                    {
                        output.Add((new ClaimCandidate(m, other, 0.85f, view.AfterMention(m), verb, null), trigger, verb));
                    }
                }
            }
            else if (IsSeparated(view, m) && RelativeVerb(view, cues, view.AfterMention(m)) is >= 0 and var relative)
            {
                int from = relative + cues.SeparatingVerbs.LongestAt(view, relative);
                int other = view.Is(from, "from") ? FacingPlaceReader.Faced(view, from + 1) : -1;
                if (IsSeparated(view, other) && view.Mention(other).Entity.Id != view.Mention(m).Entity.Id)
                {
                    output.Add((new ClaimCandidate(m, other, 0.85f, view.AfterMention(m), relative, null), new Trigger([view.Word(relative).ToString()], TriggerKind.Verb, borders, null), relative));
                }
            }
        }
    }

    /// <summary>A place's name that is no state or capital: a corridor, range, river or region.</summary>
    private static bool IsSeparator(SentenceView view, int m) =>
        view.Mention(m).Entity.Type == EntityType.Place && view.Mention(m).Entity.Subtype != EntitySubtypes.Capital;

    /// <summary>A state's or place's name, not a demonym.</summary>
    private static bool IsSeparated(SentenceView view, int m) =>
        m >= 0 && view.Mention(m).Kind != MentionKind.Demonym && view.Mention(m).Entity.Type is EntityType.Place or EntityType.Country;

    /// <summary>The separating verb said of the place whose name ends before <paramref name="at"/>; -1 when none.</summary>
    private static int Verb(SentenceView view, ClaimCues cues, int at)
    {
        at += cues.PlaceHeads.LongestAt(view, at);
        if (cues.SeparatingVerbs.StartsAt(view, at))
        {
            return at;
        }

        if (!view.Is(at, ","))
        {
            return -1;
        }

        if (FacingPlaceReader.IsRelative(view, at + 1))
        {
            return cues.SeparatingVerbs.StartsAt(view, at + 2) ? at + 2 : -1;
        }

        // An indefinite apposition closed by a relative or a comma ("a sliver of Badakhshan province about 350 km long,").
        if (!view.Is(at + 1, "a") && !view.Is(at + 1, "an"))
        {
            return -1;
        }

        for (int k = at + 2; k < view.End && k <= at + MaxClause; k++)
        {
            if (FacingPlaceReader.IsRelative(view, k) || view.Is(k, ","))
            {
                return cues.SeparatingVerbs.StartsAt(view, k + 1) ? k + 1 : -1;
            }

            if (view.IsPunctuation(k) && !view.Is(k, "-") && !view.Is(k, "'s"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The separating verb of a relative after the place's comma whose subject names a place that is no state ("which the
    /// Panj and Amu Darya rivers separate"); -1 when none.
    /// </summary>
    private static int RelativeVerb(SentenceView view, ClaimCues cues, int at)
    {
        if (!view.Is(at, ",") || !FacingPlaceReader.IsRelative(view, at + 1))
        {
            return -1;
        }

        bool named = false;
        for (int k = at + 2; k < view.End && k <= at + MaxClause; k++)
        {
            if (cues.SeparatingVerbs.StartsAt(view, k))
            {
                return named ? k : -1;
            }

            int m = view.MentionIndexAt(k);
            if (m >= 0)
            {
                named |= view.Mention(m).Entity.Type == EntityType.Place && view.Mention(m).Entity.Subtype == EntitySubtypes.Geographic;
            }
            else if (view.IsPunctuation(k) && !view.Is(k, "-"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The word after "from" that follows within <see cref="MaxBeforeFrom"/> lower-case words; -1 when none.</summary>
    private static int From(SentenceView view, int at)
    {
        for (int k = at; k < view.End && k <= at + MaxBeforeFrom; k++)
        {
            if (view.Is(k, "from"))
            {
                return k + 1;
            }

            if (!VerbShapes.IsLowerWord(view, k))
            {
                return -1;
            }
        }

        return -1;
    }
}
