using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Building;
using KnowledgeGraph.Relate.Claims.Extraction.Parties;
using KnowledgeGraph.Relate.Claims.Extraction.Places;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Extraction.Triggers;
using KnowledgeGraph.Relate.Claims.Learned;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.FollowUps;

/// <summary>
/// The readers that run once the sentence of a <see cref="SentenceView"/> has its other claims, most of them reading
/// those claims (the purpose of a visit, the place of a meeting, the broker of talks, a rebutted charge), in one fixed
/// order: each adds its claims before the next reads, and the learned model comes last.
/// </summary>
internal sealed class FollowUpReaders
{
    private readonly PredicateLexicon lexicon;
    private readonly SentenceView view;
    private readonly ClaimBuilder builder;
    private readonly PurposeReader purposes;
    private readonly MeetingPlaceReader? meetingPlaces;
    private readonly SideBySideReader sideBySide;
    private readonly LearnedClaimReader? learned;
    private readonly SubjectFinder subjects;
    private readonly ArticleMemory memory;
    private readonly Func<string, Entity?>? entities;
    private readonly List<Argument> arguments = [];
    private readonly List<(ClaimCandidate Candidate, Trigger Trigger, int Start, int End)> judged = [];
    /// <summary>The cue word family of the earlier-act reader.</summary>
    private readonly ulong earlierActCues;
    /// <summary>The cue word family of the rebuttal reader (<see cref="SentenceView.MayHold"/>).</summary>
    private readonly ulong rebuttalCues;
    private readonly OpposedGiftReader opposedGifts;
    /// <summary>The cue word family of the opposed-gift reader.</summary>
    private readonly ulong opposedGiftCues;
    /// <summary>The cue word family of the side-by-side reader.</summary>
    private readonly ulong sideBySideCues;
    /// <summary>The cue word family of the compared-member reader.</summary>
    private readonly ulong comparedMemberCues;
    private readonly List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> found = [];
    private readonly List<(ClaimCandidate Candidate, Trigger Trigger, int Start, Entity Object)> redone = [];

    /// <summary>
    /// Adds the rebuttal, side-by-side, opposed-gift and earlier-act readers' cue words to <paramref name="cueWords"/>, which the caller seals. <paramref name="entities"/>
    /// (optional) finds a curated entity by id, for meeting places; <paramref name="relations"/> (optional) is the learned model.
    /// <paramref name="memory"/> remembers the article's attacker and accuser for a later "condemned the attack" or "rejected the accusation".
    /// </summary>
    public FollowUpReaders(PredicateLexicon lexicon, SentenceView view, SubjectFinder subjects, ObjectFinder objects, CueWordTable cueWords, ClaimBuilder builder,
        ArticleMemory memory, Func<string, Entity?>? entities, RelationModel? relations)
    {
        this.subjects = subjects;
        this.memory = memory;
        this.entities = entities;
        earlierActCues = cueWords.Add(EarlierActReader.CueWords(lexicon));
        this.lexicon = lexicon;
        this.view = view;
        this.builder = builder;
        learned = relations is null ? null : new LearnedClaimReader(relations, lexicon);
        purposes = new PurposeReader(lexicon, objects);
        meetingPlaces = entities is null ? null : new MeetingPlaceReader(lexicon, entities);
        rebuttalCues = cueWords.Add(RebuttedChargeReader.CueWords(lexicon));
        sideBySide = new SideBySideReader(lexicon, subjects, objects);
        sideBySideCues = cueWords.Add(sideBySide.CueWords);
        comparedMemberCues = cueWords.Add(ComparedMemberReader.CueWords(lexicon));
        opposedGifts = new OpposedGiftReader(lexicon, subjects);
        opposedGiftCues = cueWords.Add(opposedGifts.CueWords);
    }

