using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// Reads a role title. Before a name: "Chinese Foreign Minister Wang Yi", "Taliban leader Haibatullah Akhundzada"
/// (the organisation or country left of the title, the holder right of it). In an apposition: "Abdul Haq, the
/// leader of the Turkestan Islamic Party", "Wang Yi, China's foreign minister". After "as" when words of taking office
/// name the person: "the election of Ashraf Ghani as president of Afghanistan", "Uzbeks elected Shavkat Mirziyoyev as
/// president" (the state whose demonym elects is the one led); right after a passive office-taking verb: "Abdoulaye Wade
/// was elected president"; with no body named there, a head of state's or another state office's title (claim_cues
/// <c>state_heads</c>, <c>state_offices</c>) is the office of the state the article names most when it is the only state
/// the sentence names ("the election of Pierre Nkurunziza as president" in an article about Burundi). After a verb of
/// serving and "as": "Karzai served as president of Afghanistan". The title text is the qualifier.
/// </summary>
internal sealed class TitleReader
{
    private const int MaxModifiers = 3;
    private const int MaxTitleTail = 6;
    private const int MaxLengthWords = 4;
    private readonly ClaimCues cues;
    private Entity? mainState;

    public TitleReader(ClaimCues cues) => this.cues = cues;

    /// <summary>Starts an article: <paramref name="state"/> is the state it names most, if one does.</summary>
    public void Begin(Entity? state) => mainState = state;

