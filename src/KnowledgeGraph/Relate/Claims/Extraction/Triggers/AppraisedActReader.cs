using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// An act judged in apposition to the clause that reports it: "Pakistan has expelled hundreds of thousands of Afghan
/// refugees, a campaign the Taliban have condemned as cruel", "Beijing has pressed Islamabad to let Chinese firms guard
/// its citizens, a request Pakistani officials have resisted", "Pakistan's military has accused India of backing the
/// militants, charges that New Delhi and Kabul have dismissed". After a comma, "a" or "an" and a noun of an act (claim_cues
/// <c>appraised_acts</c>; a plural needs no article, and "that" or "which" may follow it), a name (or a demonym before an
/// actor noun; coordinated names, perhaps after "both", share the verb; "in" and a place may locate the name) and a verb
/// trigger or a rebuttal (up to two bridges or adverbs before it) with nothing
/// after it but punctuation, "as" or a preposition: the name states the verb's predicate of the name that opens the
/// sentence as its subject (or as the possessor of an actor noun), the act's doer. A rebuttal (<c>rebuttals</c>) of an
/// accusation (<c>accusation_nouns</c>) criticises, and when the sentence reads no other criticism a lone denier is the
/// one the charge criticises ("Pakistani officials said the attack had been planned in Afghanistan, a charge Kabul
/// denied": both ways). Only predicates whose object may be the possessor of
/// what they judge (<see cref="PredicateDefinition.PossessorObject"/>: "condemned Pakistan's campaign" criticises
/// Pakistan), one way.
/// </summary>
internal static class AppraisedActReader
{
    private const int MaxBeforeVerb = 2;

    /// <summary>Most tokens of a fronted phrase of place or time before its comma ("Since the October fighting,").</summary>
    private const int MaxFronted = 6;

    /// <summary>Most capitalised words of a title before the name that opens the clause ("Deputy Prime Minister").</summary>
    private const int MaxTitleWords = 4;

    /// <summary>
    /// Adds the candidates found to <paramref name="output"/>; <paramref name="claims"/> from <paramref name="first"/> on are
    /// the sentence's claims so far (a charge none of them reads is read back to its lone denier too).
    /// </summary>
    public static void Read(SentenceView view, PredicateLexicon lexicon, IReadOnlyList<Claim> claims, int first, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        ClaimCues cues = lexicon.Cues;
        // Driven by the judge's mention, not by every token: the act's noun stands right before it (or before its "the",
        // or its "that" or "which").
        for (int judge = 1; judge < view.MentionCount; judge++)
        {
            int at = view.MentionFirst(judge);
            int noun = view.Is(at - 1, "the") ? at - 2 : at - 1;
            // "a charge both Beijing and Islamabad deny": "both" opens coordinated judges.
            noun -= view.Is(noun, "both") ? 1 : 0;
            bool relative = view.Is(noun, "that") || view.Is(noun, "which");
            noun -= relative ? 1 : 0;
            bool article = view.Is(noun - 1, "a") || view.Is(noun - 1, "an");
            int comma = article ? noun - 2 : noun - 1;
            // "a campaign the Taliban have condemned"; "charges that New Delhi and Kabul have dismissed" (a plural act
            // needs no article).
            if (comma <= view.First || !view.Is(comma, ",") || !(article || view.Word(noun).EndsWith('s'))
                || cues.AppraisedActs.LongestAt(view, noun) != 1 || view.IsPossessive(judge))
            {
                continue;
            }

            // "New Delhi and Kabul have dismissed": coordinated judges share the verb.
            int last = judge;
            while (view.Is(view.AfterMention(last), "and") && view.MentionIndexAt(view.AfterMention(last) + 1) is >= 0 and var next
                && view.MentionFirst(next) == view.AfterMention(last) + 1 && !view.IsPossessive(next))
            {
                last = next;
            }

            int verb = view.AfterMention(last);
            if (view.Mention(last).Kind == MentionKind.Demonym)
            {
                // "a request Pakistani officials have resisted": the officials' state judges.
                int actors = cues.Actors.LongestAt(view, verb);
                if (actors == 0)
                {
                    continue;
                }

                verb += actors;
            }
            else if (!view.IsPossessive(last) && view.Mention(last).Entity.Type is EntityType.Country or EntityType.Organisation
                && cues.Actors.LongestAt(view, verb) is > 0 and var members)
            {
                // "an idea Taliban officials dismissed as interference": a body's actors judge for it.
                verb += members;
            }

            // "an accusation the Taliban government in Kabul denies": a place after "in" only locates the judge.
            if (view.Is(verb, "in") && view.MentionIndexAt(verb + 1) is >= 0 and var seat && view.MentionFirst(seat) == verb + 1
                && view.Mention(seat).Entity.Type is EntityType.Place or EntityType.Country)
            {
                verb = view.AfterMention(seat);
            }

            // "a charge Kabul denies": a rebuttal ends the bridges (some of them are bridges too).
            for (int n = 0; n < MaxBeforeVerb && verb < view.End && view.MentionIndexAt(verb) < 0 && view.TriggersAt(verb) is null && !cues.Rebuttals.StartsAt(view, verb)
                && (cues.Bridges.LongestAt(view, verb) > 0 || VerbShapes.EndsInLy(view, verb)); n++)
            {
                verb += Math.Max(1, cues.Bridges.LongestAt(view, verb));
            }

            // "charges that New Delhi has dismissed": rebutting an accusation criticises its maker; so does dismissing any act
            // as something ("a move Pakistani officials dismissed as \"economic self-harm\"").
            bool charge = cues.AccusationNouns.LongestAt(view, noun) == 1;
            bool rebutted = cues.Rebuttals.LongestAt(view, verb) is > 0 and var rebuttal && (charge || view.Is(verb + rebuttal, "as"));
            Trigger? trigger = rebutted && lexicon.Find("CRITICIZES") is { } criticizes
                ? Trigger.OfWord(view, verb, TriggerKind.Verb, criticizes)
                : Appraisal(view, verb);
            if (trigger is null || Doer(view, cues, comma) is not (>= 0 and var doer))
            {
                continue;
            }

            // "Russia and Iran have long objected …, an interpretation that Ashgabat and Baku reject": each judge of each doer.
            int lastDoer = doer;
            while (view.Is(view.AfterMention(lastDoer), "and") && lastDoer + 1 < judge && view.MentionFirst(lastDoer + 1) == view.AfterMention(lastDoer) + 1
                && !view.IsPossessive(lastDoer + 1) && view.Mention(lastDoer + 1).Kind != MentionKind.Demonym)
            {
                lastDoer++;
            }

            for (int d = doer; d <= lastDoer; d++)
            {
                for (int j = judge; j <= last; j++)
                {
                    if (view.Mention(d).Entity.Id != view.Mention(j).Entity.Id)
                    {
                        output.Add((new ClaimCandidate(j, d, 0.85f, verb, verb, null), trigger, verb));
                        // "said the plot had been hatched in Afghanistan, a charge Kabul denied": a lone denier is the one
                        // the charge accuses (of several, which one is not said), unless the sentence states whom the
                        // charge criticises ("accuse the Taliban of sheltering fighters …, a charge Kabul denies").
                        if (rebutted && charge && judge == last && !States(claims, first, trigger.Predicate.Name))
                        {
                            output.Add((new ClaimCandidate(d, j, 0.8f, verb, verb, null), trigger, verb));
                        }
                    }
                }
            }
        }
    }

