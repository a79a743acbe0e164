using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Parties;
using KnowledgeGraph.Relate.Claims.Extraction.Places;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Extraction.Triggers;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Constructions;

/// <summary>
/// The readers of <see cref="ConstructionReaders"/> that run first, in one fixed order: where a group, a body or a place
/// is (a place in another, a seat, a home, a border, a place facing or beyond another), what a body or a unit is (labels,
/// "anti-", an apposed unit or branch), and who holds a post, a seat or power.
/// </summary>
internal sealed class PlaceAndRoleReaders
{
    private readonly PredicateLexicon lexicon;
    private readonly SentenceView view;
    private readonly LabelReader labels;
    private readonly AntiReader anti;
    private readonly DistantBetweenReader distantBetween;
    private readonly PowerTakingReader powerTakers;
    private readonly BorderReader borders;
    private readonly ChairmanshipReader chairmanships;
    private readonly DescribedBodyReader describedBodies;
    private readonly PlaceInPlaceReader? placesInPlaces;
    private readonly BorderSidePlaceReader? borderSides;
    private readonly ulong homeCues;
    private readonly ulong presenceCues;
    private readonly ulong chairCues;
    private readonly ulong allianceCues;
    private readonly ulong facingCues;
    private readonly ulong separatingCues;
    private readonly ulong farSideCues;
    private readonly ulong borderSideCues;

    /// <summary>
    /// Adds the readers' cue word families to <paramref name="cueWords"/>, which the caller seals; <paramref name="entities"/>
    /// (optional) finds a curated entity by id, for the place that lies in another.
    /// </summary>
    public PlaceAndRoleReaders(PredicateLexicon lexicon, SentenceView view, SubjectFinder subjects, ObjectFinder objects, CueWordTable cueWords, Func<string, Entity?>? entities)
    {
        this.lexicon = lexicon;
        this.view = view;
        labels = new LabelReader(lexicon, subjects, objects);
        anti = new AntiReader(lexicon, subjects);
        distantBetween = new DistantBetweenReader(lexicon, objects);
        powerTakers = new PowerTakingReader(lexicon, subjects);
        borders = new BorderReader(lexicon);
        chairmanships = new ChairmanshipReader(lexicon);
        describedBodies = new DescribedBodyReader(lexicon);
        placesInPlaces = entities is null ? null : new PlaceInPlaceReader(lexicon, entities);
        borderSides = entities is null ? null : new BorderSidePlaceReader(lexicon, entities);
        homeCues = cueWords.Add(HomeToReader.CueWords(lexicon));
        presenceCues = cueWords.Add(PresenceReader.CueWords(lexicon));
        chairCues = cueWords.Add(chairmanships.CueWords);
        allianceCues = cueWords.Add(AllianceMemberReader.CueWords(lexicon));
        facingCues = cueWords.Add(FacingPlaceReader.CueWords(lexicon));
        separatingCues = cueWords.Add(SeparatingPlaceReader.CueWords(lexicon));
        farSideCues = cueWords.Add(FarSidePlaceReader.CueWords(lexicon));
        borderSideCues = borderSides is null ? 0 : cueWords.Add(borderSides.CueWords);
    }

    /// <summary>Appends what the readers find in the loaded sentence to <paramref name="possessed"/>.</summary>
    public void Read(List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> possessed)
    {
        LocatedGroupReader.Read(view, lexicon, possessed);
        FrontedPlaceUnitReader.Read(view, lexicon, possessed);
        placesInPlaces?.Read(view, possessed);
        describedBodies.Read(view, possessed);
        if (view.MayHold(presenceCues))
        {
            PresenceReader.Read(view, lexicon, possessed);
        }

        SeatWhereReader.Read(view, lexicon, possessed);
        ClaimedAttackReader.Read(view, lexicon, possessed);
        StateBodyReader.Read(view, lexicon, possessed);
        ApposedUnitReader.Read(view, lexicon, possessed);
        ApposedBranchReader.Read(view, lexicon, possessed);
        RespectiveTitlesReader.Read(view, lexicon, possessed);
        labels.Read(view, possessed);
        anti.Read(view, possessed);
        distantBetween.Read(view, possessed);
        borders.Read(view, possessed);
        if (view.MayHold(facingCues))
        {
            FacingPlaceReader.Read(view, lexicon, possessed);
        }

        if (view.MayHold(separatingCues))
        {
            SeparatingPlaceReader.Read(view, lexicon, possessed);
        }

        if (view.MayHold(farSideCues))
        {
            FarSidePlaceReader.Read(view, lexicon, possessed);
        }

        if (borderSides is not null && view.MayHold(borderSideCues))
        {
            borderSides.Read(view, possessed);
        }

        RuledUnderReader.Read(view, lexicon, possessed);
        FrontedPlaceReader.Read(view, lexicon, possessed);
        if (view.MayHold(homeCues))
        {
            HomeToReader.Read(view, lexicon, possessed);
        }

        OwnedFacilityReader.Read(view, lexicon, possessed);
        StakeHolderReader.Read(view, lexicon, possessed);
        ApposedSiteOwnerReader.Read(view, lexicon, possessed);
        RegionMemberReader.Read(view, lexicon, possessed);
        MembershipReader.Read(view, lexicon, possessed);
        if (view.MayHold(chairCues))
        {
            chairmanships.Read(view, possessed);
        }

        if (view.MayHold(allianceCues))
        {
            AllianceMemberReader.Read(view, lexicon, possessed);
        }

        ElectionWinReader.Read(view, lexicon, possessed);
        powerTakers.Read(view, possessed);
        PersonOfBodyReader.Read(view, lexicon, possessed);
        PossessedPersonReader.Read(view, lexicon, possessed);
    }
}