    public void Read(SentenceView view, int start, int end, List<ClaimCandidate> output)
    {
        // "the Taliban's chief spokesman", "chief negotiator": a title right before another title's first word only
        // qualifies that office; the later title is read on its own.
        if (VerbShapes.IsLowerWord(view, end) && view.TitleAt(end))
        {
            return;
        }

        // "vice chairman", "a former adviser", "then-Foreign Minister": a deputy's word and the words of tenure are part of
        // the office the qualifier names, also before the owner's name ("Former Pakistani Prime Minister Imran Khan":
        // "Former Prime Minister").
        int from = OfficeQualifier.Start(view, cues, start);
        string qualifier = view.Text[view.Token(from).Start..view.Token(end - 1).End];
        if (from - 1 >= view.First && view.MentionIndexAt(from - 1) is >= 0 and var titleOwner && OfficeQualifier.Start(view, cues, view.MentionFirst(titleOwner)) is var before
            && before < view.MentionFirst(titleOwner))
        {
            string modifiers = view.Text[view.Token(before).Start..view.Token(view.MentionFirst(titleOwner) - 1).End];
            qualifier = modifiers.EndsWith('-') ? modifiers + qualifier : modifiers + " " + qualifier;
        }

        if (WhoseHolder(view, start, end) is (>= 0 and var whoseBody, var whoseHolder))
        {
            output.Add(new ClaimCandidate(whoseHolder, whoseBody, 0.9f, start, start, qualifier));
            return;
        }

        int holder = HolderAfter(view, end);
        // "the flagship of President Xi Jinping's Belt and Road Initiative": a possessive after "of" and a title of its own
        // holds that title, not this one.
        if (holder >= 0 && view.Is(end, "of") && view.IsPossessive(holder) && TitledPossessor(view, end + 1) == view.MentionFirst(holder))
        {
            holder = -1;
        }

        if (holder >= 0)
        {
            int org = SubjectFinder.EndingAt(view, SkipModifiers(view, start - 1));
            // "Pro-West President Petro Poroshenko": a name glued after "pro-" or "anti-" is a stance, not the body.
            org = org >= 0 && ObjectFinder.AgainstOrFor(view, view.MentionFirst(org)) ? -1 : org;
            // "the German scholar Adrian Zenz": a demonym before a profession is the person's nationality.
            bool nationality = org >= 0 && view.Mention(org).Kind == MentionKind.Demonym && view.Mention(org).Entity.Type == EntityType.Country
                && cues.Professions.LongestAt(view, start) == end - start;
            if (org >= 0 && org != holder && !nationality)
            {
                output.Add(new ClaimCandidate(holder, org, 1f, start, start, qualifier));
            }

            return;
        }

        // "China's foreign minister, Wang Yi,": a person in apposition after the title holds it when a body stands before it.
        // "China's ambassador to Afghanistan, Wang Yu,", "Pakistan's special representative for Afghanistan, Mohammad
        // Sadiq": the posting belongs to the title.
        // "Afghanistan's acting minister of mines and petroleum, Hedayatullah Badri,": so does a portfolio in lower case.
        // "Pakistan's ambassador to the United Nations, Munir Akram,": a body of states is a posting too.
        int postingAt = view.Is(end + 1, "the") ? end + 2 : end + 1;
        int comma = (view.Is(end, "to") || view.Is(end, "for")) && view.MentionIndexAt(postingAt) is >= 0 and var posting && view.MentionFirst(posting) == postingAt
            && (view.Mention(posting).Entity.Type is EntityType.Country or EntityType.Place || IsBodyOfStates(view.Mention(posting).Entity))
            ? view.AfterMention(posting) : PortfolioEnd(view, end);
        // "a Taliban-appointed ambassador, Bilal Karimi,": with no body before it, the office is the appointer's.
        if (view.Is(comma, ",") && ApposedPerson(view, comma) is >= 0 and var apposed
            && (SubjectFinder.EndingAt(view, SkipModifiers(view, start - 1)) is >= 0 and var ownerBefore ? StateBeforeBody(view, ownerBefore) : Appointer(view, start - 1)) is >= 0 and var body
            && body != apposed
            && view.Mention(body).Entity.Type != EntityType.Person && !UnsureOwner(view, body))
        {
            output.Add(new ClaimCandidate(apposed, body, 0.95f, start, start, qualifier));
            return;
        }

        // "signed by Uzbek Foreign Minister Bakhtiyor Saidov, the Taliban's acting foreign minister, Amir Khan Muttaqi, and
        // …": a person named right after the title's comma holds it (the possessor's office), never the name before the
        // title; in a list the apposition above does not read it.
        if (view.Is(comma, ",") && view.MentionIndexAt(comma + 1) is >= 0 and var listed && view.MentionFirst(listed) == comma + 1
            && view.Mention(listed).Entity.Type == EntityType.Person && !view.IsPossessive(listed))
        {
            if (SubjectFinder.EndingAt(view, SkipModifiers(view, start - 1)) is >= 0 and var owner && owner != listed && view.IsPossessive(owner)
                && view.Mention(owner).Entity.Type != EntityType.Person)
            {
                output.Add(new ClaimCandidate(listed, owner, 0.9f, start, start, qualifier));
            }

            return;
        }

        // "the head of NATO, Hoop Scheffer,": the body after "of" and a person in apposition after it.
        if (BodyThenPerson(view, end) is (>= 0 and var ofBody, var named))
        {
            output.Add(new ClaimCandidate(named, ofBody, 0.9f, start, start, qualifier));
            return;
        }

        int j = SkipModifiers(view, start - 1);
        int orgBefore = SubjectFinder.EndingAt(view, j);
        if (orgBefore >= 0)
        {
            j = SkipModifiers(view, view.MentionFirst(orgBefore) - 1);
        }
        else
        {
            // "Andy Hiller, a political reporter for WHDH-TV": adjectives the tagger read stand between article and title.
            j = SkipModifiers(view, SkipAdjectivesBefore(view, j));
        }

        if (GrammarWords.Articles.StartsAt(view, j))
        {
            j--;
        }

        // "A member of the EU since 1995, Finland was …", "As a member of the SCO, Pakistan …": a title opening the sentence
        // is said of the name right after the comma that closes it.
        int fronted = Fronted(view, j, end);

        // "elected Shavkat Mirziyoyev as president": "as" after a person an office-taking word names joins holder and title.
        bool office = view.Is(j, "as") && fronted < 0;
        // "Abdoulaye Wade was elected president in 2000": a passive office-taking verb right before the title.
        // The tagger may read the participle as an adjective, which the skip above passes.
        int electedAt = fronted >= 0 || office ? -1
            : cues.OfficeTaking.LongestAt(view, j) == 1 && GrammarWords.BeForms.LongestAt(view, j - 1) == 1 ? j
            : GrammarWords.BeForms.LongestAt(view, j) == 1 && j + 1 < start && cues.OfficeTaking.LongestAt(view, j + 1) == 1 ? j + 1 : -1;
        bool elected = electedAt >= 0;
        if (elected)
        {
            office = true;
            j = electedAt;
        }

        if (fronted < 0 && !view.Is(j, ",") && !IsCopula(view, j) && !office)
        {
            return;
        }

        // "Hamid Karzai served as president of Afghanistan": a verb of serving before "as" is a copula.
        int serving = office && cues.Serving.LongestAt(view, j - 1) == 1 ? j - 1 : office && cues.Serving.LongestAt(view, j - 2) == 2 ? j - 2 : -1;
        // "his third term as Communist Party leader": a person's time in office is said like a verb of serving.
        int tenured = office && serving < 0 && !elected ? TenureHolder(view, j - 1) : -1;
        // "the China-Pakistan Economic Corridor (CPEC), the flagship of …": a name's own acronym in brackets ends the name.
        int subject = fronted >= 0 ? fronted : tenured >= 0 ? tenured : SubjectFinder.NamedEndingAt(view, (serving >= 0 ? serving : elected ? j - 1 : j) - 1);
        if (subject < 0 || (view.IsPossessive(subject) && tenured < 0))
        {
            return;
        }

        office &= serving < 0 && tenured < 0;
        int taking = elected ? j : office ? OfficeTakingBefore(view, subject) : -1;
        if (office && taking < 0)
        {
            return;
        }

        int orgAfter = -1;
        if (GrammarWords.TitlePreps.StartsAt(view, end))
        {
            int k = view.Is(end + 1, "the") ? end + 2 : end + 1;
            k = SkipAdjectives(view, k);
            int titled = TitledPossessor(view, k);
            bool pastTitle = titled != k;
            k = titled;
            orgAfter = view.MentionIndexAt(k);
            if (orgAfter >= 0 && view.Mention(orgAfter).Kind == MentionKind.Demonym && view.MentionIndexAt(view.MentionLast(orgAfter) + 1) >= 0)
            {
                // "deputy prime minister of the Afghan Taliban's government": the demonym qualifies the organisation after it.
                k = view.MentionLast(orgAfter) + 1;
                orgAfter = view.MentionIndexAt(k);
            }

            if (orgAfter >= 0 && view.MentionFirst(orgAfter) != k)
            {
                orgAfter = -1;
            }

            // "a researcher at the Tashkent-based Institute for Strategic and Regional Studies": a name glued by a hyphen to
            // the word after it only modifies the body named next.
            int glued = orgAfter >= 0 ? view.AfterMention(orgAfter) : -1;
            if (glued > 0 && view.Is(glued, "-") && view.Token(glued - 1).End == view.Token(glued).Start && glued + 2 < view.End
                && view.Token(glued).End == view.Token(glued + 1).Start)
            {
                orgAfter = view.MentionIndexAt(glued + 2) is >= 0 and var modified && view.MentionFirst(modified) == glued + 2 ? modified : -1;
            }

            if (orgAfter >= 0 && (view.IsPossessive(orgAfter) || view.IsPossessivePronoun(orgAfter)) && view.MentionIndexAt(view.AfterMention(orgAfter)) is >= 0 and var owned
                && view.MentionFirst(owned) == view.AfterMention(orgAfter) && view.Mention(owned).Entity.Type is EntityType.Organisation or EntityType.Project)
            {
                // "director of the Russian Foreign Ministry's Africa Department": the body the possessor owns holds the title;
                // "the flagship of Beijing's Belt and Road Initiative": so does the project.
                orgAfter = owned;
            }
            else if (orgAfter >= 0 && view.IsPossessive(orgAfter) && view.AfterMention(orgAfter) < view.End
                && (pastTitle || view.Token(view.AfterMention(orgAfter)).Is(TokenShape.Capitalised)))
            {
                // "a member of NATO's Partnership for Peace program": the possessor's own body, unnamed here, holds it; so
                // does whatever a titled person's possessive owns ("the flagship of President Xi Jinping's foreign policy").
                orgAfter = -1;
            }
        }

        if (orgBefore >= 0 && Employs(view, orgBefore, orgAfter, end))
        {
            // The holder's brief, not a body the holder heads: ProgrammeRoleReader reads the role in the employer.
            return;
        }

        // "ISKP, the Afghan affiliate of Islamic State": a demonym before a branch's noun (claim_cues structure_branches) says
        // where the branch is, not what it is part of; the body after "of" is.
        if (orgBefore >= 0 && view.Mention(orgBefore).Kind == MentionKind.Demonym && cues.StructureBranches.LongestAt(view, end - 1) == 1)
        {
            orgBefore = -1;
        }

        int organisation = orgBefore >= 0 ? orgBefore : orgAfter >= 0 && !QualifiesNoun(view, orgAfter) ? orgAfter : -1;
        if (organisation < 0 && office && view.MentionIndexAt(taking - 1) is >= 0 and var taker
            && view.Mention(taker).Kind == MentionKind.Demonym && view.Mention(taker).Entity.Type == EntityType.Country)
        {
            // "Bolivians elected … Evo Morales as president": the state whose people elect is the one led (only by its
            // demonym right before the verb: "independence from Spain and elected …" names no elector).
            organisation = taker;
        }

        if (organisation < 0 && office && orgAfter < 0 && !view.Is(end, "of") && IsStateOffice(view, start, end))
        {
            // "the election of Pierre Nkurunziza as president" in an article about Burundi that names it here: the office is
            // that state's, as a head's title with no body is (KnownRoleReader).
            organisation = mainState is null ? -1 : view.OnlyStateMention(mainState);
        }

        if (organisation >= 0 && organisation != subject)
        {
            output.Add(new ClaimCandidate(subject, organisation, 0.95f, start, start, qualifier));
        }
    }