    /// <summary>True when a claim of <paramref name="claims"/> from <paramref name="first"/> on states <paramref name="predicate"/>, not negated.</summary>
    private static bool States(IReadOnlyList<Claim> claims, int first, string predicate)
    {
        for (int c = first; c < claims.Count; c++)
        {
            if (claims[c].Predicate == predicate && !claims[c].Negated)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The verb trigger at <paramref name="verb"/> of a one-way predicate that takes a possessor as object, when nothing
    /// but punctuation, "as" or a preposition follows it (its object is the act before); null otherwise.
    /// </summary>
    private static Trigger? Appraisal(SentenceView view, int verb)
    {
        if (verb >= view.End || view.TriggersAt(verb) is not { } list)
        {
            return null;
        }

        foreach (var (words, trigger) in list)
        {
            int after = verb + words.Length;
            if (trigger.Kind == TriggerKind.Verb && trigger.Predicate.PossessorObject && !trigger.Predicate.Symmetric
                && (after >= view.End || view.IsPunctuation(after) || view.Is(after, "as") || GrammarWords.Prepositions.StartsAt(view, after)))
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>
    /// The name opening the clause that <paramref name="comma"/> ends (the sentence, or what follows its last semicolon
    /// before the comma; after "the" at most, or after one capitalised word that opens the sentence: "Local Taliban
    /// officials blamed …") as the subject of a lower-case word, or as the possessor or demonym of an actor noun
    /// ("Pakistan's military has accused", "…; Pakistani officials later said"); else -1.
    /// </summary>
    private static int Doer(SentenceView view, ClaimCues cues, int comma)
    {
        int open = view.First;
        for (int j = comma - 1; j > view.First; j--)
        {
            if (view.Is(j, ";"))
            {
                open = j + 1;
                break;
            }
        }

        // "In Kabul, …", "Since the October fighting, …": a fronted phrase of place or time before its comma opens no clause.
        if (GrammarWords.Prepositions.StartsAt(view, open) && view.MentionIndexAt(open) < 0)
        {
            for (int j = open + 1; j < comma && j - open <= MaxFronted; j++)
            {
                if (view.Is(j, ","))
                {
                    open = j + 1;
                    break;
                }
            }
        }

        int opening = open;
        open += view.Is(open, "the") || view.Is(open, "The") ? 1 : 0;
        // "Deputy Prime Minister Abdul Ghani Baradar gave …", "Local Taliban officials blamed …": capitalised words that
        // open the clause before a person's name are a title (one word before any other name).
        int capitalised = 0;
        while (open < comma && view.MentionIndexAt(open) < 0 && view.Token(open).Kind == TokenKind.Word && char.IsUpper(view.Word(open)[0])
            && capitalised < MaxTitleWords)
        {
            open++;
            capitalised++;
        }

        if (capitalised > 1 && (view.MentionIndexAt(open) is not (>= 0 and var titled) || view.Mention(titled).Entity.Type != EntityType.Person)
            || capitalised == 1 && open - 1 != view.First && open - 1 != opening)
        {
            return -1;
        }

        if (view.MentionIndexAt(open) is not (>= 0 and var m) || view.MentionFirst(m) != open || view.MentionLast(m) >= comma)
        {
            return -1;
        }

        // "Pakistani officials blamed …": a demonym or a possessive opens the clause before an actor noun.
        int after = view.AfterMention(m);
        if (view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym)
        {
            after += cues.Actors.LongestAt(view, after) is var actor and > 0 ? actor : view.End;
        }

        return after < view.End && VerbShapes.IsLowerWord(view, after) ? m : -1;
    }
}
