using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectHeads;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectClauses;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Clauses whose subject stands further left: the verb a conjoined verb shares its subject with, a reporting verb,
/// the sentence's subject before a comma, a relative after a party phrase, the signer before a contract's infinitive.
/// </summary>
internal sealed class ConjoinedSubjects
{
    private readonly ClaimCues cues;
    private readonly TitleIndex titles;
    private readonly BridgeSkipper bridgeSkipper;

    public ConjoinedSubjects(ClaimCues cues, TitleIndex titles, BridgeSkipper bridgeSkipper)
    {
        this.cues = cues;
        this.titles = titles;
        this.bridgeSkipper = bridgeSkipper;
    }

    private const int MaxOpeningTitle = 4;

    /// <summary>Words a reported clause may span before a verb conjoined after it (<see cref="ReportOpening"/>).</summary>
    private const int MaxReport = 40;

    /// <summary>Words between a verb of speech and the "that" opening its report ("told the UN General Assembly in September that").</summary>
    private const int MaxReportOpener = 7;

    /// <summary>
    /// "the group has signed a contract with CAPEIC to develop the oil fields and has courted Chinese investors": a verb
    /// conjoined after the infinitive of a contract, with an auxiliary of its own (between <paramref name="from"/> and
    /// <paramref name="verb"/>), is conjoined with the verb that signed the contract, not with the infinitive the
    /// contractor does; <paramref name="earlier"/> otherwise.
    /// </summary>
    internal int FiniteBeforeContract(SentenceView view, int earlier, int from, int verb)
    {
        bool auxiliary = false;
        for (int k = from; k < verb; k++)
        {
            auxiliary |= GrammarWords.HaveForms.StartsAt(view, k);
        }

        int before = view.Is(earlier - 1, "to") ? bridgeSkipper.SkipBridges(view, earlier - 2) : -1;
        return auxiliary && before >= view.First && view.MentionIndexAt(before) is >= 0 and var party
            && ContractParty.NounBeforeWith(view, cues, party) is >= 0 and var contract
            && ContractParty.GoverningVerb(view, cues, contract) is >= 0 and var signing
                ? signing
                : earlier;
    }

    /// <summary>
    /// "was claimed by the Pakistani Taliban, who have attacked", "talks with the Taliban, which took power": a name after
    /// a preposition that takes a party, and a comma, is the antecedent of the relative after it. After "of" or a place
    /// preposition the relative may qualify the noun before ("the leader of the Taliban, who", "the embassy in Kabul, which").
    /// </summary>
    internal bool RelativeAfterPartyPhrase(SentenceView view, int m)
    {
        int first = view.MentionFirst(m);
        int head = view.Is(first - 1, "the") ? first - 2 : first - 1;
        if (head < view.First || view.IsPossessive(m))
        {
            return false;
        }

        // "in Afghanistan's Badakhshan province, which": the state's possessive stands between the preposition and the place.
        if (EndingAt(view, head) is >= 0 and var owner && owner != m && view.IsPossessive(owner) && view.Mention(owner).Entity.Type is EntityType.Country or EntityType.Place)
        {
            head = view.MentionFirst(owner) - 1;
        }

        // "remain in Afghanistan, mostly in Badakhshan province, which borders …": a place after an "in" that no noun
        // governs (a comma, an adverb or a verb of being there stands before it) is the relative's antecedent.
        return GrammarWords.PartyPrepositions.StartsAt(view, head)
            || view.Is(head, "in") && head > view.First && view.Mention(m).Entity.Type is EntityType.Place or EntityType.Country
            && (view.Is(head - 1, ",") || IsAdverb(view, head - 1) || cues.Bridges.LongestAt(view, head - 1) == 1 || cues.PresenceVerbs.LongestAt(view, head - 1) == 1);
    }

