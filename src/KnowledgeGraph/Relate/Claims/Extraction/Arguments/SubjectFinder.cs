using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectHeads;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectClauses;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Finds the subject(s) left of a verb: skips bridge words (auxiliaries, adverbs, "failed to"), then takes the
/// mention there, an actor noun's owner ("Chinese officials", "Pakistan's military"), a relative pronoun's
/// antecedent ("the Taliban, who …") or the head before a comma-enclosed apposition; then collects coordinated
/// subjects ("China and Russia"). A subject inside a prepositional phrase ("militants in Kabul attacked") is refused, but
/// not one after a word that opens a clause as well ("After Iraq invaded Kuwait in 1990"). A
/// gerund after a preposition of means (claim_cues `gerund_openers`: "by actively courting New Delhi") takes the subject
/// of the clause it qualifies.
/// </summary>
internal sealed class SubjectFinder
{
    private const int MaxClauseWalk = 12;
    private readonly ClaimCues cues;
    private readonly TitleIndex titles;

    private readonly List<Argument> agents = [];
    private readonly BridgeSkipper bridgeSkipper;
    private readonly SubjectActors actors;
    private readonly SubjectCoordinator coordinator;
    private readonly ConjoinedSubjects conjoined;
    private readonly SubjectHeadChooser heads;

    public SubjectFinder(ClaimCues cues, TitleIndex titles)
    {
        this.cues = cues;
        this.titles = titles;
        bridgeSkipper = new BridgeSkipper(cues, titles);
        actors = new SubjectActors(cues, titles, bridgeSkipper);
        coordinator = new SubjectCoordinator(cues, titles);
        conjoined = new ConjoinedSubjects(cues, titles, bridgeSkipper);
        heads = new SubjectHeadChooser(cues, titles, actors, conjoined);
    }

    /// <summary>
    /// Subjects of the verb starting at token <paramref name="verb"/>. <paramref name="bridgeStart"/> receives the first
    /// token after the subject (the start of the negation window). <paramref name="allowComma"/> accepts "X, backed by".
    /// <paramref name="allowConjoined"/> (for past forms: the caller knows them without tagging the sentence) lets a verb
    /// after "and" take the subject of the verb it is conjoined with.
    /// </summary>
    public void Find(SentenceView view, int verb, List<Argument> subjects, out int bridgeStart, bool allowComma = false, bool allowConjoined = false)
    {
        subjects.Clear();
        int i = bridgeSkipper.SkipBridges(view, verb - 1);
        bridgeStart = i + 1;
        if (i < view.First)
        {
            return;
        }

        // "condemned the attack and pledged to support Pakistan": a past bridge after "and" conjoins its clause too.
        allowConjoined |= i + 1 < verb && view.Is(i, "and") && VerbShapes.IsLowerWord(view, i + 1) && view.Word(i + 1).EndsWith("ed", StringComparison.Ordinal);

        int m = view.MentionIndexAt(i);
        // "whose mountainous Gorno-Badakhshan region borders …", "the PTI party staged protests": a name before the noun of
        // its kind right before the verb.
        m = m < 0 ? actors.KindNamed(view, i) : m;
        if (FoundThroughAnotherVerb(view, i, verb, m, subjects, ref bridgeStart, allowComma, allowConjoined))
        {
            return;
        }

        m = heads.Choose(view, i, verb, m, allowComma, out float weight, out bool owned, out bool apposed, out int closingComma);

        if (m >= 0 && view.Is(verb - 1, "to") && Visitor(view, m, subjects, out int visitBridge) >= 0)
        {
            // "Taliban officials visited Urumqi to promote trade with Xinjiang": the place a visit goes to does not do the
            // infinitive of purpose after it; the visitor does.
            bridgeStart = visitBridge;
            return;
        }

        if (m < 0)
        {
            return;
        }

        subjects.Add(new Argument(m, weight));
        coordinator.Coordinate(view, m, weight, subjects, titles);
        int leftmost = view.MentionFirst(subjects[^1].Mention);
        if (view.Is(leftmost - 1, "neither"))
        {
            // "Neither China nor Russia recognised the Taliban": the negation opens the subjects, so the window does too.
            bridgeStart = leftmost - 1;
            leftmost--;
        }

        SubjectPhrases.DropInside(view, cues, actors, m, verb, leftmost, owned, apposed, closingComma, subjects);
    }

