using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Parties;
using KnowledgeGraph.Relate.Claims.Extraction.Places;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Extraction.Triggers;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Constructions;

/// <summary>
/// The readers of the constructions that state a claim beyond the token rules' triggers (a possessive, an apposition, a
/// fronted place, a partner, a lender, …), run over the sentence of a <see cref="SentenceView"/> in one fixed order: a
/// claim two of them find keeps the trigger of the first. A reader with cue words runs only in a sentence that holds one
/// of them (<see cref="SentenceView.MayHold"/>).
/// </summary>
internal sealed class ConstructionReaders
{
    private readonly PredicateLexicon lexicon;
    private readonly SentenceView view;
    private readonly PlaceAndRoleReaders placesAndRoles;
    private readonly PartnerReader partners;
    private readonly FrontedRecipientReader frontedRecipients;
    private readonly OfAgentReader ofAgents;
    private readonly GoodsReader goods;
    private readonly ReceivedReader received;
    private readonly ProvisionReader provisions;
    private readonly BoughtGoodsReader bought;
    private readonly SumForProjectReader sumsForProjects;
    private readonly FundedWorksStateReader fundedWorks;
    private readonly CredentialsReader credentials;
    private readonly DebtReliefReader reliefs;
    private readonly ConveningReader convenings;
    private readonly FiringReader firings;
    private readonly StruckSiteReader struckSites;
    private readonly ListingReader listings;
    private readonly BlameReader blames;
    private readonly VoicedFailingReader failings;
    private readonly AnsweredDemandReader answeredDemands;
    private readonly InclusionReader inclusions;
    private readonly AccusedActReader accusedActs;
    private readonly RelativeChargeReader relativeCharges;
    private readonly SharedRelationReader shared;
    private readonly AgentFirstReader agentFirst;
    private readonly TerritoryReader territories;
    private readonly ChosenDestinationReader destinations;
    private readonly TripReader trips;
    private readonly RaisedTopicReader raisedTopics;
    private readonly PhoneCallReader phoneCalls;
    private readonly ThreatenedActReader threats;
    private readonly HopedActReader hopes;
    private readonly SoughtFromReader sought;
    private readonly RevilingQuoteReader revilings;
    private readonly JointWorkReader jointWork;
    private readonly JointHoldingReader jointHoldings;
    /// <summary>The cue word families of the readers that need one of their words in a sentence (<see cref="SentenceView.MayHold"/>).</summary>
    private readonly ulong partnerCues;
    private readonly ulong receivedCues;
    private readonly ulong provisionCues;
    private readonly ulong accusedActCues;
    private readonly ulong credentialsCues;
    private readonly ulong conveningCues;
    private readonly ulong sharedCues;
    private readonly ulong inclusionCues;
    private readonly ulong reliefCues;
    private readonly ulong financedWithCues;
    private readonly ulong coBuilderCues;
    private readonly ulong conferredSiteCues;
    private readonly ulong contractHolderCues;
    private readonly ulong fundedWorksCues;
    private readonly ulong jointWorkCues;
    private readonly ulong jointHoldingCues;
    private readonly ulong ventureOwnerCues;
    private readonly ulong jointPairCues;
    private readonly ulong alliedPairCues;
    private readonly ulong improvedCues;
    private readonly ulong projectStaffCues;
    private readonly ulong territoryCues;
    private readonly ulong lenderCues;
    private readonly ulong referredDebtCues;
    private readonly ulong firingCues;
    private readonly ulong struckSiteCues;
    private readonly ulong listingCues;
    private readonly ulong blameCues;
    private readonly ulong failingCues;
    private readonly ulong answeredDemandCues;
    private readonly ulong goodsCues;
    private readonly ulong boughtCues;
    private readonly ulong destinationCues;
    private readonly ulong raisedTopicCues;
    private readonly ulong phoneCallCues;
    private readonly ulong threatCues;
    private readonly ulong hopeCues;
    private readonly ulong soughtCues;
    private readonly ulong revilingCues;

