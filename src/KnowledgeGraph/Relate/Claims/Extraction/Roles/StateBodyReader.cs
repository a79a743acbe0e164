using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// A state's own body named with the state's possessive ("Iran's elite Revolutionary Guards", "Pakistan's ISI") → the
/// body PART_OF the state. The body is a curated government body (gazetteer subtype), so a company or group a state
/// merely hosts ("Russia's Wagner Group") is left alone, and so is a state company the words do not call the state's:
/// "Russia's Rosatom" gives the company's nationality (<see cref="NationalityReader"/>); at most two words stand between
/// them. Likewise a
/// place the gazetteer puts in the state, named right after its possessive and words of where it lies ("Tajikistan's
/// Gorno-Badakhshan region", "Afghanistan's northern Takhar province",
/// "China's Xinjiang"; not "Beijing's actions in Xinjiang"), and each conjunct of its kind after it ("Afghanistan's
/// Badakhshan and Takhar provinces": a place the gazetteer puts in the state, or another body). A body with the state's possessive in apposition ("GCHQ, the
/// United Kingdom's largest intelligence agency") is the state's too. A government held as an organisation is a state here
/// ("the Republic's National Directorate of Security"). Any organisation after a state's possessive and a claim_cues
/// <c>state_owned</c> modifier ("Russia's state-controlled Gazprom", "Pakistan's national carrier PIA"), or a modifier
/// opening lower-case words that end in a body noun ("Kazakhstan's national gas company QazaqGaz", "Its state energy
/// company Uzbekneftegaz"), is the state's own.
/// </summary>
internal static class StateBodyReader
{
    private static readonly string[] Subtypes = [EntitySubtypes.GovernmentBody, EntitySubtypes.StateCompany];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("PART_OF") is not { } predicate)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            Entity body = view.Mention(m + 1).Entity;
            Entity state = view.Mention(m).Entity;
            // Only a state's possessive, or a possessive pronoun resolved to it, owns what follows: checked before the words
            // between are looked up.
            if (!IsState(state) || !(view.IsPossessive(m) || view.IsPossessivePronoun(m)))
            {
                continue;
            }

            int after = view.AfterMention(m);
            int gap = view.MentionFirst(m + 1) - after;
            // "Russia's state-controlled Gazprom": a state_owned cue before any organisation makes it the state's own, and so
            // does a cue that opens lower-case words ending in a body noun right before the name or its apposition
            // ("Kazakhstan's national gas company QazaqGaz", "Russia's state nuclear corporation Rosatom", "Uzbekistan's state
            // energy company, Uzbekneftegaz").
            // Lower-case only: "Tajikistan's State Committee for National Security" is a name the recogniser cut short.
            int noun = BodyNoun.End(view, lexicon.Cues, after);
            bool apposed = noun > after && view.Is(noun, ",") && noun + 1 == view.MentionFirst(m + 1);
            bool owned = body.Type == EntityType.Organisation && view.Mention(m + 1).Kind != MentionKind.Demonym && gap > 0
                && VerbShapes.IsLowerWord(view, after)
                && lexicon.Cues.StateOwned.LongestAt(view, after) is > 0 and var cue && cue <= gap
                && (gap - cue <= 1 || noun == view.MentionFirst(m + 1) || apposed);
            // "China, which has kept its embassy in Kabul open": a possessive pronoun coreference resolved to the state owns
            // the government body right after it, or the organisation its state_owned words describe ("Its state energy
            // company Uzbekneftegaz").
            bool pronoun = view.IsPossessivePronoun(m) && body.Type == EntityType.Organisation && (gap == 0 && body.Subtype == EntitySubtypes.GovernmentBody || owned);
            // "Asked about Kazakhstan's decision, Chinese Foreign Ministry spokesman …": a possessive owns nothing past
            // punctuation other than the comma of an apposition its state_owned words open.
            if (!IsState(state) || !(view.IsPossessive(m) || pronoun) || gap > (owned ? 4 : 2) || PunctuationBetween(view, m) && !(owned && apposed)
                || !(body.Type == EntityType.Organisation ? owned || body.Subtype == EntitySubtypes.GovernmentBody : body.Type == EntityType.Place && view.MentionFirst(m + 1) == PlacePhrase.PastModifiers(view, lexicon.Cues, view.AfterMention(m)) && IsIn(body, state)))
            {
                continue;
            }

            int at = view.MentionLast(m) + (pronoun ? 0 : 1);
            string word = pronoun ? view.Word(at).ToString() : "'s";
            output.Add((new ClaimCandidate(m + 1, m, 0.9f, at, at, null), new Trigger([word], TriggerKind.Title, predicate, null), at));
            // "Afghanistan's Badakhshan and Takhar provinces": the possessive owns each conjunct of its kind.
            for (int k = m + 2; k < view.MentionCount && Conjoined(view, k - 1, k) && Owned(view, k, body, state); k++)
            {
                output.Add((new ClaimCandidate(k, m, 0.9f, at, at, null), new Trigger(["'s"], TriggerKind.Title, predicate, null), at));
            }
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (StateInApposition(view, lexicon.Cues, m) is >= 0 and var state)
            {
                int at = view.MentionLast(state) + 1;
                output.Add((new ClaimCandidate(m, state, 0.9f, at, at, null), new Trigger(["'s"], TriggerKind.Title, predicate, null), at));
            }
        }
    }

    /// <summary>
    /// "GCHQ, the United Kingdom's largest intelligence and security agency", "the State Council, China's cabinet": a
    /// government body or state company, a comma, "the" at most and a state's possessive; any organisation when a
    /// claim_cues <c>state_owned</c> word follows the possessive ("Samruk-Kazyna, Kazakhstan's sovereign wealth fund");
    /// that state's mention, or -1.
    /// </summary>
    private static int StateInApposition(SentenceView view, ClaimCues cues, int m)
    {
        Entity body = view.Mention(m).Entity;
        int comma = view.MentionLast(m) + 1;
        int state = m + 1;
        int first = view.Is(comma + 1, "the") ? comma + 2 : comma + 1;
        if (body.Type != EntityType.Organisation || view.IsPossessive(m) || !view.Is(comma, ",") || state >= view.MentionCount || view.MentionFirst(state) != first
            || view.Mention(state).Entity.Type != EntityType.Country || !view.IsPossessive(state) || view.MentionIndexAt(view.AfterMention(state)) >= 0)
        {
            return -1;
        }

        // "Samruk-Kazyna, Kazakhstan's sovereign wealth fund": any organisation a state_owned word calls the state's. Without
        // "the", only a government body ("the State Council, China's cabinet"): "Rostec, Russia's military technology
        // conglomerate" gives the company's nationality, not its owner.
        return (Array.IndexOf(Subtypes, body.Subtype) >= 0 && (first == comma + 2 || body.Subtype == EntitySubtypes.GovernmentBody))
            || cues.StateOwned.StartsAt(view, view.AfterMention(state)) ? state : -1;
    }

    /// <summary>
    /// True when mention <paramref name="next"/> follows mention <paramref name="m"/> after "and", "or" or a comma (", and"
    /// too), with no possessive of its own.
    /// </summary>
    private static bool Conjoined(SentenceView view, int m, int next)
    {
        int t = view.MentionLast(m) + 1;
        if (view.IsPossessive(m) || view.IsPossessive(next))
        {
            return false;
        }

        if (view.Is(t, ","))
        {
            t++;
        }

        if (view.Is(t, "and") || view.Is(t, "or"))
        {
            t++;
        }

        return t > view.MentionLast(m) + 1 && view.MentionFirst(next) == t;
    }

    /// <summary>
    /// True when conjunct <paramref name="k"/> is of the first one's kind and the state owns it: a place the gazetteer puts
    /// in the state, or a government body or state company after one that the gazetteer puts in the state or that shares a
    /// plural noun with it ("Kazakhstan's KazMunayGas and QazaqGaz companies"). Otherwise a possessive owns only the name
    /// it stands before: in "Russia's Transneft, KazMunayGas and U.S. major Chevron" KazMunayGas is not Russia's.
    /// </summary>
    private static bool Owned(SentenceView view, int k, Entity first, Entity state)
    {
        Entity conjunct = view.Mention(k).Entity;
        return first.Type == EntityType.Place ? conjunct.Type == EntityType.Place && IsIn(conjunct, state)
            : conjunct.Type == EntityType.Organisation && Array.IndexOf(Subtypes, conjunct.Subtype) >= 0
                && (IsIn(conjunct, state) || VerbShapes.IsPluralNoun(view, view.AfterMention(k)));
    }

    /// <summary>True when a punctuation mark stands between mention <paramref name="m"/>'s possessive and the next mention.</summary>
    private static bool PunctuationBetween(SentenceView view, int m)
    {
        for (int k = view.AfterMention(m); k < view.MentionFirst(m + 1); k++)
        {
            if (view.IsPunctuation(k) && !view.Is(k, "'s") && !view.Is(k, "’s") && !view.Is(k, "-"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A country, or a government the gazetteer holds as an organisation ("the Republic's National Directorate of Security").</summary>
    private static bool IsState(Entity entity) => entity.Type == EntityType.Country || (entity.Type == EntityType.Organisation && entity.Subtype == EntitySubtypes.Government);

    /// <summary>True when the place's curated links put it in the state.</summary>
    private static bool IsIn(Entity place, Entity state)
    {
        foreach (EntityLink link in place.Links)
        {
            if (link.Rel == "part_of" && link.To == state.Id)
            {
                return true;
            }
        }

        return false;
    }
}