    /// <summary>
    /// The verb conjoined with a past form by the "and" at <paramref name="and"/>: the nearest earlier lower-case word in
    /// -ed, past light verb ("sent", "held") or word the tagger's lexicon has seen as a past tense ("spoke") in the same
    /// clause, or for a form in -ing (<paramref name="gerund"/>) the nearest earlier word in -ing ("was attending events …
    /// and praising"); -1 when there is none. Word shapes and the lexicon, not tags: asking the tagger would tag the
    /// sentence.
    /// </summary>
    internal int ConjoinedVerb(SentenceView view, int and, bool gerund, bool verbal)
    {
        // "Tripathi said in January that the Chinese-built fleet was part of Beijing's effort to encircle India, and accused
        // China of …": a verb of verbal conflict or cooperation conjoined after the clause a verb of speech reports is the
        // speaker's, however long the report, not that of a verb inside it. Without a comma before "and", a report told in
        // the perfect ("said its head had met Hanafi and urged the Taliban") or a conjunct with its own "had" goes on
        // telling what the report's subject did.
        if (!gerund && verbal && view.Is(and, "and") && ReportOpening(view, and - 1) is >= 0 and var reporting
            && (view.Is(and - 1, ",") || !GrammarWords.HaveForms.StartsAt(view, and + 1) && !HasActivePerfect(view, reporting + 1, and)))
        {
            return reporting;
        }

        int quoted = 0;
        for (int j = and - 1; j >= view.First && and - j - quoted <= MaxConjoined; j--)
        {
            if (!gerund && verbal && view.Is(and, "and") && view.Is(j, "\"") && QuoteOpenedBefore(view, j) is >= 0 and var open)
            {
                // "Mujahid said the Islamic Emirate \"does not allow …\" and urged Tajikistan to …": the quotation is the
                // report, so a verb of speech conjoined after it is the speaker's.
                int speech = ReportingVerb(view, open - 1);
                if (speech >= 0)
                {
                    return speech;
                }

                quoted += j - open;
                j = open;
                continue;
            }

            // "thanked Moscow and Beijing for their support and urged the Taliban to …": an "and" between two names joins
            // the names, not clauses.
            if (view.Is(j, ";") || view.Is(j, ":") || view.Is(j, "and") && !JoinsNames(view, j) || GrammarWords.Relatives.StartsAt(view, j))
            {
                return -1;
            }

            // "China is less squeamish and has pressed Dushanbe": a copula after its subject opens the predicate conjoined
            // after it.
            if (!gerund && GrammarWords.Copulas.StartsAt(view, j) && j - 1 >= view.First && (view.MentionIndexAt(j - 1) >= 0 || view.Is(j - 1, ",")))
            {
                return j;
            }

            // "Mirziyoyev said the railway was vital and urged Washington to …": a verb of speech after its subject opens the
            // verb conjoined after the clause it reports, when no verb of that clause came first.
            if (!gerund && view.MentionIndexAt(j) < 0 && cues.SpeechVerbs.LongestAt(view, j) == 1 && EndingAt(view, bridgeSkipper.SkipBridges(view, j - 1)) >= 0)
            {
                return j;
            }

            // "China seemed to increasingly pull back from the Republic and showed itself willing to engage": a past
            // bridge ("seemed to") opens the verb conjoined after it.
            if (!gerund && view.MentionIndexAt(j) < 0 && VerbShapes.IsLowerWord(view, j) && VerbShapes.IsPast(view, j) && cues.Bridges.StartsAt(view, j)
                && !GrammarWords.Articles.StartsAt(view, j - 1))
            {
                return j;
            }

            // "condemned the attack and criticized Pakistan": a verb trigger's word after an article is a noun; a past form
            // is one in -ed, a trigger's, or one the tagger has seen as a past tense ("spoke by telephone with his Afghan
            // counterpart, Amir Khan Muttaqi, and urged Kabul"), a verb of speech left to its own reading above; a past form
            // after a preposition other than "to" qualifies a noun ("removed the Taliban from its list of banned
            // organisations in 2024 and has since expanded trade with Kabul").
            if (view.MentionIndexAt(j) < 0 && VerbShapes.IsLowerWord(view, j)
                && (gerund ? VerbShapes.IsIngWord(view, j) : VerbShapes.IsPast(view, j) || cues.LightVerbs.LongestAt(view, j) == 1
                    || cues.SpeechVerbs.LongestAt(view, j) != 1 && VerbShapes.IsTaggedPast(view, j))
                && !cues.Bridges.StartsAt(view, j) && !GrammarWords.Articles.StartsAt(view, j - 1)
                && (gerund || view.Is(j - 1, "to") || !GrammarWords.Prepositions.StartsAt(view, j - 1)))
            {
                // "pulled back from Afghanistan and praised Russia", "seemed to pull back from the Republic and showed": a
                // verb's word after a form in -ed, or a particle after any verb, is its particle.
                return !gerund && j - 1 >= view.First && view.MentionIndexAt(j - 1) < 0 && VerbShapes.IsLowerWord(view, j - 1)
                    && (view.Word(j - 1).Length > 3 && view.Word(j - 1).EndsWith("ed", StringComparison.Ordinal) || GrammarWords.Particles.StartsAt(view, j)) ? j - 1 : j;
            }
        }

        return -1;
    }

    /// <summary>
    /// The verb of speech, after its subject or an apposition's comma, whose reported clause runs to <paramref name="last"/>
    /// ("Jeeyand Baloch, the group's spokesman, said in a statement that its Majeed Brigade had carried out the bombing"):
    /// within <see cref="MaxReport"/> words, past no semicolon, colon, clause-joining "and" or relative, and past a "that"
    /// only as the complementiser within <see cref="MaxReportOpener"/> words of the verb; -1 when there is none.
    /// </summary>
    private int ReportOpening(SentenceView view, int last)
    {
        int floor = view.First;
        for (int j = last; j >= floor && last - j < MaxReport; j--)
        {
            if (view.Is(j, ";") || view.Is(j, ":") || view.Is(j, "and") && !JoinsNames(view, j) || GrammarWords.CommaRelatives.StartsAt(view, j))
            {
                return -1;
            }

            if (view.Is(j, "that"))
            {
                floor = Math.Max(floor, j - MaxReportOpener);
                continue;
            }

            if (view.MentionIndexAt(j) < 0 && cues.SpeechVerbs.LongestAt(view, j) == 1)
            {
                return AfterSpeaker(view, j);
            }
        }

        return -1;
    }