    /// <summary>
    /// Adds the readers' cue word families to <paramref name="cueWords"/>, which the caller seals; <paramref name="entities"/>
    /// (optional) finds a curated entity by id, for the place that lies in another.
    /// </summary>
    public ConstructionReaders(PredicateLexicon lexicon, SentenceView view, SubjectFinder subjects, ObjectFinder objects, CueWordTable cueWords, Func<string, Entity?>? entities)
    {
        this.lexicon = lexicon;
        this.view = view;
        partners = new PartnerReader(lexicon, subjects, objects);
        placesAndRoles = new PlaceAndRoleReaders(lexicon, view, subjects, objects, cueWords, entities);
        frontedRecipients = new FrontedRecipientReader(lexicon, subjects);
        ofAgents = new OfAgentReader(lexicon, objects);
        goods = new GoodsReader(lexicon, objects);
        received = new ReceivedReader(lexicon, subjects);
        provisions = new ProvisionReader(lexicon, subjects);
        bought = new BoughtGoodsReader(lexicon, subjects);
        sumsForProjects = new SumForProjectReader(lexicon, subjects);
        fundedWorks = new FundedWorksStateReader(lexicon, subjects);
        credentials = new CredentialsReader(lexicon, subjects);
        reliefs = new DebtReliefReader(lexicon, subjects, objects);
        convenings = new ConveningReader(lexicon, subjects, objects);
        firings = new FiringReader(lexicon, subjects);
        struckSites = new StruckSiteReader(lexicon, subjects, entities);
        listings = new ListingReader(lexicon, subjects);
        blames = new BlameReader(lexicon, subjects);
        failings = new VoicedFailingReader(lexicon, subjects);
        answeredDemands = new AnsweredDemandReader(lexicon, subjects);
        inclusions = new InclusionReader(lexicon, subjects);
        accusedActs = new AccusedActReader(lexicon.Cues, objects);
        relativeCharges = new RelativeChargeReader(lexicon.Cues, objects);
        shared = new SharedRelationReader(lexicon, subjects);
        agentFirst = new AgentFirstReader(objects);
        territories = new TerritoryReader(lexicon, subjects);
        destinations = new ChosenDestinationReader(lexicon);
        trips = new TripReader(lexicon, subjects);
        raisedTopics = new RaisedTopicReader(lexicon, subjects, objects);
        phoneCalls = new PhoneCallReader(lexicon, subjects, objects);
        threats = new ThreatenedActReader(lexicon, subjects, objects);
        hopes = new HopedActReader(lexicon, subjects);
        sought = new SoughtFromReader(lexicon, subjects);
        revilings = new RevilingQuoteReader(lexicon, subjects);
        jointWork = new JointWorkReader(lexicon, subjects);
        jointHoldings = new JointHoldingReader(lexicon, subjects);
        partnerCues = cueWords.Add(partners.CueWords);
        receivedCues = cueWords.Add(received.CueWords);
        provisionCues = cueWords.Add(provisions.CueWords);
        accusedActCues = cueWords.Add(accusedActs.CueWords);
        credentialsCues = cueWords.Add(credentials.CueWords);
        conveningCues = cueWords.Add(convenings.CueWords);
        sharedCues = cueWords.Add(shared.CueWords);
        inclusionCues = cueWords.Add(inclusions.CueWords);
        reliefCues = cueWords.Add(reliefs.CueWords);
        financedWithCues = cueWords.Add(FinancedWithReader.CueWords(lexicon));
        coBuilderCues = cueWords.Add(CoBuilderReader.CueWords(lexicon));
        conferredSiteCues = cueWords.Add(ConferredSiteReader.CueWords(lexicon));
        contractHolderCues = cueWords.Add(ContractHolderReader.CueWords(lexicon));
        fundedWorksCues = cueWords.Add(fundedWorks.CueWords);
        jointWorkCues = cueWords.Add(jointWork.CueWords);
        jointHoldingCues = cueWords.Add(jointHoldings.CueWords);
        ventureOwnerCues = cueWords.Add(VentureOwnerReader.CueWords(lexicon));
        jointPairCues = cueWords.Add(JointPairReader.CueWords(lexicon));
        alliedPairCues = cueWords.Add(AlliedPairReader.CueWords(lexicon));
        improvedCues = cueWords.Add(ImprovedRelationReader.CueWords(lexicon));
        projectStaffCues = cueWords.Add(ProjectStaffReader.CueWords(lexicon));
        territoryCues = cueWords.Add(territories.CueWords);
        lenderCues = cueWords.Add(LenderReader.CueWords(lexicon));
        referredDebtCues = cueWords.Add(ReferredDebtReader.CueWords(lexicon));
        firingCues = cueWords.Add(firings.CueWords);
        struckSiteCues = cueWords.Add(struckSites.CueWords);
        listingCues = cueWords.Add(listings.CueWords);
        blameCues = cueWords.Add(blames.CueWords);
        failingCues = cueWords.Add(failings.CueWords);
        answeredDemandCues = cueWords.Add(answeredDemands.CueWords);
        goodsCues = cueWords.Add(goods.CueWords);
        boughtCues = cueWords.Add(bought.CueWords);
        destinationCues = cueWords.Add(destinations.CueWords);
        raisedTopicCues = cueWords.Add(raisedTopics.CueWords);
        phoneCallCues = cueWords.Add(phoneCalls.CueWords);
        threatCues = cueWords.Add(threats.CueWords);
        hopeCues = cueWords.Add(hopes.CueWords);
        soughtCues = cueWords.Add(sought.CueWords);
        revilingCues = cueWords.Add(revilings.CueWords);
    }

