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
    private const int MaxBridge = 8;
    /// <summary>Tokens whose bridge one walk back remembers: as far back as it reaches, and a phrase's length ahead.</summary>
    private const int BridgeMemo = 32;
    private const int MaxBridgePhrase = 5;
    /// <summary>Capitalised title words before a name in apposition ("General", "Foreign Minister").</summary>
    private const int MaxTitleWords = 3;
    private const int MaxClauseWalk = 12;
    private const int MaxActorWords = 3;
    private readonly ClaimCues cues;
    private readonly TitleIndex titles;

    private readonly List<Argument> agents = [];

    public SubjectFinder(ClaimCues cues, TitleIndex titles)
    {
        this.cues = cues;
        this.titles = titles;
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
        int i = SkipBridges(view, verb - 1);
        bridgeStart = i + 1;
        if (i < view.First)
        {
            return;
        }

        // "condemned the attack and pledged to support Pakistan": a past bridge after "and" conjoins its clause too.
        allowConjoined |= i + 1 < verb && view.Is(i, "and") && VerbShapes.IsLowerWord(view, i + 1) && view.Word(i + 1).EndsWith("ed", StringComparison.Ordinal);

        float weight = 1f;
        bool owned = false;
        bool apposed = false;
        int closingComma = -1;
        int m = view.MentionIndexAt(i);
        // "whose mountainous Gorno-Badakhshan region borders …", "the PTI party staged protests": a name before the noun of
        // its kind right before the verb.
        m = m < 0 ? KindNamed(view, i) : m;
        if (m >= 0 && view.Is(verb - 1, "to") && ContractParty.NounBeforeWith(view, cues, m) is >= 0 and var contract
            && ContractParty.GoverningVerb(view, cues, contract) is >= 0 and var signing)
        {
            Contractor(view, m, signing, subjects, out bridgeStart);
            return;
        }

        if (m < 0 && (cues.GerundOpeners.StartsAt(view, i) || cues.GerundTimes.StartsAt(view, i)) && IsGerund(view, i + 1))
        {
            ClauseSubject(view, i, subjects);
            return;
        }

        if (m < 0 && (view.Is(i, "for") || view.Is(i, "of")) && IsGerund(view, i + 1) && PossessedNounOwner(view, i - 1) is >= 0 and var possessor)
        {
            // "Kenya's strategies for working with China": the possessor of the noun the gerund qualifies acts.
            subjects.Add(new Argument(possessor, 0.85f));
            return;
        }

        if (m < 0 && i == verb - 1 && (view.Is(i, "or") || view.Is(i, "and")) && view.Is(i - 2, "to") && VerbShapes.IsLowerWord(view, i - 1)
            && view.MentionIndexAt(i - 1) < 0)
        {
            // "hoping to outspend or out-compete the United States": two infinitives after one "to" share its subject.
            Find(view, i - 1, subjects, out bridgeStart, allowComma, allowConjoined: false);
            return;
        }

        if (m < 0 && (view.Is(i, "and") || view.Is(i, "or")) && view.Is(i + 1, "to") && i + 2 == verb && EarlierInfinitive(view, i) is >= 0 and var infinitive)
        {
            // "hold contracts to pump oil in the Amu Darya basin and to mine copper at Mes Aynak": an infinitive conjoined
            // with its own "to" shares the earlier infinitive's subject.
            Find(view, infinitive, subjects, out bridgeStart, allowComma, allowConjoined: false);
            return;
        }

        if (m < 0 && allowConjoined && (view.Is(i, "and") || view.Is(i, "but")) && ConjoinedVerb(view, i, VerbShapes.IsIngWord(view, verb), IsVerbal(view, verb)) is var earlier and >= 0)
        {
            // "Russia has sent delegations to Kabul and hosted Nooruddin Azizi": the verbs share the first one's subject; so do
            // verbs joined by "but" ("Turkmenistan, which holds … reserves but belongs to neither the CSTO nor …").
            Find(view, FiniteBeforeContract(view, earlier, i + 1, verb), subjects, out _, allowComma, allowConjoined: false);
            for (int k = 0; k < subjects.Count; k++)
            {
                subjects[k] = subjects[k] with { Weight = subjects[k].Weight * 0.9f };
            }

            return;
        }

        if (m < 0 && view.Is(i, "and") && RelativeVerbBefore(view, i) is >= 0 and var relativeVerb)
        {
            // "a Uyghur group that Beijing calls the East Turkestan Islamic Movement and blames for attacks": a verb
            // conjoined in a relative clause shares the subject of the clause's first verb.
            Find(view, relativeVerb, subjects, out bridgeStart, allowComma, allowConjoined: false);
            return;
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
                return;
            }

            // "he used the occasion to identify China as …", "signed a 25-year contract to develop": the subject of the verb
            // that governs the noun.
            if (owner < 0 && ContractParty.GoverningVerb(view, cues, i) is >= 0 and var governing)
            {
                Find(view, governing, subjects, out bridgeStart);
            }

            return;
        }

        if (m < 0 && cues.Companions.StartsAt(view, i))
        {
            Companions(view, i, subjects);
            return;
        }

        if (m < 0 && view.Is(i, ")"))
        {
            // "the Islamic State of Khorasan Province (ISKP) has put out": the name before its bracketed short form.
            m = Abbreviated(view, i);
        }
        else if (m < 0 && GrammarWords.Relatives.StartsAt(view, i))
        {
            int before = view.Is(i - 1, ",") ? i - 2 : i - 1;
            // "The Tehreek-e-Taliban Pakistan (TTP), which has waged": the name before its bracketed short form.
            m = NamedEndingAt(view, before);
            m = m < 0 ? KindNamed(view, before) : m;
            // "worked on the Dasu hydropower project, which is being built by …": a project before a comma and the relative
            // is its antecedent whatever preposition governs it (a place there may only locate the noun before it).
            // "through the Wakhan Corridor, which borders Xinjiang": a verb only a place does (claim_cues place_verbs) has the
            // place before the comma and the relative as its subject whatever governs it too.
            apposed = m >= 0 && before == i - 2 && (view.Mention(m).Entity.Type == EntityType.Project || RelativeAfterPartyPhrase(view, m)
                || view.Mention(m).Entity.Type is EntityType.Place or EntityType.Country && view.Mention(m).Kind != MentionKind.Demonym && cues.PlaceVerbs.StartsAt(view, verb));
            if (m >= 0 && view.Mention(m).Entity.Type == EntityType.Place && LocatedSite(view, m) is >= 0 and var site)
            {
                // "the Dushanzi refinery in Xinjiang, which is run by PetroChina": the place locates the site named before it.
                m = site;
                apposed = true;
            }

            if (m < 0)
            {
                // "Venezuela, a country that owes China": the name the relative's noun is in apposition to.
                m = ApposedHead(view, before);
                apposed = m >= 0;
            }
            else if (before == i - 1 && PlaceOfApposedPlace(view, m) is >= 0 and var whole)
            {
                // "the Wakhan Corridor, the narrow strip of Badakhshan that borders China": the place a place's noun
                // describes, not the whole its "of" names.
                m = whole;
                apposed = true;
            }

            if (m < 0 && (cues.Instruments.StartsAt(view, before) || cues.Actors.StartsAt(view, before)))
            {
                // "the U.S. drone strike that killed al-Qaida leader Ayman al-Zawahri": the strike's owner; "other Chinese
                // companies that had invested heavily in the region": the actors' owner.
                m = ActorOwner(view, before);
                owned = m >= 0;
            }

            // "Eswatini is the only country in Africa that recognizes Taiwan", "Pakistan was among the first countries
            // that recognized the Taliban": the name a copula says the relative's noun is.
            if ((m < 0 || GrammarWords.Prepositions.StartsAt(view, view.MentionFirst(m) - 1)) && CopulaSubject(view, before) is >= 0 and var said)
            {
                m = said;
                apposed = true;
            }

            weight = 0.9f;
        }
        else if (m < 0 && view.Is(i, ","))
        {
            closingComma = i;
            m = allowComma ? EndingAt(view, i - 1) : -1;
            m = m >= 0 && ReducedPassiveHead(view, m) is >= 0 and var described ? described : m;
            m = m < 0 && allowComma ? KindNamed(view, i - 1) : m;
            if (m < 0 && allowComma && cues.Actors.StartsAt(view, i - 1))
            {
                // "The Syrian regime, backed by Russia and Iran": the actor noun's owner before the comma.
                m = ActorOwner(view, i - 1);
            }

            if (m < 0)
            {
                m = BeforeApposition(view, i);
            }

            weight = 0.85f;
            if (m < 0 && VerbShapes.IsIngWord(view, i + 1) && i + 1 <= verb)
            {
                // "China and Russia are working to expand their influence across Africa, hoping to out-compete the United
                // States", "ISKP gunmen stormed a Kabul hotel, wounding five Chinese citizens": a participle after the main
                // clause and a comma has that clause's subject, the sentence's first name.
                m = SentenceSubject(view, i);
                weight = 0.8f;
            }
        }
        else if (m < 0 && i == verb - 1 && VerbShapes.IsIngWord(view, verb) && VerbShapes.IsLowerWord(view, i) && ApposedHead(view, i) is >= 0 and var described)
        {
            // "Uzbekistan, a landlocked country bordering Afghanistan": a participle after an apposition's noun has the
            // name the apposition describes.
            m = described;
            apposed = true;
            weight = 0.85f;
        }
        else if (m < 0 && cues.PresenceUnits.LongestAt(view, i) == 1 && EndingAt(view, i - 1) is >= 0 and var armed
            && view.Mention(armed).Entity.Type == EntityType.Organisation && view.Mention(armed).Kind != MentionKind.Demonym)
        {
            // "ISKP gunmen wounded five Chinese nationals": an organisation's armed members act for it.
            m = armed;
            weight = 0.85f;
        }
        else if (m < 0 && (cues.Actors.StartsAt(view, i) || cues.Instruments.StartsAt(view, i) || OfficeWord(view, i)
            || cues.Actors.StartEndingAt(view, i, MaxActorWords) >= 0))
        {
            // "Chinese state media praised": an actor phrase of several words ends before the verb.
            m = ActorOwner(view, i);
            // "Bolton is just the latest U.S. official to ring alarm bells": the person the phrase is said of acts.
            m = m >= 0 && CopulaPerson(view, view.MentionFirst(m)) is >= 0 and var person ? person : m;
            weight = 0.8f;
        }
        else if (m >= 0 && LocatedActor(view, m) is >= 0 and var located)
        {
            // "ISIL fighters in Mosul attacked", "The Taliban in Kandahar attacked": the place only locates the actor before it.
            m = located;
            weight = 0.85f;
        }
        else if (m >= 0 && (view.IsPossessive(m) || !IsUsableHead(view, m)))
        {
            m = -1;
        }

        // "The Central Bank of Nigeria signed": a state after "of" names the body before it, which acts.
        if (m >= 0 && view.Is(view.MentionFirst(m) - 1, "of") && view.MentionIndexAt(view.MentionFirst(m) - 2) is var body and >= 0 && body == m - 1
            && view.Mention(body).Entity.Type == EntityType.Organisation && view.Mention(body).Kind == MentionKind.Discovered && !view.IsPossessive(body))
        {
            m = body;
        }

        // "Moscow's decision in July to recognise the Taliban drew criticism": a name ending an infinitive after a control
        // noun is that verb's object; the noun's possessor heads the subject.
        if (m >= 0 && InfinitiveObjectOwner(view, m) is >= 0 and var controller)
        {
            m = controller;
            weight = Math.Min(weight, 0.8f);
        }

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
        Coordinate(view, m, weight, subjects, titles);
        int leftmost = view.MentionFirst(subjects[^1].Mention);
        if (view.Is(leftmost - 1, "neither"))
        {
            // "Neither China nor Russia recognised the Taliban": the negation opens the subjects, so the window does too.
            bridgeStart = leftmost - 1;
            leftmost--;
        }

        int head = view.Is(leftmost - 1, "the") ? leftmost - 2 : leftmost - 1;
        // "militants based in northern Afghanistan threaten his country": a place's modifiers stand between it and the
        // preposition that makes it no subject.
        for (int n = 0; n < 2 && head > view.First && view.MentionIndexAt(head) < 0 && cues.PlaceModifiers.LongestAt(view, head) == 1
            && view.Mention(subjects[^1].Mention).Entity.Type is EntityType.Country or EntityType.Place; n++)
        {
            head--;
        }

        // The owner of a strike stands inside its noun phrase, whatever preposition leads that ("by the U.S. drone strike that killed").
        // A name with an apposition and a relative after it is the relative's subject whatever governs it ("points to
        // Venezuela, a country that owes China").
        if ((GrammarWords.Prepositions.StartsAt(view, head) && !IsExample(view, head) && !ActorsBody(view, head) && !owned && !apposed
                && !GrammarWords.Subordinators.StartsAt(view, head) && !LeadsActors(view, head) && !ArmedMembersFrom(view, head, subjects[^1].Mention)
                && !ActBy(view, head) && !AbsoluteWith(view, head, verb))
            || view.Is(leftmost - 1, "'s") && !OwnBody(view, leftmost - 1) && !OwnPlace(view, leftmost - 1, verb))
        {
            subjects.Clear();
            // "Lin Jian, a spokesperson for the Chinese Foreign Ministry, called on …": the name a preposition governs ends an
            // apposition; the name before the apposition acts.
            if (closingComma >= 0 && BeforeApposition(view, closingComma) is >= 0 and var apposedHead && apposedHead != m
                && view.Mention(apposedHead).Entity.Type == EntityType.Person)
            {
                subjects.Add(new Argument(apposedHead, 0.85f));
            }
        }
        else if (subjects.Count == 1 && LeadsActors(view, head) && view.Mention(m).Entity.Type == EntityType.Person
            && ActorOwner(view, head - 2) is >= 0 and var owner && view.Mention(owner).Entity.Type is EntityType.Country or EntityType.Organisation or EntityType.Group)
        {
            // "A Chinese delegation led by Wang Yi arrived in Kabul": the delegation's state acts with the person leading it.
            subjects.Add(new Argument(owner, 0.85f));
        }
    }

    private const int MaxActWords = 2;

    /// <summary>
    /// "the group has signed a contract with CAPEIC to develop the oil fields and has courted Chinese investors": a verb
    /// conjoined after the infinitive of a contract, with an auxiliary of its own (between <paramref name="from"/> and
    /// <paramref name="verb"/>), is conjoined with the verb that signed the contract, not with the infinitive the
    /// contractor does; <paramref name="earlier"/> otherwise.
    /// </summary>
    private int FiniteBeforeContract(SentenceView view, int earlier, int from, int verb)
    {
        bool auxiliary = false;
        for (int k = from; k < verb; k++)
        {
            auxiliary |= GrammarWords.HaveForms.StartsAt(view, k);
        }

        int before = view.Is(earlier - 1, "to") ? SkipBridges(view, earlier - 2) : -1;
        return auxiliary && before >= view.First && view.MentionIndexAt(before) is >= 0 and var party
            && ContractParty.NounBeforeWith(view, cues, party) is >= 0 and var contract
            && ContractParty.GoverningVerb(view, cues, contract) is >= 0 and var signing
                ? signing
                : earlier;
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
    /// "attacks by the BLA and the TTP have killed …": "by" at <paramref name="by"/> after a noun of a violent act (claim_cues
    /// <c>agent_acts</c>) names the agent of the verb the act is the subject of.
    /// </summary>
    private bool ActBy(SentenceView view, int by) =>
        view.Is(by, "by") && by - 1 >= view.First && cues.AgentActs.StartEndingAt(view, by - 1, MaxActWords) >= 0;

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
    /// "Afghanistan's Badakhshan province, which borders China": a place after a possessor named with its "'s" is the
    /// subject itself of a verb only a place does (claim_cues <c>place_verbs</c>).
    /// </summary>
    private bool OwnPlace(SentenceView view, int possessive, int verb) =>
        view.MentionIndexAt(possessive + 1) is >= 0 and var place && view.Mention(place).Entity.Type == EntityType.Place
        && cues.PlaceVerbs.StartsAt(view, verb);

    /// <summary>
    /// "the Taliban has confounded expectations by actively courting New Delhi", "saw a greater upside in trying to
    /// engage with China": a gerund after a preposition of means or circumstance has the subject of the clause it
    /// qualifies, found from the nearest word before the preposition that has one (no preposition or clause opener is
    /// taken for that word); neither a name nor punctuation may stand between (the name would be that
    /// clause's object: "support Moscow as a partner in confronting").
    /// </summary>
    internal void ClauseSubject(SentenceView view, int opener, List<Argument> subjects)
    {
        subjects.Clear();
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

            if (!VerbShapes.IsLowerWord(view, j) || cues.Bridges.StartsAt(view, j) || GrammarWords.Prepositions.StartsAt(view, j)
                || GrammarWords.ClauseStops.StartsAt(view, j))
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
    /// The organisation or group named right before the singular noun of its kind at <paramref name="noun"/> (claim_cues
    /// <c>body_nouns</c>): "the Haq Do Tehreek movement, led by …", "the Pakistan Tehreek-e-Insaf party, which"; or the place
    /// before a place's noun (<c>place_heads</c>: "Badakhshan province, which"); -1 if none.
    /// </summary>
    private int KindNamed(SentenceView view, int noun)
    {
        // The name first (cheap), then the noun's lists: one body, not its kind in the plural ("Baloch organizations, that
        // are targeting …" are groups of a people). "The Inter-Services Intelligence (ISI) agency, headed by …": the name
        // before its bracketed short form.
        if (noun <= view.First || view.MentionIndexAt(noun) >= 0)
        {
            return -1;
        }

        int m = view.Is(noun - 1, ")") ? NamedEndingAt(view, noun - 1) : view.MentionIndexAt(noun - 1);
        // "an anti-Taliban group": a name glued after "anti-" or "pro-" is what the body is against or for.
        if (m < 0 || !(view.MentionLast(m) == noun - 1 || view.Is(noun - 1, ")")) || view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym
            || ObjectFinder.AgainstOrFor(view, view.MentionFirst(m)))
        {
            return -1;
        }

        bool body = cues.BodyNouns.LongestAt(view, noun) == 1;
        return (body || cues.PlaceHeads.LongestAt(view, noun) == 1) && !VerbShapes.IsPluralNoun(view, noun)
            && (body ? view.Mention(m).Entity.Type is EntityType.Organisation or EntityType.Group : view.Mention(m).Entity.Type == EntityType.Place) ? m : -1;
    }

    /// <summary>
    /// "was claimed by the Pakistani Taliban, who have attacked", "talks with the Taliban, which took power": a name after
    /// a preposition that takes a party, and a comma, is the antecedent of the relative after it. After "of" or a place
    /// preposition the relative may qualify the noun before ("the leader of the Taliban, who", "the embassy in Kabul, which").
    /// </summary>
    private bool RelativeAfterPartyPhrase(SentenceView view, int m)
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
    /// "The Uyghur militants of the Turkestan Islamic Party are fighting", "officials with the CRBC said": an actor noun's
    /// body acts; its former members ("former members of Scientology, who helped him") do not act for it.
    /// </summary>
    private bool ActorsBody(SentenceView view, int prep) =>
        (view.Is(prep, "of") || view.Is(prep, "with")) && view.MentionIndexAt(prep - 1) < 0 && cues.Actors.LongestAt(view, prep - 1) == 1
        && !view.Is(prep - 2, "former");

    /// <summary>"Militants from the TTP attacked", "gunmen from the Islamic State", "Separatists of the BLA": a group's armed members act for it.</summary>
    private bool ArmedMembersFrom(SentenceView view, int prep, int group) =>
        (view.Is(prep, "from") || view.Is(prep, "of")) && view.MentionIndexAt(prep - 1) < 0 && cues.PresenceUnits.LongestAt(view, prep - 1) == 1
        && view.Mention(group).Entity.Type is EntityType.Organisation or EntityType.Group;

    /// <summary>
    /// The verb conjoined with a past form by the "and" at <paramref name="and"/>: the nearest earlier lower-case word in
    /// -ed or past light verb ("sent", "held") in the same clause, or for a form in -ing (<paramref name="gerund"/>) the
    /// nearest earlier word in -ing ("was attending events … and praising"); -1 when there is none. Word shapes, not
    /// tags: asking the tagger would tag the sentence.
    /// </summary>
    private int ConjoinedVerb(SentenceView view, int and, bool gerund, bool verbal)
    {
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
            if (!gerund && view.MentionIndexAt(j) < 0 && cues.SpeechVerbs.LongestAt(view, j) == 1 && EndingAt(view, SkipBridges(view, j - 1)) >= 0)
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
            // after a preposition other than "to" qualifies a noun ("removed the Taliban from its list of banned
            // organisations in 2024 and has since expanded trade with Kabul").
            if (view.MentionIndexAt(j) < 0 && VerbShapes.IsLowerWord(view, j)
                && (gerund ? VerbShapes.IsIngWord(view, j) : VerbShapes.IsPast(view, j) || cues.LightVerbs.LongestAt(view, j) == 1)
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
                int before = SkipBridges(view, j - 1);
                return EndingAt(view, before) >= 0 || view.Is(before, ",") ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "the US and its Western partners push sanctions": the named party acts with unnamed companions, and a name or
    /// demonym qualifying them ("Western") is a party too. Nothing when the phrase stands after a preposition.
    /// </summary>
    private void Companions(SentenceView view, int i, List<Argument> subjects)
    {
        int j = i - 1;
        int demonym = -1;
        for (int steps = 0; steps < 3 && j > view.First; steps++)
        {
            int d = view.MentionIndexAt(j);
            if (d >= 0 && !view.IsPossessive(d) && !view.IsPossessivePronoun(d) && demonym < 0)
            {
                demonym = d;
                j = view.MentionFirst(d) - 1;
            }
            else if ((d < 0 || view.IsPossessivePronoun(d)) && (view.IsPossessivePronounWord(j) || cues.Fillers.StartsAt(view, j)))
            {
                j--;
            }
            else
            {
                break;
            }
        }

        int m = GrammarWords.Conjunctions.StartsAt(view, j) ? EndingAt(view, j - 1) : -1;
        if (m < 0 || view.IsPossessive(m) || !IsUsableHead(view, m))
        {
            return;
        }

        int leftmost = view.MentionFirst(m);
        int head = view.Is(leftmost - 1, "the") ? leftmost - 2 : leftmost - 1;
        if (GrammarWords.Prepositions.StartsAt(view, head))
        {
            return;
        }

        subjects.Add(new Argument(m, 0.85f));
        if (demonym >= 0 && view.Mention(demonym).Entity.Id != view.Mention(m).Entity.Id)
        {
            subjects.Add(new Argument(demonym, 0.8f));
        }
    }

    /// <summary>
    /// The name that opens the sentence (after its dateline and "the" at most, or after a title: "Iranian Foreign Minister
    /// Abbas Araghchi") as the subject of its first verb: not possessive, followed by a bridge or a lower-case word and no
    /// comma before <paramref name="comma"/>'s clause ends; -1 otherwise.
    /// </summary>
    private int SentenceSubject(SentenceView view, int comma)
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
        if (last == opener && view.Mention(opener).Entity.Type == EntityType.Person && view.Is(after, ",")
            && ClosingApposition(view, after, comma) is >= 0 and var closing)
        {
            // "Maria Zakharova, the Russian foreign ministry's spokeswoman, was blunter, accusing …": the person's
            // apposition stands between the name and its verb.
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

    private const int MaxOpeningTitle = 4;

    private int SkipBridges(SentenceView view, int i)
    {
        // The walk back asks for the bridge starting at the same tokens again and again (every phrase length from every
        // position): each token's is looked up once a walk, in [origin, origin + BridgeMemo).
        Span<int> bridges = stackalloc int[BridgeMemo];
        bridges.Fill(-1);
        int origin = i + MaxBridgePhrase - BridgeMemo;
        int skipped = 0;
        while (i >= view.First && skipped < MaxBridge)
        {
            // "became the only government in the world to", "the only country in Central Asia to": a rank is one bridge,
            // however long, and may end in a name.
            if (RankedKind.StartEndingAt(view, cues, titles, i) is >= 0 and var ranked)
            {
                skipped++;
                i = ranked - 1;
                continue;
            }

            if (view.MentionIndexAt(i) >= 0)
            {
                break;
            }

            int length = BridgeEndingAt(view, i, bridges, origin);
            if (length == 0)
            {
                // "won the contract to develop": a bridge phrase may end in words skipped as bridges of their own ("to").
                length = LongerBridge(view, i, skipped, bridges, origin);
            }

            if (length == 0 && view.IsYear(i))
            {
                // "which in July 2025 became", "which in 2025 became": a year after "in" or after a bridge's month.
                length = view.Is(i - 1, "in") ? 2 : BridgeEndingAt(view, i - 1, bridges, origin) > 0 ? 1 : 0;
            }

            if (length == 0)
            {
                break;
            }

            i -= length;
            skipped += length;
        }

        return i;
    }


    /// <summary>
    /// Tokens more to skip from <paramref name="i"/> when a bridge phrase starts there or before and ends in the
    /// <paramref name="skipped"/> tokens already skipped after it; 0 when none does.
    /// </summary>
    private int LongerBridge(SentenceView view, int i, int skipped, Span<int> bridges, int origin)
    {
        for (int back = 1; back <= Math.Min(skipped, MaxBridgePhrase - 1); back++)
        {
            for (int k = MaxBridgePhrase; k > back; k--)
            {
                int start = i + back - k + 1;
                if (start >= view.First && BridgeAt(view, start, bridges, origin) == k)
                {
                    return k - back;
                }
            }
        }

        return 0;
    }

    /// <summary>Length of the longest bridge phrase starting at <paramref name="start"/>, remembered for one walk (<see cref="SkipBridges"/>).</summary>
    private int BridgeAt(SentenceView view, int start, Span<int> bridges, int origin)
    {
        int k = start - origin;
        if ((uint)k >= (uint)bridges.Length)
        {
            return cues.Bridges.LongestAt(view, start);
        }

        if (bridges[k] < 0)
        {
            bridges[k] = cues.Bridges.LongestAt(view, start);
        }

        return bridges[k];
    }

    private int BridgeEndingAt(SentenceView view, int i, Span<int> bridges, int origin)
    {
        // Single words first (the common case); every skipped token is a bridge either way.
        for (int k = 1; k <= MaxBridgePhrase; k++)
        {
            int start = i - k + 1;
            if (start >= view.First && BridgeAt(view, start, bridges, origin) == k)
            {
                return k;
            }
        }

        if (view.IsContractedNot(i) || IsAdverb(view, i) || OpeningQuote(view, i))
        {
            return 1;
        }

        // "Xi Jinping (left) walks alongside …": a photo position in brackets.
        if (view.Is(i, ")"))
        {
            for (int open = i - 2; open >= view.First && i - open <= MaxBridgePhrase; open--)
            {
                if (view.Is(open, "("))
                {
                    return cues.PhotoPositions.LongestAt(view, open + 1) == i - open - 1 ? i - open + 1 : 0;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// A lowercase word that ends a role title of the lexicon ("the Taliban's foreign minister met", "Pakistan's army
    /// chief visited"): with no person named, the office acts for the body that owns it, like an actor noun.
    /// </summary>
    internal static bool OfficeWord(SentenceView view, int i, TitleIndex titles) =>
        i >= view.First && i < view.End && view.MentionIndexAt(i) < 0 && view.Token(i).Is(TokenShape.AllLower) && titles.IsTitleWord(view, i);

    private bool OfficeWord(SentenceView view, int i) => OfficeWord(view, i, titles);

    /// <summary>
    /// The actor a place mention <paramref name="place"/> locates: a name, or an actor noun with its owner, right before a
    /// locative preposition and the place ("ISIL fighters in Mosul", "the Taliban in Kandahar"); -1 otherwise.
    /// </summary>
    private int LocatedActor(SentenceView view, int place)
    {
        if (view.Mention(place).Entity.Type is not (EntityType.Place or EntityType.Country) || view.IsPossessive(place))
        {
            return -1;
        }

        int prep = view.MentionFirst(place) - 1;
        prep -= view.Is(prep, "the") ? 1 : 0;
        if (prep - 1 < view.First || !GrammarWords.Locatives.StartsAt(view, prep))
        {
            return -1;
        }

        int m = view.MentionIndexAt(prep - 1);
        if (m >= 0)
        {
            return view.AfterMention(m) == prep && IsUsableHead(view, m) && !view.IsPossessive(m)
                && view.Mention(m).Entity.Type is not EntityType.Place ? m : -1;
        }

        return cues.Actors.StartsAt(view, prep - 1) || cues.Instruments.StartsAt(view, prep - 1) ? ActorOwner(view, prep - 1) : -1;
    }

    /// <summary>
    /// The possessor (or demonym) of a control noun whose infinitive has mention <paramref name="m"/> as its object ("Moscow's
    /// decision in July to recognise the Taliban"), bridges of time allowed between the noun and "to"; -1 otherwise.
    /// </summary>
    private int InfinitiveObjectOwner(SentenceView view, int m)
    {
        int infinitive = view.BeforeMention(m);
        if (!view.Is(infinitive - 1, "to") || !VerbShapes.IsLowerWord(view, infinitive) || view.MentionIndexAt(infinitive) >= 0)
        {
            return -1;
        }

        int noun = SkipBridges(view, infinitive - 2);
        if (noun < view.First || view.MentionIndexAt(noun) >= 0 || !cues.ControlNouns.StartsAt(view, noun))
        {
            return -1;
        }

        int owner = EndingAt(view, noun - 1);
        return owner >= 0 && (view.IsPossessive(owner) || view.IsPossessivePronoun(owner) || view.Mention(owner).Kind == MentionKind.Demonym) ? owner : -1;
    }

    private int ActorOwner(SentenceView view, int i)
    {
        int j = i - 1;
        // "Russian grain exporters", "Chinese oil companies": a noun of a trade may stand before the actor noun.
        for (int steps = 0; steps < 2 && j >= view.First && view.MentionIndexAt(j) < 0 && (cues.Actors.StartsAt(view, j) || cues.Instruments.StartsAt(view, j) || cues.Fillers.StartsAt(view, j) || OfficeWord(view, j)
            || j == i - 1 && DemonymBefore(view, j) && view.Token(j).Is(TokenShape.AllLower) && view.Syntax?.Upos(j) == Upos.Noun); steps++)
        {
            j--;
        }

        int m = EndingAt(view, j);
        if (m < 0 && LedBy(view, j) is >= 0 and var leader)
        {
            return leader;
        }

        // "Kazakhstan, whose government sent a trade delegation to Kabul": the relative's antecedent owns the actors.
        if (m < 0 && view.Is(j, "whose") && view.Is(j - 1, ","))
        {
            m = NamedEndingAt(view, j - 2);
            return m >= 0 && !view.IsPossessive(m) && view.Mention(m).Entity.Type is not EntityType.Person ? m : -1;
        }

        return m >= 0 && view.Mention(m).Entity.Type is not EntityType.Person ? m : -1;
    }

    /// <summary>"Coalition forces led by the United States attacked ISIS": the leader named after actors and "led by" acts for them.</summary>
    private bool LeadsActors(SentenceView view, int by) =>
        view.Is(by, "by") && view.Is(by - 1, "led") && by - 2 >= view.First && view.MentionIndexAt(by - 2) < 0 && cues.Actors.StartsAt(view, by - 2);

    private int BeforeApposition(SentenceView view, int comma)
    {
        for (int j = comma - 1; j > view.First && comma - j <= MaxApposition; j--)
        {
            if (view.Is(j, ","))
            {
                int m = EndingAt(view, j - 1);
                // "… a bombing in Kerman, Iran, in 2024, has denounced": a state after a place and a comma only places it.
                if (m >= 0 && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place && view.Is(view.MentionFirst(m) - 1, ",")
                    && view.MentionIndexAt(view.MentionFirst(m) - 2) is >= 0 and var placed && view.Mention(placed).Entity.Type == EntityType.Place)
                {
                    return -1;
                }

                if (m < 0 && cues.Actors.LongestAt(view, j - 1) == 1 && view.MentionIndexAt(j - 1) < 0
                    && view.Word(j + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && view.Is(j + 2, "by"))
                {
                    // "Syrian forces, backed by Russia, retook Palmyra": the actor noun's owner before a reduced passive.
                    return ActorOwner(view, j - 1);
                }

                // "The leader of the Taliban, Haibatullah Akhundzada, met": a name governed by a preposition, past its article,
                // or past its owner's possessive ("The head of Zimbabwe's army, General Constantino Chiwenga, visited").
                int first = m >= 0 ? view.MentionFirst(m) : -1;
                first = m > 0 && view.IsPossessive(m - 1) && view.AfterMention(m - 1) == first ? view.MentionFirst(m - 1) : first;
                int lead = m >= 0 && view.Is(first - 1, "the") ? first - 2 : m >= 0 ? first - 1 : -1;
                bool governed = m >= 0 && GrammarWords.Prepositions.StartsAt(view, lead);
                if (m >= 0 && !governed && !view.IsPossessive(m) && IsUsableHead(view, m))
                {
                    return m;
                }

                // "China's ambassador to Afghanistan, Wang Yu, met": a name the head cannot be (after a preposition)
                // leaves the person in apposition as the subject.
                int named = NamingApposition(view, j, comma);
                return m < 0 || named >= 0 && view.Mention(named).Entity.Type == EntityType.Person ? named : -1;
            }

            if (view.IsPunctuation(j) && !view.Is(j, "-") && !view.Is(j, "(") && !view.Is(j, ")"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "the Wakhan Corridor, the narrow strip of Badakhshan": for place <paramref name="m"/> after "of" and a noun of a place
    /// (claim_cues <c>place_heads</c>) in apposition to a place's name, that name; -1 otherwise.
    /// </summary>
    private int PlaceOfApposedPlace(SentenceView view, int m)
    {
        int of = view.MentionFirst(m) - 1;
        return view.Mention(m).Entity.Type == EntityType.Place && view.Is(of, "of") && view.MentionIndexAt(of - 1) < 0
            && cues.PlaceHeads.LongestAt(view, of - 1) == 1 && ApposedHead(view, of - 1) is >= 0 and var named
            && view.Mention(named).Entity.Type == EntityType.Place ? named : -1;
    }

    /// <summary>
    /// "many of our people, the Ugandans, are trading": when the noun before an apposition is no name, the apposition
    /// between the commas at <paramref name="open"/> and <paramref name="close"/> is the subject if it is one name.
    /// </summary>
    private int NamingApposition(SentenceView view, int open, int close)
    {
        int first = view.Is(open + 1, "the") ? open + 2 : open + 1;
        // "The head of Zimbabwe's army, General Constantino Chiwenga, visited": a title before the person's name.
        for (int n = 0; n < MaxTitleWords && first < close && view.MentionIndexAt(first) < 0 && view.Token(first).Is(TokenShape.Capitalised)
            && titles.IsTitleWord(view, first); n++)
        {
            first++;
        }

        int m = view.MentionIndexAt(first);
        return m >= 0 && view.MentionFirst(m) == first && view.MentionLast(m) == close - 1 && IsUsableHead(view, m) ? m : -1;
    }

    private void Coordinate(SentenceView view, int m, float weight, List<Argument> subjects, TitleIndex titles)
    {
        bool sawAnd = false;
        // "Chinese President Xi Jinping and Russian President Vladimir Putin met": a person's title, and the demonym or name
        // before it, stand between the conjunction and the name.
        int j = view.Mention(m).Entity.Type == EntityType.Person ? BeforeTitle(view, view.MentionFirst(m) - 1, titles) : view.MentionFirst(m) - 1;
        // "Germany and the US agreed": the last name may begin with its article (an article before an earlier one may
        // open the whole phrase: "…, the Indian and Chinese governments").
        if (view.Is(j, "the") && view.MentionIndexAt(j) < 0 && GrammarWords.Conjunctions.StartsAt(view, j - 1))
        {
            j--;
        }
        else if (view.Is(j, "other") && view.Mention(m).Kind == MentionKind.Demonym && GrammarWords.Conjunctions.StartsAt(view, j - 1))
        {
            // "Kenya, Ethiopia and other African countries have borrowed": the named states act with the others.
            j--;
        }

        while (j > view.First)
        {
            // "Russia, the EU and the US imposed": an earlier listed name may begin with its article too (not a demonym,
            // whose article opens the phrase it qualifies: "the previous government, the Indian and Chinese governments").
            if (sawAnd && view.Is(j, "the") && view.MentionIndexAt(j) < 0 && view.Is(j - 1, ",")
                && view.Mention(subjects[^1].Mention).Kind != MentionKind.Demonym)
            {
                j--;
            }

            int next;
            if (GrammarWords.Conjunctions.StartsAt(view, j) || view.Is(j, "nor"))
            {
                sawAnd = true;
                next = view.Is(j - 1, ",") ? j - 2 : j - 1;
            }
            else if (sawAnd && view.Is(j, ","))
            {
                next = j - 1;
            }
            else
            {
                break;
            }

            // "Russian forces and Hezbollah fighters attacked": a demonym's or name's actor noun stands before the conjunction.
            int named = next;
            for (int n = 0; n < 2 && named > view.First && view.MentionIndexAt(named) < 0 && cues.Actors.LongestAt(view, named) == 1; n++)
            {
                named--;
            }

            int other = view.MentionIndexAt(named);
            // "… extend the corridor to Afghanistan, and Wang urged the Taliban": a name a preposition governs before ", and"
            // ends the clause before; the name after the conjunction opens a clause of its own.
            // So does one a verb governs ("… for Uzbek grain to reach the Gulf, and Iranian President Masoud Pezeshkian
            // visited Ashgabat"): a lower-case word before it (and its "the") that is no conjunction.
            // So does one after a conjunction of its own ("belongs to the Eurasian Economic Union and the CSTO, and Russia
            // keeps an air base at Kant"): two names joined by "and" are one list, and ", and" opens the next clause.
            // So does one whose possessor a preposition governs ("… based in Afghanistan's Badakhshan province, and Beijing,
            // which …, has urged Kabul").
            int lead = other >= 0 && view.Is(view.MentionFirst(other) - 1, "'s") && view.MentionIndexAt(view.MentionFirst(other) - 2) is >= 0 and var possessor
                ? possessor : other;
            if (other >= 0 && subjects.Count == 1 && view.Is(next + 1, ",") && GrammarWords.Conjunctions.StartsAt(view, next + 2)
                && (GrammarWords.Prepositions.StartsAt(view, view.BeforeMention(lead)) || GovernedByVerb(view, lead)
                    || GrammarWords.Conjunctions.StartsAt(view, view.BeforeMention(lead))))
            {
                break;
            }

            // "In Dushanbe, Chinese and Tajik troops clashed": a name the sentence's opening preposition governs before a
            // bare comma opens the sentence, not the list ("Representatives of China, Russia and Iran" is one list).
            if (other >= 0 && view.Is(j, ",") && view.BeforeMention(other) == view.First && GrammarWords.Prepositions.StartsAt(view, view.First))
            {
                break;
            }

            bool owned = named < next && other >= 0 && !view.IsPossessive(other)
                && (view.Mention(other).Kind == MentionKind.Demonym && view.Mention(other).Entity.Type == EntityType.Country || IsUsableHead(view, other));
            if (!owned && (named < next || other < 0 || view.IsPossessive(other) || !IsUsableHeadOrDemonymPair(view, other, m)))
            {
                break;
            }

            subjects.Add(new Argument(other, weight));
            j = view.MentionFirst(other) - 1;
        }
    }

    /// <summary>
    /// True when the word before mention <paramref name="m"/> (and its "the") is a lower-case verb form: not an article,
    /// conjunction, preposition, bridge, filler or actor noun ("to reach the Gulf").
    /// </summary>
    private bool GovernedByVerb(SentenceView view, int m)
    {
        int before = view.BeforeMention(m);
        return before >= view.First && view.MentionIndexAt(before) < 0 && VerbShapes.IsLowerWord(view, before)
            && !GrammarWords.Articles.StartsAt(view, before) && !GrammarWords.Conjunctions.StartsAt(view, before)
            && !GrammarWords.Prepositions.StartsAt(view, before) && !cues.Bridges.StartsAt(view, before)
            && !cues.Fillers.StartsAt(view, before) && !cues.Actors.StartsAt(view, before)
            && (view.TriggersAt(before) is not null || view.Word(before).EndsWith("ed", StringComparison.Ordinal) || view.Is(before - 1, "to"));
    }

    /// <summary>
    /// The token before a title of the lexicon that ends at <paramref name="j"/> and before the name or demonym that
    /// qualifies it ("Russian President"); <paramref name="j"/> itself when no title ends there.
    /// </summary>
    private static int BeforeTitle(SentenceView view, int j, TitleIndex titles)
    {
        if (j < view.First || view.MentionIndexAt(j) >= 0 || view.Token(j).Kind != TokenKind.Word || titles.EndingIn(view, j) is not { } list)
        {
            return j;
        }

        foreach (Trigger title in list)
        {
            int start = j - title.Length + 1;
            if (start >= view.First && view.WordsMatch(start, title.Words))
            {
                int before = start - 1;
                return view.MentionIndexAt(before) is >= 0 and var qualifier && view.MentionLast(qualifier) == before && !view.IsPossessive(qualifier)
                    ? view.MentionFirst(qualifier) - 1 : before;
            }
        }

        return j;
    }

    /// <summary>
    /// "Chinese and Russian officials": demonyms coordinate with demonyms; other kinds with anything but a bare demonym,
    /// unless an actor noun after the last name serves both ("Pakistani and Afghan Taliban officials").
    /// </summary>
    private bool IsUsableHeadOrDemonymPair(SentenceView view, int other, int head) =>
        IsUsableHead(view, other) || view.Mention(head).Kind == MentionKind.Demonym
        || view.Mention(other).Entity.Type == EntityType.Country && cues.Actors.LongestAt(view, view.AfterMention(head)) > 0;

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
