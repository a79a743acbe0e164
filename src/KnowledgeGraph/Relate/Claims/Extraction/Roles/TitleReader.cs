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
/// serving and "as": "Karzai served as president of Afghanistan". After a relative pronoun and a copula (claim_cues
/// <c>relative_copulas</c>), of the name before the pronoun's comma or before the apposition the clause ends: "CPEC, a web
/// of roads, power plants and ports that is the flagship of President Xi Jinping's Belt and Road Initiative". The title
/// text is the qualifier.
/// </summary>
internal sealed class TitleReader
{
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

        int holder = TitleHolder.HolderAfter(view, end);
        // "the flagship of President Xi Jinping's Belt and Road Initiative": a possessive after "of" and a title of its own
        // holds that title, not this one.
        if (holder >= 0 && view.Is(end, "of") && view.IsPossessive(holder) && TitleHolder.TitledPossessor(view, end + 1) == view.MentionFirst(holder))
        {
            holder = -1;
        }

        if (holder >= 0)
        {
            int org = SubjectFinder.EndingAt(view, TitleModifierWords.SkipModifiers(view, cues, start - 1));
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
            && (view.Mention(posting).Entity.Type is EntityType.Country or EntityType.Place || TitlePosting.IsBodyOfStates(view.Mention(posting).Entity))
            ? view.AfterMention(posting) : TitlePosting.PortfolioEnd(view, end);
        // "a Taliban-appointed ambassador, Bilal Karimi,": with no body before it, the office is the appointer's.
        if (view.Is(comma, ",") && ApposedPerson(view, comma) is >= 0 and var apposed
            && (SubjectFinder.EndingAt(view, TitleModifierWords.SkipModifiers(view, cues, start - 1)) is >= 0 and var ownerBefore
                ? TitlePosting.StateBeforeBody(view, ownerBefore) : TitleModifierWords.Appointer(view, cues, start - 1)) is >= 0 and var body
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
            if (SubjectFinder.EndingAt(view, TitleModifierWords.SkipModifiers(view, cues, start - 1)) is >= 0 and var owner && owner != listed && view.IsPossessive(owner)
                && view.Mention(owner).Entity.Type != EntityType.Person)
            {
                output.Add(new ClaimCandidate(listed, owner, 0.9f, start, start, qualifier));
            }

            return;
        }

        // "the head of NATO, Hoop Scheffer,": the body after "of" and a person in apposition after it.
        if (TitlePosting.BodyThenPerson(view, end) is (>= 0 and var ofBody, var named))
        {
            output.Add(new ClaimCandidate(named, ofBody, 0.9f, start, start, qualifier));
            return;
        }

        int j = TitleModifierWords.SkipModifiers(view, cues, start - 1);
        int orgBefore = SubjectFinder.EndingAt(view, j);
        if (orgBefore >= 0)
        {
            j = TitleModifierWords.SkipModifiers(view, cues, view.MentionFirst(orgBefore) - 1);
        }
        else
        {
            // "Andy Hiller, a political reporter for WHDH-TV": adjectives the tagger read stand between article and title.
            j = TitleModifierWords.SkipModifiers(view, cues, TitleModifierWords.SkipAdjectivesBefore(view, j));
        }

        if (GrammarWords.Articles.StartsAt(view, j))
        {
            j--;
        }

        // "A member of the EU since 1995, Finland was …", "As a member of the SCO, Pakistan …": a title opening the sentence
        // is said of the name right after the comma that closes it.
        int fronted = TitleHolder.Fronted(view, j, end);

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

        // "Sirajuddin Haqqani, who is the leader of …", "CPEC, a web of roads … that is the flagship of …": a copula after a
        // relative pronoun joins the pronoun's antecedent to the title (claim_cues relative_copulas).
        int related = fronted < 0 && !office && cues.RelativeCopulas.LongestAt(view, j) == 1 ? TitleHolder.Relative(view, j - 1) : -1;
        if (fronted < 0 && !view.Is(j, ",") && !IsCopula(view, j) && !office && related < 0)
        {
            return;
        }

        // "Hamid Karzai served as president of Afghanistan": a verb of serving before "as" is a copula.
        int serving = office && cues.Serving.LongestAt(view, j - 1) == 1 ? j - 1 : office && cues.Serving.LongestAt(view, j - 2) == 2 ? j - 2 : -1;
        // "his third term as Communist Party leader": a person's time in office is said like a verb of serving.
        int tenured = office && serving < 0 && !elected ? OfficeTerms.TenureHolder(view, cues, j - 1) : -1;
        // "the China-Pakistan Economic Corridor (CPEC), the flagship of …": a name's own acronym in brackets ends the name.
        int subject = fronted >= 0 ? fronted : related >= 0 ? related : tenured >= 0 ? tenured : SubjectFinder.NamedEndingAt(view, (serving >= 0 ? serving : elected ? j - 1 : j) - 1);
        if (subject < 0 || (view.IsPossessive(subject) && tenured < 0))
        {
            return;
        }

        office &= serving < 0 && tenured < 0;
        int taking = elected ? j : office ? OfficeTerms.OfficeTakingBefore(view, cues, subject) : -1;
        if (office && taking < 0)
        {
            return;
        }

        int orgAfter = -1;
        if (GrammarWords.TitlePreps.StartsAt(view, end))
        {
            int k = view.Is(end + 1, "the") ? end + 2 : end + 1;
            k = TitleModifierWords.SkipAdjectives(view, k);
            int titled = TitleHolder.TitledPossessor(view, k);
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
            organisation = mainState is null ? -1 : StateMentionFinder.OnlyStateMention(view, mainState);
        }

        if (organisation >= 0 && organisation != subject)
        {
            output.Add(new ClaimCandidate(subject, organisation, 0.95f, start, start, qualifier));
        }
    }

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

        if (TitleHolder.HolderAfter(view, end) is >= 0 and var named && view.Mention(named).Entity.Type == EntityType.Person)
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

    /// <summary>"Robert Hannigan was Director of GCHQ": a copula joins holder and title like an apposition's comma.</summary>
    private static bool IsCopula(SentenceView view, int i) =>
        view.Is(i, "is") || view.Is(i, "was") || view.Is(i, "became") || view.Is(i, "becomes") || view.Is(i, "remains") || view.Is(i, "remained");
}