    /// <summary>
    /// Appends what the readers find in the loaded sentence to <paramref name="possessed"/>; <paramref name="handled"/> marks
    /// per token of the sentence a trigger the token rules read a claim from, <paramref name="stated"/> holds the claims
    /// they read.
    /// </summary>
    public void Read(ReadOnlySpan<bool> handled, ReadOnlySpan<Claim> stated, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> possessed)
    {
        PossessedProjectReader.Read(view, lexicon, possessed, stated);
        placesAndRoles.Read(possessed);
        if (view.MayHold(lenderCues))
        {
            LenderReader.Read(view, lexicon, possessed);
        }

        if (view.MayHold(referredDebtCues))
        {
            ReferredDebtReader.Read(view, lexicon, possessed);
        }

        NationalityReader.Read(view, lexicon, possessed);
        ProgrammeRoleReader.Read(view, lexicon, possessed);
        AcademicPostReader.Read(view, lexicon, possessed);
        CounterpartListReader.Read(view, lexicon, possessed);
        if (view.MayHold(partnerCues))
        {
            partners.Read(view, possessed);
        }

        frontedRecipients.Read(view, handled, possessed);
        ofAgents.Read(view, possessed);
        if (view.MayHold(goodsCues))
        {
            goods.Read(view, possessed);
        }

        if (view.MayHold(boughtCues))
        {
            bought.Read(view, possessed);
        }

        if (view.MayHold(receivedCues))
        {
            received.Read(view, possessed);
        }

        if (view.MayHold(provisionCues))
        {
            provisions.Read(view, possessed);
        }

        sumsForProjects.Read(view, possessed);
        if (view.MayHold(fundedWorksCues))
        {
            fundedWorks.Read(view, possessed);
        }

        if (view.MayHold(credentialsCues))
        {
            credentials.Read(view, possessed);
        }

        if (view.MayHold(reliefCues))
        {
            reliefs.Read(view, possessed);
        }

        if (view.MayHold(financedWithCues))
        {
            FinancedWithReader.Read(view, lexicon, possessed);
        }

        if (view.MayHold(coBuilderCues))
        {
            CoBuilderReader.Read(view, lexicon, possessed);
        }

        if (view.MayHold(conferredSiteCues))
        {
            ConferredSiteReader.Read(view, lexicon, possessed);
        }

        if (view.MayHold(contractHolderCues))
        {
            ContractHolderReader.Read(view, lexicon, possessed);
        }

        if (view.MayHold(jointWorkCues))
        {
            jointWork.Read(view, possessed);
        }

        if (view.MayHold(jointHoldingCues))
        {
            jointHoldings.Read(view, possessed);
        }

        if (view.MayHold(ventureOwnerCues))
        {
            VentureOwnerReader.Read(view, lexicon, possessed);
        }

        // "the two sides said they would jointly combat the BLA": two parties that act as one cooperate.
        if (view.MayHold(jointPairCues))
        {
            JointPairReader.Read(view, lexicon, possessed);
        }

        // "The two allies already build the JF-17 together": two parties called allies are allied.
        if (view.MayHold(alliedPairCues))
        {
            AlliedPairReader.Read(view, lexicon, possessed);
        }

        if (view.MayHold(improvedCues))
        {
            ImprovedRelationReader.Read(view, lexicon, possessed);
        }

        if (view.MayHold(projectStaffCues))
        {
            ProjectStaffReader.Read(view, lexicon, possessed);
        }

        if (view.MayHold(raisedTopicCues))
        {
            raisedTopics.Read(view, possessed);
        }

        if (view.MayHold(phoneCallCues))
        {
            phoneCalls.Read(view, possessed);
        }

        if (view.MayHold(conveningCues))
        {
            convenings.Read(view, possessed);
        }

        if (view.MayHold(firingCues))
        {
            firings.Read(view, possessed);
        }

        if (view.MayHold(struckSiteCues))
        {
            struckSites.Read(view, possessed);
        }

        if (view.MayHold(listingCues))
        {
            listings.Read(view, possessed);
        }

        if (view.MayHold(blameCues))
        {
            blames.Read(view, possessed);
        }

        if (view.MayHold(failingCues))
        {
            failings.Read(view, possessed);
        }

        if (view.MayHold(answeredDemandCues))
        {
            answeredDemands.Read(view, possessed);
        }

        if (view.MayHold(inclusionCues))
        {
            inclusions.Read(view, possessed);
        }

        // Both read from a verb of accusing: the accused-act reader's cue words gate the relative charges too.
        if (view.MayHold(accusedActCues))
        {
            accusedActs.Read(view, possessed);
            relativeCharges.Read(view, possessed);
        }

        if (view.MayHold(sharedCues))
        {
            shared.Read(view, possessed);
        }

        agentFirst.Read(view, possessed);
        if (view.MayHold(destinationCues))
        {
            destinations.Read(view, possessed);
        }

        trips.Read(view, possessed);
        BackingReader.Read(view, lexicon, possessed);
        if (view.MayHold(territoryCues))
        {
            territories.Read(view, possessed);
        }

        if (view.MayHold(hopeCues))
        {
            hopes.Read(view, possessed);
        }

        if (view.MayHold(soughtCues))
        {
            sought.Read(view, possessed);
        }

        if (view.MayHold(revilingCues))
        {
            revilings.Read(view, possessed);
        }

        // Last: a threatened act takes the targets the readers above found for it.
        if (view.MayHold(threatCues))
        {
            threats.Read(view, stated, possessed);
        }
    }
}