    /// <summary>Adds the claims the readers find in the loaded sentence, whose claims so far are <paramref name="output"/> from <paramref name="first"/> on.</summary>
    public void Read(List<Claim> output, int first)
    {
        // The purpose of a visit found above ("travelled to Beijing for talks with Wang Yi").
        found.Clear();
        purposes.Read(view, output, first, found);
        AddFound(output);

        // A person met in a foreign place visits it: read from the meetings found above.
        if (meetingPlaces is not null)
        {
            found.Clear();
            meetingPlaces.Read(view, output, first, found);
            AddFound(output);
        }

        // "opened the facility alongside Nooruddin Azizi": a person beside another at what the clause says meets them.
        if (view.MayHold(sideBySideCues))
        {
            found.Clear();
            sideBySide.Read(view, found);
            AddFound(output);
        }

        // "Washington opposes giving the seat to the Taliban": opposing a gift or an invitation opposes those it goes to.
        if (view.MayHold(opposedGiftCues))
        {
            found.Clear();
            opposedGifts.Read(view, found);
            AddFound(output);
        }

        // "Unlike Kazakhstan, Uzbekistan is not a member of the EAEU": parties compared with a member found above share or lack its membership.
        if (view.MayHold(comparedMemberCues))
        {
            found.Clear();
            ComparedMemberReader.Read(view, lexicon, output, first, found);
            AddFound(output);
        }

        // Whoever brokered the agreements or talks found above negotiates with their parties.
        found.Clear();
        BrokerReader.Read(view, lexicon, output, first, found);
        AddFound(output);

        // "…, according to two officials familiar with the talks": the parties of the demands found above negotiate.
        found.Clear();
        TalksSourceReader.Read(view, lexicon, output, first, found);
        AddFound(output);

        // Parties of the agreements found above that agreed to act together cooperate.
        found.Clear();
        AgreedActReader.Read(view, lexicon, output, first, found);
        AddFound(output);

        // "China, which borders Afghanistan through the narrow Wakhan Corridor": where a border found above runs.
        if (entities is not null)
        {
            found.Clear();
            BorderStretchReader.Read(view, lexicon, entities, output, first, found);
            AddFound(output);
        }

        // "…, a charge Kabul denies": a rebuttal of the charge the sentence makes states it back to the accuser.
        if (view.MayHold(rebuttalCues))
        {
            found.Clear();
            RebuttedChargeReader.Read(view, lexicon, output, first, found);
            AddFound(output);
        }

        // "…, a campaign the Taliban have condemned": the judge of an act in apposition to the clause judges its doer.
        found.Clear();
        AppraisedActReader.Read(view, lexicon, output, first, found);
        AddFound(output);

        ReadEarlierActs(output);

        // "…, although Russia did so in July": a pro-verb's subject does the act stated before it.
        redone.Clear();
        ProVerbReader.Read(view, lexicon, subjects, arguments, output, first, memory.LastAct, redone);
        foreach (var (candidate, trigger, at, obj) in redone)
        {
            builder.Add(builder.Build(candidate, trigger, at, at + 1, objectAs: obj), output);
        }

        // Last, the learned model reads the pairs no rule related.
        if (learned is not null)
        {
            found.Clear();
            learned.Read(view, output, first, found);
            AddFound(output);
        }
    }

    /// <summary>
    /// "Sharif condemned the attack", "Kabul rejected the accusation": whoever condemns an attack or rejects an accusation
    /// the article reported criticises its attacker or its accuser (<see cref="EarlierActReader"/>). Read in sentences
    /// that name one party too, the other being the article's.
    /// </summary>
    public void ReadEarlierActs(List<Claim> output)
    {
        ReadClaimedEarlierHarm(output);
        if (!view.MayHold(earlierActCues))
        {
            return;
        }

        if (memory.Attacker is { } attacker)
        {
            judged.Clear();
            EarlierActReader.ReadCondemned(view, lexicon, subjects, arguments, judged);
            AddJudged(attacker, output);
        }

        if (memory.Accuser is { } accuser)
        {
            judged.Clear();
            EarlierActReader.ReadRejected(view, lexicon, subjects, arguments, judged);
            AddJudged(accuser, output);
        }
    }

    /// <summary>
    /// "… killing three Chinese workers and an Afghan guard. The Islamic State Khorasan Province (ISKP) … claimed
    /// responsibility": the group that claims responsibility attacks the states whose nationals the sentence before says
    /// the attack harmed (<see cref="ArticleMemory.HarmedBefore"/>).
    /// </summary>
    public void ReadClaimedEarlierHarm(List<Claim> output)
    {
        if (memory.Claimant < 0 || memory.HarmedBefore.Count == 0 || lexicon.Find("ATTACKS") is not { } attacks)
        {
            return;
        }

        int claimed = memory.ClaimWord;
        var trigger = Trigger.OfWord(view, claimed, TriggerKind.Verb, attacks);
        foreach (Entity state in memory.HarmedBefore)
        {
            var candidate = new ClaimCandidate(memory.Claimant, memory.Claimant, 0.7f, claimed, claimed + 1, null);
            builder.Add(builder.Build(candidate, trigger, claimed, claimed + 2, objectAs: state), output);
        }
    }

    /// <summary>Adds the claims of the judged acts found, each with <paramref name="doer"/> as its object.</summary>
    private void AddJudged(Entity doer, List<Claim> output)
    {
        foreach (var (candidate, trigger, start, end) in judged)
        {
            builder.Add(builder.Build(candidate, trigger, start, end, objectAs: doer), output);
        }
    }

    private void AddFound(List<Claim> output)
    {
        foreach (var (candidate, trigger, at) in found)
        {
            builder.Add(builder.Build(candidate, trigger, at, at + 1), output);
        }
    }
}