    /// <summary>
    /// The cases where the subject is another verb's, a possessor's or a companion's rather than the mention before
    /// the verb: a means used for an infinitive, a party met before an infinitive of purpose, a contract's party, a gerund
    /// after a preposition of means, verbs and infinitives conjoined with an earlier one, a control noun's possessor. Fills
    /// <paramref name="subjects"/> (and <paramref name="bridgeStart"/> where one is found) and returns true when one of
    /// them applies.
    /// </summary>
    private bool FoundThroughAnotherVerb(SentenceView view, int i, int verb, int m, List<Argument> subjects, ref int bridgeStart, bool allowComma, bool allowConjoined)
    {
        if (view.Is(verb - 1, "to") && UsedMeans.UsingVerb(view, cues, verb - 1) is >= 0 and var usingVerb)
        {
            // "Pakistan has used every council meeting on Afghanistan this year to complain about the TTP": what is used is
            // only the means (a name inside it too); its user does the infinitive.
            Find(view, usingVerb, subjects, out bridgeStart);
            return true;
        }

        if (view.Is(verb - 1, "to") && MeetingPurpose.MeetingVerb(view, cues, verb - 1) is >= 0 and var meeting)
        {
            // "Zhao Xing had met Badri on Monday to discuss the contract": the one who meets does the infinitive of purpose,
            // not the party met.
            Find(view, meeting, subjects, out bridgeStart);
            return true;
        }

        if (m >= 0 && view.Is(verb - 1, "to") && ContractParty.NounBeforeWith(view, cues, m) is >= 0 and var contract
            && ContractParty.GoverningVerb(view, cues, contract) is >= 0 and var signing)
        {
            Contractor(view, m, signing, subjects, out bridgeStart);
            return true;
        }

        if (m < 0 && (cues.GerundOpeners.StartsAt(view, i) || cues.GerundTimes.StartsAt(view, i)) && IsGerund(view, i + 1))
        {
            ClauseSubject(view, i, subjects, gerund: true);
            return true;
        }

        if (m < 0 && (view.Is(i, "for") || view.Is(i, "of")) && IsGerund(view, i + 1) && PossessedNounOwner(view, i - 1) is >= 0 and var possessor)
        {
            // "Kenya's strategies for working with China": the possessor of the noun the gerund qualifies acts.
            subjects.Add(new Argument(possessor, 0.85f));
            return true;
        }

        if (m < 0 && i == verb - 1 && (view.Is(i, "or") || view.Is(i, "and")) && view.Is(i - 2, "to") && VerbShapes.IsLowerWord(view, i - 1)
            && view.MentionIndexAt(i - 1) < 0)
        {
            // "hoping to outspend or out-compete the United States": two infinitives after one "to" share its subject.
            Find(view, i - 1, subjects, out bridgeStart, allowComma, allowConjoined: false);
            return true;
        }

        if (m < 0 && (view.Is(i, "and") || view.Is(i, "or")) && view.Is(i + 1, "to") && i + 2 == verb && EarlierInfinitive(view, i) is >= 0 and var infinitive)
        {
            // "hold contracts to pump oil in the Amu Darya basin and to mine copper at Mes Aynak": an infinitive conjoined
            // with its own "to" shares the earlier infinitive's subject.
            Find(view, infinitive, subjects, out bridgeStart, allowComma, allowConjoined: false);
            return true;
        }

        if (m < 0 && allowConjoined && (view.Is(i, "and") || view.Is(i, "but")) && conjoined.ConjoinedVerb(view, i, VerbShapes.IsIngWord(view, verb), IsVerbal(view, verb)) is var earlier and >= 0)
        {
            // "Russia has sent delegations to Kabul and hosted Nooruddin Azizi": the verbs share the first one's subject; so do
            // verbs joined by "but" ("Turkmenistan, which holds … reserves but belongs to neither the CSTO nor …").
            Find(view, conjoined.FiniteBeforeContract(view, earlier, i + 1, verb), subjects, out _, allowComma, allowConjoined: false);
            for (int k = 0; k < subjects.Count; k++)
            {
                subjects[k] = subjects[k] with { Weight = subjects[k].Weight * 0.9f };
            }

            return true;
        }

        if (m < 0 && view.Is(i, "and") && RelativeVerbBefore(view, i) is >= 0 and var relativeVerb)
        {
            // "a Uyghur group that Beijing calls the East Turkestan Islamic Movement and blames for attacks": a verb
            // conjoined in a relative clause shares the subject of the clause's first verb.
            Find(view, relativeVerb, subjects, out bridgeStart, allowComma, allowConjoined: false);
            return true;
        }

        // "Moscow's decision last week to recognise the Taliban": bridges of time may stand between the noun and "to".
        if (m < 0 && (view.Is(i + 1, "to") || view.Is(verb - 1, "to")) && cues.ControlNouns.StartsAt(view, i))
        {
            // "Mr Putin's decision to invade Ukraine": the possessor acts wherever its phrase stands (no preposition check).
            int owner = EndingAt(view, i - 1);
            if (owner >= 0 && (view.IsPossessive(owner) || view.IsPossessivePronoun(owner) || view.Mention(owner).Kind == MentionKind.Demonym))
            {
                bridgeStart = i;
                subjects.Add(new Argument(owner, 0.85f));
                return true;
            }

            // "he used the occasion to identify China as …", "signed a 25-year contract to develop": the subject of the verb
            // that governs the noun.
            if (owner < 0 && ContractParty.GoverningVerb(view, cues, i) is >= 0 and var governing)
            {
                Find(view, governing, subjects, out bridgeStart);
            }

            return true;
        }

        if (m < 0 && view.Is(i, ",") && ObjectListOpeners.ListClosedBy(view, i) is >= 0 and var listed)
        {
            // "Russian officials, including Industry and Trade Minister Anton Alikhanov, have complained": the noun the list
            // follows is the subject.
            Find(view, listed, subjects, out _, allowComma, allowConjoined);
            return subjects.Count > 0;
        }

        if (m < 0 && cues.Companions.StartsAt(view, i))
        {
            coordinator.Companions(view, i, subjects);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "CAPEIC signed a 25-year contract with the Taliban to develop …", "the Taliban signed a contract with CAPEIC to
    /// develop …": of the signer and the party <paramref name="party"/> after "with", the company does the infinitive when
    /// the other is a state, group or government body; otherwise neither is taken.
    /// </summary>
    private void Contractor(SentenceView view, int party, int signing, List<Argument> subjects, out int bridgeStart)
    {
        Find(view, signing, subjects, out bridgeStart);
        if (subjects.Count == 0)
        {
            return;
        }

        Entity signer = view.Mention(subjects[0].Mention).Entity, other = view.Mention(party).Entity;
        if (ContractParty.IsCompany(signer) && ContractParty.IsGrantor(other))
        {
            return;
        }

        subjects.Clear();
        if (ContractParty.IsGrantor(signer) && ContractParty.IsCompany(other))
        {
            subjects.Add(new Argument(party, 0.85f));
        }
    }

    /// <summary>
    /// The candidates of a verb found by a reader of its own ("fired rockets at", "blamed the attack on"): each subject of
    /// the verb at <paramref name="verb"/> against <paramref name="target"/>, weighed at 0.8 of the subject's weight, the
    /// negation window from the subject's bridge to the verb; a subject that is the target itself is left out.
    /// <paramref name="allowConjoined"/> lets a past form after "and" take the subject of the verb it is conjoined with.
    /// </summary>
    public void AddAgainst(SentenceView view, int verb, int target, Trigger trigger, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output, bool allowConjoined = false)
    {
        Find(view, verb, agents, out int bridge, allowConjoined: allowConjoined);
        foreach (Argument agent in agents)
        {
            if (agent.Mention != target)
            {
                output.Add((new ClaimCandidate(agent.Mention, target, 0.8f * agent.Weight, bridge, verb, null), trigger, verb));
            }
        }
    }

    /// <summary>
    /// When mention <paramref name="m"/> is a place right after a verb trigger of VISITS ("visited Urumqi", "travelled to
    /// Beijing"), finds that verb's subjects (the visitors) into <paramref name="subjects"/> and returns the verb's first
    /// token; -1 (and no subjects) otherwise.
    /// </summary>
    private int Visitor(SentenceView view, int m, List<Argument> subjects, out int bridgeStart)
    {
        bridgeStart = -1;
        if (view.Mention(m).Entity.Type is not (EntityType.Place or EntityType.Country) || view.Mention(m).Kind == MentionKind.Demonym)
        {
            return -1;
        }

        int end = view.MentionFirst(m);
        end -= view.Is(end - 1, "the") ? 1 : 0;
        for (int k = end - 1; k >= view.First && k >= end - 3; k--)
        {
            if (view.MentionIndexAt(k) >= 0 || view.TriggersAt(k) is not { } list)
            {
                continue;
            }

            foreach (var (words, trigger) in list)
            {
                if (trigger.Kind == TriggerKind.Verb && trigger.Predicate.Name == "VISITS" && k + words.Length == end && view.WordsMatch(k, words))
                {
                    Find(view, k, subjects, out bridgeStart);
                    return subjects.Count > 0 ? k : -1;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// "the Taliban has confounded expectations by actively courting New Delhi", "saw a greater upside in trying to
    /// engage with China": a gerund after a preposition of means or circumstance has the subject of the clause it
    /// qualifies, found from the nearest word before the preposition that has one (no preposition or clause opener is
    /// taken for that word); neither a name nor punctuation may stand between (the name would be that
    /// clause's object: "support Moscow as a partner in confronting"). With <paramref name="gerund"/> (a verb in -ing after
    /// the preposition, not a noun, whose own possessor or "between" may name its parties), a verb of speech (claim_cues
    /// <c>speech_verbs</c>) with no other verb between it and the preposition is that word, though it opens a clause
    /// elsewhere: "Aurangzeb told reporters after meeting Chinese Ambassador Jiang Zaidong" (the speaker meets; not
    /// "family members they say were detained after visiting Kazakhstan").
    /// </summary>
    internal void ClauseSubject(SentenceView view, int opener, List<Argument> subjects, bool gerund = false)
    {
        subjects.Clear();
        bool verbPassed = !gerund;
        for (int j = opener - 1; j > view.First && opener - j <= MaxClauseWalk; j--)
        {
            // "China exerted its security presence in Africa through …": a possessive pronoun and a place after a preposition
            // stand inside the clause's object and adverbials, not for its subject.
            if (view.MentionIndexAt(j) is >= 0 and var inside && (view.IsPossessivePronoun(inside)
                || GrammarWords.Locatives.StartsAt(view, view.MentionFirst(inside) - 1) && view.Mention(inside).Entity.Type is EntityType.Place or EntityType.Country))
            {
                j = view.MentionFirst(inside);
                continue;
            }

            // A hyphen between two lower-case words joins one modifier ("interest-free loans"; not "in mid-2021").
            if (view.MentionIndexAt(j) >= 0 || (view.IsPunctuation(j) && !(view.Is(j, "-") && VerbShapes.IsLowerWord(view, j - 1) && VerbShapes.IsLowerWord(view, j + 1))))
            {
                return;
            }

            bool spoken = !verbPassed && cues.SpeechVerbs.LongestAt(view, j) == 1;
            verbPassed |= VerbShapes.IsIngWord(view, j)
                || VerbShapes.IsLowerWord(view, j) && (view.Word(j).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || GrammarWords.BeForms.StartsAt(view, j) || GrammarWords.HaveForms.StartsAt(view, j) || GrammarWords.Modals.StartsAt(view, j));
            if (!spoken && (!VerbShapes.IsLowerWord(view, j) || cues.Bridges.StartsAt(view, j) || GrammarWords.Prepositions.StartsAt(view, j)
                || GrammarWords.ClauseStops.StartsAt(view, j)))
            {
                continue;
            }

            Find(view, j, subjects, out _);
            if (subjects.Count > 0)
            {
                for (int k = 0; k < subjects.Count; k++)
                {
                    subjects[k] = subjects[k] with { Weight = subjects[k].Weight * 0.85f };
                }

                return;
            }
        }
    }

    /// <summary>
    /// A lowercase word that ends a role title of the lexicon ("the Taliban's foreign minister met", "Pakistan's army
    /// chief visited"): with no person named, the office acts for the body that owns it, like an actor noun.
    /// </summary>
    internal static bool OfficeWord(SentenceView view, int i, TitleIndex titles) =>
        i >= view.First && i < view.End && view.MentionIndexAt(i) < 0 && view.Token(i).Is(TokenShape.AllLower) && titles.IsTitleWord(view, i);

    /// <summary>The mention whose unit ends at token <paramref name="i"/> (<see cref="SubjectHeads.EndingAt"/>); -1 when none.</summary>
    public static int EndingAt(SentenceView view, int i) => SubjectHeads.EndingAt(view, i);

    /// <summary>The mention ending at token <paramref name="i"/>, also a name in brackets (<see cref="SubjectHeads.NamedEndingAt"/>).</summary>
    internal static int NamedEndingAt(SentenceView view, int i) => SubjectHeads.NamedEndingAt(view, i);

    /// <summary>The sentence's opening name (<see cref="SubjectHeads.OpeningName"/>).</summary>
    internal static int OpeningName(SentenceView view) => SubjectHeads.OpeningName(view);

    /// <summary>The sentence's opening mention (<see cref="SubjectHeads.OpeningMention"/>).</summary>
    internal static int OpeningMention(SentenceView view) => SubjectHeads.OpeningMention(view);

    /// <summary>The mention a description ending at <paramref name="last"/> describes (<see cref="SubjectHeads.DescribedBy"/>).</summary>
    internal static int DescribedBy(SentenceView view, int last) => SubjectHeads.DescribedBy(view, last);

    /// <summary>The leader named after "led by" at <paramref name="led"/> (<see cref="SubjectHeads.LedBy"/>).</summary>
    internal static int LedBy(SentenceView view, int led) => SubjectHeads.LedBy(view, led);

    /// <summary>The relative verb "and" at <paramref name="and"/> conjoins another to (<see cref="SubjectClauses.RelativeVerbBefore"/>).</summary>
    internal static int RelativeVerbBefore(SentenceView view, int and) => SubjectClauses.RelativeVerbBefore(view, and);
}