    /// <summary>
    /// The person whose possessive stands before the noun of tenure (claim_cues <c>tenures</c>) at <paramref name="noun"/>,
    /// past up to four tokens of an ordinal or a length ("Imran Khan's term", "his third term", "her two-year stint"; the
    /// possessive pronoun as coreference resolved it); -1 when none.
    /// </summary>
    private int TenureHolder(SentenceView view, int noun)
    {
        if (noun <= view.First || view.MentionIndexAt(noun) >= 0 || cues.Tenures.LongestAt(view, noun) != 1)
        {
            return -1;
        }

        int i = noun - 1;
        for (int n = 0; n < MaxLengthWords && i > view.First && view.MentionIndexAt(i) < 0 && IsLengthWord(view, i); n++)
        {
            i--;
        }

        int holder = SubjectFinder.EndingAt(view, i);
        return holder >= 0 && view.Mention(holder).Entity.Type == EntityType.Person && (view.IsPossessive(holder) || view.IsPossessivePronoun(holder)) ? holder : -1;
    }

    /// <summary>A word of an ordinal or a length before a noun of tenure: "third", "second", "two", "-", "year", "brief", "2013".</summary>
    private static bool IsLengthWord(SentenceView view, int i) =>
        view.Token(i).Kind == TokenKind.Number || view.Is(i, "-")
        || (view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.AllLower) && !GrammarWords.Articles.StartsAt(view, i) && !GrammarWords.Prepositions.StartsAt(view, i));

    /// <summary>
    /// True when the name only qualifies a common noun after it, which names no actor or body: "the director of the China
    /// program" directs no China ("the Taliban government", "the Wagner group" still name their party).
    /// </summary>
    private bool QualifiesNoun(SentenceView view, int m)
    {
        int next = view.AfterMention(m);
        return !view.IsPossessive(m) && VerbShapes.IsLowerWord(view, next) && !cues.Actors.StartsAt(view, next) && !cues.BodyNouns.StartsAt(view, next)
            && !cues.StateOrgans.StartsAt(view, next) && !GrammarWords.Prepositions.StartsAt(view, next) && !GrammarWords.ClauseStops.StartsAt(view, next)
            && !GrammarWords.Conjunctions.StartsAt(view, next) && view.Syntax?.Upos(next) == Upos.Noun;
    }

    /// <summary>True when the title is exactly a head of state's or another state office's (claim_cues <c>state_heads</c>, <c>state_offices</c>).</summary>
    private bool IsStateOffice(SentenceView view, int start, int end) =>
        cues.StateHeads.LongestAt(view, start) == end - start || cues.StateOffices.LongestAt(view, start) == end - start;

    /// <summary>
    /// "Sophie Richardson, the China director for Human Rights Watch": an organisation after "of", "for" or "at" employs
    /// the holder, and the country or place before the title is the holder's brief: neither is a body the holder heads.
    /// (After "to" the organisation is the posting: "the Taliban's representative to the UN".)
    /// </summary>
    private static bool Employs(SentenceView view, int orgBefore, int orgAfter, int end) =>
        orgAfter >= 0 && !view.Is(end, "to") && !view.Is(end, "in")
        && view.Mention(orgAfter).Entity.Type == EntityType.Organisation
        && view.Mention(orgBefore).Entity.Type is EntityType.Country or EntityType.Place;

    /// <summary>An intergovernmental organisation ("the United Nations", "the SCO"): a state's envoy to it is posted there.</summary>
    private static bool IsBodyOfStates(Entity entity) => entity is { Type: EntityType.Organisation, Subtype: EntitySubtypes.Intergovernmental };

    /// <summary>
    /// The state whose possessive stands right before a body of states that modifies a title ("China's U.N. ambassador, Fu
    /// Cong,": China's, posted to the United Nations); <paramref name="owner"/> itself otherwise.
    /// </summary>
    private static int StateBeforeBody(SentenceView view, int owner)
    {
        if (!IsBodyOfStates(view.Mention(owner).Entity) || view.IsPossessive(owner) || owner == 0)
        {
            return owner;
        }

        int state = SubjectFinder.EndingAt(view, view.MentionFirst(owner) - 1);
        return state >= 0 && state == owner - 1 && view.IsPossessive(state) && view.Mention(state).Entity.Type == EntityType.Country ? state : owner;
    }

    /// <summary>
    /// The comma after a portfolio in lower case that "of" or "for" at <paramref name="end"/> adds to the title ("minister of
    /// mines and petroleum,", "minister for women's affairs,"): at most <see cref="MaxTitleTail"/> lower-case words, no name;
    /// <paramref name="end"/> itself when the title is not written so.
    /// </summary>
    public static int PortfolioEnd(SentenceView view, int end)
    {
        if (!view.Is(end, "of") && !view.Is(end, "for"))
        {
            return end;
        }

        for (int k = end + 1; k < view.End && k <= end + MaxTitleTail; k++)
        {
            if (view.Is(k, ","))
            {
                // "minister of investment, industry and trade,": a comma inside a list of portfolios that "and" closes.
                if (k > end + 1 && ListGoesOn(view, k, end + MaxTitleTail))
                {
                    continue;
                }

                return k > end + 1 ? k : end;
            }

            if (view.MentionIndexAt(k) >= 0 || !(view.Token(k).Kind == TokenKind.Word && view.Token(k).Is(TokenShape.AllLower) || view.Is(k, "'s")))
            {
                return end;
            }
        }

        return end;
    }

    /// <summary>
    /// True when lower-case words after the comma at <paramref name="comma"/> reach an "and" followed by a lower-case word
    /// before the next comma, within token <paramref name="limit"/>.
    /// </summary>
    private static bool ListGoesOn(SentenceView view, int comma, int limit)
    {
        for (int k = comma + 1; k < view.End && k <= limit; k++)
        {
            if (view.MentionIndexAt(k) >= 0 || !(view.Token(k).Kind == TokenKind.Word && view.Token(k).Is(TokenShape.AllLower)))
            {
                return false;
            }

            if (view.Is(k, "and"))
            {
                return k > comma + 1 && k + 1 < view.End && view.MentionIndexAt(k + 1) < 0 && view.Token(k + 1).Is(TokenShape.AllLower);
            }
        }

        return false;
    }

    /// <summary>The least confidence of a possessive pronoun's resolution for it to name a title's body.</summary>
    private const float SureOwner = 0.9f;

    /// <summary>
    /// True for a possessive pronoun coreference resolved without a clear winner: "… handled by the Northern Protection
    /// Unit, a Taliban police force. Its commander, …" (the unit, not the Taliban, commands it) names no body.
    /// </summary>
    private static bool UnsureOwner(SentenceView view, int m) => view.IsPossessivePronoun(m) && view.Mention(m).Confidence < SureOwner;

    /// <summary>
    /// The person in apposition right after the comma at <paramref name="comma"/> (<see cref="ObjectFinder.ApposedPerson"/>),
    /// also past a capitalised honorific the name's mention leaves out (claim_cues <c>honorifics</c>: "Badakhshan's deputy
    /// governor, Mawlawi Abdul Rahman Haseeb,"); -1 when none.
    /// </summary>
    private int ApposedPerson(SentenceView view, int comma)
    {
        int apposed = ObjectFinder.ApposedPerson(view, comma);
        if (apposed >= 0 || comma + 1 >= view.End || view.MentionIndexAt(comma + 1) >= 0 || !view.Token(comma + 1).Is(TokenShape.Capitalised)
            || cues.Honorifics.LongestAt(view, comma + 1) is not (> 0 and var honorific))
        {
            return apposed;
        }

        return ObjectFinder.ApposedPerson(view, comma + honorific);
    }

    /// <summary>
    /// "the head of NATO, Hoop Scheffer": the body named right after the title's "of" (past "the") and the person in
    /// apposition after the body and a comma; (-1, -1) when the title is not written so.
    /// </summary>
    private static (int Body, int Person) BodyThenPerson(SentenceView view, int end)
    {
        if (!view.Is(end, "of"))
        {
            return (-1, -1);
        }

        int k = view.Is(end + 1, "the") ? end + 2 : end + 1;
        int body = view.MentionIndexAt(k);
        if (body < 0 || view.MentionFirst(body) != k || view.Mention(body).Entity.Type == EntityType.Person || view.IsPossessive(body))
        {
            return (-1, -1);
        }

        int comma = view.AfterMention(body);
        int person = view.Is(comma, ",") ? ObjectFinder.ApposedPerson(view, comma) : -1;
        return person >= 0 ? (body, person) : (-1, -1);
    }

    /// <summary>
    /// "The SCO, whose secretary-general is the Kazakh diplomat Nurlan Yermekbayev", "the TTP, whose leader, Noor Wali
    /// Mehsud, …", "the Haqqani network, whose leader Sirajuddin Haqqani …": the relative's antecedent (a body, not a
    /// person) and the person named right after the title, or after a comma or a copula after it, past an article and
    /// at most <see cref="MaxCopulaTail"/> words or demonyms; (-1, -1) when not so written.
    /// </summary>
    private (int Body, int Holder) WhoseHolder(SentenceView view, int start, int end)
    {
        if (!view.Is(start - 1, "whose") || !view.Is(start - 2, ",")
            || SubjectFinder.NamedEndingAt(view, start - 3) is not (>= 0 and var body) || view.Mention(body).Entity.Type == EntityType.Person)
        {
            return (-1, -1);
        }

        // "the PTI, whose chief minister, Sohail Afridi": a party's state office is the state's or a province's, not the party's.
        if (view.Mention(body).Entity.Subtype == EntitySubtypes.PoliticalParty && IsStateOffice(view, start, end))
        {
            return (-1, -1);
        }

        if (HolderAfter(view, end) is >= 0 and var named && view.Mention(named).Entity.Type == EntityType.Person)
        {
            return (body, named);
        }

        if (view.Is(end, ",") && ObjectFinder.ApposedPerson(view, end) is >= 0 and var apposed)
        {
            return (body, apposed);
        }

        if (!view.Is(end, "is") && !view.Is(end, "was"))
        {
            return (-1, -1);
        }

        int j = end + 1;
        j += view.Is(j, "the") || view.Is(j, "a") || view.Is(j, "an") ? 1 : 0;
        for (int n = 0; n <= MaxCopulaTail && j < view.End; n++)
        {
            int m = view.MentionIndexAt(j);
            if (m >= 0 && view.MentionFirst(m) == j && view.Mention(m).Entity.Type == EntityType.Person)
            {
                return (body, m);
            }

            bool word = m >= 0 ? view.Mention(m).Kind == MentionKind.Demonym : VerbShapes.IsLowerWord(view, j) && !GrammarWords.Prepositions.StartsAt(view, j);
            if (!word)
            {
                break;
            }

            j = m >= 0 ? view.AfterMention(m) : j + 1;
        }

        return (-1, -1);
    }

    private const int MaxCopulaTail = 3;

    /// <summary>
    /// The person a title names: the mention right after it (or after an editor's closing bracket), or after a
    /// capitalised remainder of the title ("Minister of Industry and Commerce Nooruddin Azizi", "Ambassador to
    /// Afghanistan Wang Yu"); -1 when none.
    /// </summary>
    private static int HolderAfter(SentenceView view, int end)
    {
        for (int j = end; j < view.End && j <= end + MaxTitleTail; j++)
        {
            // "[Chinese leader] Xi Jinping": an editor's bracket closes the title; "(and former NDS chief) Amrullah Saleh": so
            // does an aside's.
            if (j == end && (view.Is(j, "]") || view.Is(j, ")")))
            {
                continue;
            }

            // "then-Vice President (and former NDS chief) Amrullah Saleh": an aside in brackets between title and name.
            if (j == end && view.Is(j, "(") && ObjectFinder.ClosingBracket(view, j, MaxAside) is > 0 and var close && !NamesPerson(view, j, close))
            {
                j = close;
                continue;
            }

            if (view.Is(j, "the") && view.Is(j - 1, "to"))
            {
                // "Afghan Ambassador to the United States Hamdullah Mohib".
                continue;
            }

            int m = view.MentionIndexAt(j);
            if (m >= 0 && (view.Is(j - 1, "to") || view.Is(j - 1, "the") && view.Is(j - 2, "to")) && view.Mention(m).Entity.Type == EntityType.Country)
            {
                // "Chinese Ambassador to Afghanistan Wang Yu": the host country belongs to the title.
                j = view.MentionLast(m);
                continue;
            }

            // "the CIA chief and his deputy": a pronoun or description coreference resolved is not the title's holder.
            if (m >= 0 && view.Mention(m).Kind == MentionKind.Partial && view.Token(j).Is(TokenShape.AllLower))
            {
                return -1;
            }

            if (m >= 0)
            {
                return j == end || view.Mention(m).Entity.Type == EntityType.Person ? m : -1;
            }

            bool tail = view.Token(j).Is(TokenShape.Capitalised) || view.Is(j, "of") || view.Is(j, "and") || view.Is(j, "for") || view.Is(j, "to");
            if (!tail || view.Token(j).Kind != TokenKind.Word)
            {
                return -1;
            }
        }

        return -1;
    }

    private const int MaxAside = 8;

    /// <summary>True when a person is named between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool NamesPerson(SentenceView view, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (view.MentionIndexAt(k) is >= 0 and var m && view.Mention(m).Entity.Type == EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first token of the office-taking words (<c>office_taking</c>: "elected", "the appointment of") that end right
    /// before the person <paramref name="holder"/>, over a title or its modifiers written before the name ("elected former
    /// Prime Minister Abdelmadjid Tebboune as"); -1 when none.
    /// </summary>
    private int OfficeTakingBefore(SentenceView view, int holder)
    {
        int i = view.MentionFirst(holder) - 1;
        for (int n = 0; n < MaxTitleTail && i > view.First && !cues.OfficeTaking.StartsAt(view, i); n++)
        {
            if (view.MentionIndexAt(i) is >= 0 and var body && view.Mention(body).Entity.Type != EntityType.Person)
            {
                // "elected Movement Toward Socialism leader Evo Morales as president": the title's body before it.
                i = view.MentionFirst(body) - 1;
            }
            else if (view.MentionIndexAt(i) < 0 && view.Token(i).Kind == TokenKind.Word && (cues.TitleModifiers.StartsAt(view, i)
                || view.Token(i).Is(TokenShape.Capitalised) || view.TriggersAt(i)?.Exists(t => t.Value.Kind == TriggerKind.Title) == true))
            {
                i--;
            }
            else
            {
                break;
            }
        }

        for (int k = Math.Max(view.First, i - 2); k <= i; k++)
        {
            if (view.MentionIndexAt(k) < 0 && cues.OfficeTaking.LongestAt(view, k) == i - k + 1)
            {
                return k;
            }
        }

        return -1;
    }

    private const int MaxFronted = 12;

    /// <summary>
    /// The name right after the comma that closes a title phrase opening the sentence (after "as" and an article at most:
    /// "A member of the EU since 1995, Finland"); -1 when the title does not open the sentence or no name follows the comma.
    /// </summary>
    private static int Fronted(SentenceView view, int j, int end)
    {
        if (view.Is(j, "as"))
        {
            j--;
        }

        if (j >= view.First)
        {
            return -1;
        }

        for (int c = end; c < view.End && c <= end + MaxFronted; c++)
        {
            if (view.Is(c, ","))
            {
                int at = view.Is(c + 1, "the") && view.MentionIndexAt(c + 1) < 0 ? c + 2 : c + 1;
                int holder = view.MentionIndexAt(at);
                return holder >= 0 && view.MentionFirst(holder) == at && !view.IsPossessive(holder) && view.Mention(holder).Kind != MentionKind.Demonym
                    ? holder : -1;
            }

            // "The Chinese ambassador met the Taliban's foreign minister, Amir Khan Muttaqi,": a verb ends the fronted
            // phrase, so the name after the comma is another title's.
            if (view.IsPunctuation(c) && !view.Is(c, "-") && !view.Is(c, "(") && !view.Is(c, ")") || view.Syntax?.Upos(c) is Upos.Verb or Upos.Aux)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"Robert Hannigan was Director of GCHQ": a copula joins holder and title like an apposition's comma.</summary>
    private static bool IsCopula(SentenceView view, int i) =>
        view.Is(i, "is") || view.Is(i, "was") || view.Is(i, "became") || view.Is(i, "becomes") || view.Is(i, "remains") || view.Is(i, "remained");

    /// <summary>
    /// "the flagship of President Xi Jinping's Belt and Road Initiative": from <paramref name="k"/>, the first token of a
    /// possessive name that capitalised title words (a role title of the lexicon first) stand before; else <paramref name="k"/>.
    /// </summary>
    private static int TitledPossessor(SentenceView view, int k)
    {
        // "the flagship of Chinese President Xi Jinping's Belt and Road Initiative": a demonym may open the title.
        if (view.MentionIndexAt(k) is >= 0 and var demonym && view.Mention(demonym).Kind == MentionKind.Demonym
            && view.MentionLast(demonym) + 1 is var titleAt && TitledPossessor(view, titleAt) is var possessor && possessor != titleAt)
        {
            return possessor;
        }

        if (k >= view.End || view.MentionIndexAt(k) >= 0 || !view.Token(k).Is(TokenShape.Capitalised) || !view.TitleAt(k))
        {
            return k;
        }

        for (int i = k + 1; i < view.End && i - k <= MaxModifiers; i++)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m)
            {
                return view.MentionFirst(m) == i && view.IsPossessive(m) ? i : k;
            }

            if (!view.Token(i).Is(TokenShape.Capitalised))
            {
                return k;
            }
        }

        return k;
    }

    /// <summary>"director of the national Curriculum Development Center": lower-case adjectives before the body's name.</summary>
    private static int SkipAdjectives(SentenceView view, int k)
    {
        for (int n = 0; n < MaxModifiers && k < view.End && view.MentionIndexAt(k) < 0 && view.Token(k).Kind == TokenKind.Word
            && view.Token(k).Is(TokenShape.AllLower) && view.Syntax?.Upos(k) == Upos.Adj; n++)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// From <paramref name="k"/> back, over at most <see cref="MaxModifiers"/> lower-case words the tagger calls
    /// adjectives, only where the sentence is already tagged (asking would tag it: the stage cannot afford that here).
    /// </summary>
    private static int SkipAdjectivesBefore(SentenceView view, int k)
    {
        if (view.Syntax is not { } syntax || !syntax.IsTagged(view.Index))
        {
            return k;
        }

        for (int n = 0; n < MaxModifiers && k >= view.First && view.MentionIndexAt(k) < 0 && view.Token(k).Kind == TokenKind.Word
            && view.Token(k).Is(TokenShape.AllLower) && syntax.Upos(k) == Upos.Adj; n++)
        {
            k--;
        }

        return k;
    }

    /// <summary>"Amnesty chief spokesman Mike Blakemore": a lower-case title word before another title qualifies it.</summary>
    private static bool IsTitleWord(SentenceView view, int i) =>
        view.Token(i).Is(TokenShape.AllLower) && view.TriggersAt(i)?.Exists(t => t.Value.Kind == TriggerKind.Title && t.Value.Words.Length == 1) == true;

    private int SkipModifiers(SentenceView view, int i)
    {
        // "Kenyan Transport Minister James Macharia": a capitalised portfolio word no mention covers belongs to the title;
        // "a provincial health official": so does a lower-case one (claim_cues portfolios).
        for (int n = 0; n < MaxModifiers && i >= view.First && view.MentionIndexAt(i) < 0
            && (cues.TitleModifiers.StartsAt(view, i) || i > view.First && view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.Capitalised)
                && view.MentionIndexAt(i - 1) >= 0 || IsTitleWord(view, i) || view.Token(i).Is(TokenShape.AllLower) && cues.Portfolios.LongestAt(view, i) == 1); n++)
        {
            i--;
        }

        return Appointer(view, i) is >= 0 and var appointer ? SkipModifiers(view, view.MentionFirst(appointer) - 1) : i;
    }

    /// <summary>
    /// "Balkh's Taliban-appointed governor": the name glued by a hyphen before a participle of appointing (claim_cues
    /// <c>appointing</c>) that ends at <paramref name="i"/>; it named the holder and is not the office's body when a body
    /// stands before it. -1 when none.
    /// </summary>
    private int Appointer(SentenceView view, int i)
    {
        if (i - 2 < view.First || cues.Appointing.LongestAt(view, i) != 1 || !view.Is(i - 1, "-")
            || view.Token(i - 2).End != view.Token(i - 1).Start || view.Token(i - 1).End != view.Token(i).Start)
        {
            return -1;
        }

        return view.MentionIndexAt(i - 2) is >= 0 and var m && view.MentionLast(m) == i - 2 ? m : -1;
    }
}