    /// <summary><paramref name="verb"/> when a name (past bridges) or an apposition's comma stands before it; -1 otherwise.</summary>
    private int AfterSpeaker(SentenceView view, int verb)
    {
        int before = bridgeSkipper.SkipBridges(view, verb - 1);
        return EndingAt(view, before) >= 0 || view.Is(before, ",") ? verb : -1;
    }

    /// <summary>True when a form of "have" before a lower-case word other than "been" stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool HasActivePerfect(SentenceView view, int from, int to)
    {
        for (int k = from; k + 1 < to; k++)
        {
            if (GrammarWords.HaveForms.StartsAt(view, k) && VerbShapes.IsLowerWord(view, k + 1) && !view.Is(k + 1, "been"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The verb of speech, after its subject, that reports the words ending at <paramref name="last"/> ("said on Tuesday
    /// that the Islamic Emirate"); -1 when the clause holds none.
    /// </summary>
    private int ReportingVerb(SentenceView view, int last)
    {
        for (int j = last; j >= view.First && last - j < MaxConjoined; j--)
        {
            if (view.Is(j, ";") || view.Is(j, ":") || view.Is(j, "\"") || view.Is(j, "and"))
            {
                return -1;
            }

            if (view.MentionIndexAt(j) < 0 && cues.SpeechVerbs.LongestAt(view, j) == 1)
            {
                return AfterSpeaker(view, j);
            }
        }

        return -1;
    }

    /// <summary>
    /// The name that opens the sentence (after its dateline and "the" at most, or after a title: "Iranian Foreign Minister
    /// Abbas Araghchi") as the subject of its first verb: not possessive, followed (past its bracketed short form and an
    /// apposition or description set off by commas) by a bridge or a lower-case word and no comma before
    /// <paramref name="comma"/>'s clause ends; -1 otherwise.
    /// </summary>
    internal int SentenceSubject(SentenceView view, int comma)
    {
        if (view.MentionCount == 0)
        {
            return -1;
        }

        int first = view.Is(view.BodyStart, "the") ? view.BodyStart + 1 : view.BodyStart;
        int opener = view.MentionIndexAt(first);
        if (opener < 0 || view.MentionFirst(opener) != first)
        {
            return -1;
        }

        opener = TitledPersonAfter(view, opener) is >= 0 and var titled ? titled : opener;
        if (view.IsPossessive(opener) || view.Mention(opener).Kind == MentionKind.Demonym)
        {
            return -1;
        }

        int last = LastCoordinated(view, opener);
        int after = view.AfterMention(last);
        if (last == opener && view.Is(after, "(") && view.MentionIndexAt(after + 1) is >= 0 and var inner
            && view.Mention(inner).Entity.Id == view.Mention(opener).Entity.Id && view.Is(view.AfterMention(inner), ")"))
        {
            // "Islamic State Khorasan Province (ISKP) claimed the assault …, calling": the name's bracketed short form.
            after = view.AfterMention(inner) + 1;
        }

        if (last == opener && view.Is(after, ",") && ClosingApposition(view, after, comma) is >= 0 and var closing)
        {
            // "Maria Zakharova, the Russian foreign ministry's spokeswoman, was blunter, accusing …", "The Sindhudesh
            // Revolutionary Army, a small separatist group that wants …, claimed the attack …, saying": the name's
            // apposition or description stands between the name and its verb.
            after = closing + 1;
        }

        if (after >= comma || !VerbShapes.IsLowerWord(view, after) || GrammarWords.Prepositions.StartsAt(view, after))
        {
            return -1;
        }

        for (int j = after; j < comma; j++)
        {
            if (view.IsPunctuation(j) && !view.Is(j, "-"))
            {
                return -1;
            }
        }

        return last;
    }

    /// <summary>
    /// "Iranian Foreign Minister Abbas Araghchi": the person named right after a state's demonym or name and capitalised
    /// words that end in a title; -1 when none.
    /// </summary>
    private int TitledPersonAfter(SentenceView view, int state)
    {
        if (view.Mention(state).Entity.Type != EntityType.Country)
        {
            return -1;
        }

        int j = view.AfterMention(state);
        for (int n = 0; n < MaxOpeningTitle && j < view.End && view.MentionIndexAt(j) < 0 && view.Token(j).Is(TokenShape.Capitalised); n++)
        {
            j++;
        }

        return j > view.AfterMention(state) && titles.IsTitleWord(view, j - 1) && view.MentionIndexAt(j) is >= 0 and var person
            && view.MentionFirst(person) == j && view.Mention(person).Entity.Type == EntityType.Person ? person : -1;
    }
}
