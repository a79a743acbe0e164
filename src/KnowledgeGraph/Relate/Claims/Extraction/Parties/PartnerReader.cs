using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Role nouns of a predicate (<see cref="PredicateDefinition.Partners"/>) that relate the party that is the role to the
/// party whose role it is: the role-holder is the subject of a copula or the head of an apposition, the owner follows a
/// preposition ("China is a major trade partner and investor in Africa", "China, the largest investor in Zambia") or
/// is the possessor of the role before its holder ("China's adversary the United States"); coordinated roles share the owner,
/// a party ranked against a possessed role's holder holds it too (<see cref="PartnerRivals"/>), and the parties a verb of
/// regarding takes before "as" and a plural role hold it towards the verb's subject (<see cref="RegardedPartnersReader"/>).
/// One instance per reader; not thread-safe.
/// </summary>
internal sealed class PartnerReader
{
    private const int MaxTrailing = 5;
    internal static readonly string[] Preps = ["of", "for", "to", "in", "with"];
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly ClaimCues cues;
    private readonly PartnerRoles roles;
    private readonly List<Argument> subjects = [];
    private readonly List<Argument> objects = [];
    private readonly PartnerExampleReader examples;
    private readonly PartnerRivals rivals;
    private readonly RegardedPartnersReader regardedPartners;
    private readonly RelativeRoleReader relativeRoles;
    private readonly List<(Trigger Trigger, int Start)> shared = [];

    public PartnerReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
        cues = lexicon.Cues;
        roles = new PartnerRoles(lexicon);
        examples = new PartnerExampleReader(objectFinder);
        rivals = new PartnerRivals(cues, objectFinder);
        regardedPartners = new RegardedPartnersReader(cues, subjectFinder, objectFinder);
        relativeRoles = new RelativeRoleReader(subjectFinder, objectFinder);
    }

    /// <summary>
    /// The role phrases' first words: every claim this reader finds starts from a role phrase (<see cref="PartnerRoles.RoleAt"/>), so
    /// a sentence with none of these words gives none.
    /// </summary>
    public IEnumerable<string> CueWords => roles.FirstWords;

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!roles.Any)
        {
            return;
        }

        int from = output.Count;
        ReadRoles(view, output);
        DropPersonalRoles(view, output, from);
    }

    /// <summary>
    /// Removes from <paramref name="output"/> (from <paramref name="from"/> on) the claims of a role of claim_cues
    /// <c>state_roles</c> with a person on either side: "He was also a friend of Alexander Hamilton" is a personal tie, not
    /// states or bodies working together ("China is a friend to both Pakistan and Afghanistan").
    /// </summary>
    private void DropPersonalRoles(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output, int from)
    {
        for (int k = output.Count - 1; k >= from; k--)
        {
            var (candidate, trigger, start) = output[k];
            if (cues.StateRoles.LongestAt(view, start) > 0
                && (view.Mention(candidate.Subject).Entity.Type == EntityType.Person || view.Mention(candidate.Object).Entity.Type == EntityType.Person))
            {
                output.RemoveAt(k);
            }
        }
    }

    private void ReadRoles(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (view.IsPossessive(m) || view.IsPossessivePronoun(m))
            {
                ReadHolderAfter(view, m, output);
            }
        }

        for (int i = view.First + 1; i < view.End; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || roles.RoleAt(view, i) is not { } match)
            {
                continue;
            }

            int before = RoleModifiers.SkipModifiers(view, i - 1);
            int after = i + match.Words.Length;
            if (GrammarWords.Articles.StartsAt(view, before) && !view.Is(before, "one"))
            {
                // "the EDB, in which Russia and Kazakhstan are the main shareholders": a role closing a relative clause.
                if (!relativeRoles.ReadPrepWhich(view, before, i, match, after, output))
                {
                    ReadHolderFirst(view, before, i, match, after, output);
                }
            }
            else if (SubjectFinder.EndingAt(view, before) is var owner and >= 0 && (view.IsPossessive(owner) || view.IsPossessivePronoun(owner)))
            {
                // "the Taliban's state rail operator": the possessor of such a role owns its holder.
                if (cues.OwnedRoles.StartsAt(view, i))
                {
                    continue;
                }

                ReadOwnerFirst(view, owner, i, match, after, output);
            }
            else if (!relativeRoles.ReadWhose(view, before, i, match, after, output) && !regardedPartners.Read(view, before, i, match, after, output))
            {
                examples.Read(view, i, match, after, output);
            }

            i = after - 1;
        }
    }

    /// <summary>"X is a major trade partner and investor in Y", "X, the largest investor in Y".</summary>
    private void ReadHolderFirst(SentenceView view, int article, int at, Trigger first, int after, List<(ClaimCandidate, Trigger, int)> output)
    {
        shared.Clear();
        shared.Add((first, at));
        // "trade partner and investor in Africa": a coordinated role shares the owner.
        int next = RoleModifiers.SkipModifiersForward(view, roles, after + 1);
        if (view.Is(after, "and") && roles.RoleAt(view, next) is { } second)
        {
            shared.Add((second, next));
            after = next + second.Words.Length;
        }

        if (ReadRegarded(view, article, at, first, output))
        {
            return;
        }

        // "a frustrating partner economically for the Afghan Republic": an adverb may stand before the owner.
        if (RoleModifiers.IsAdverb(view, after))
        {
            after++;
        }

        if (!IsPrep(view, after))
        {
            return;
        }

        objectFinder.Find(view, after, Preps, direct: false, objects);
        if (objects.Count == 0)
        {
            return;
        }

        subjects.Clear();
        int bridge = article;
        int verb = VerbBefore(view, article);
        if (view.Is(article - 1, ",") && view.MentionIndexAt(article - 2) is var head and >= 0 && !view.IsPossessive(head))
        {
            subjects.Add(new Argument(head, 0.85f));
        }
        else if (GrammarWords.BeForms.StartsAt(view, verb))
        {
            subjectFinder.Find(view, article, subjects, out bridge);
        }
        else if (GrammarWords.LinkingVerbs.StartsAt(view, verb))
        {
            // "China has become the largest investor": the linking verb stands where a verb would.
            subjectFinder.Find(view, verb, subjects, out bridge);
        }

        foreach (var (trigger, start) in shared)
        {
            foreach (Argument holder in subjects)
            {
                foreach (Argument owner in objects)
                {
                    output.Add((new ClaimCandidate(holder.Mention, owner.Mention, Math.Min(holder.Weight, owner.Weight) * 0.9f, bridge, at, null), trigger, start));
                }
            }
        }
    }

    /// <summary>
    /// "Central Asia will continue to find Moscow a complicated partner", "African nations see in China a strategic
    /// partner", "regard Beijing as an ally": the name a verb of finding or regarding (claim_cues `considering`) takes
    /// holds the role; the verb's subject owns it. The role may be quoted ("regarded China as \"a reliable partner\"",
    /// "called China \"a reliable friend\""), and a verb of describing (claim_cues `describing`) takes it after "as"
    /// ("described Pakistan as \"an important partner\""). False when the role does not stand in such a small clause.
    /// </summary>
    private bool ReadRegarded(SentenceView view, int article, int at, Trigger role, List<(ClaimCandidate, Trigger, int)> output)
    {
        int end = view.Is(article - 1, "\"") ? article - 2 : article - 1;
        bool described = view.Is(end, "as");
        end -= described ? 1 : 0;
        int holder = view.MentionIndexAt(end);
        if (holder < 0 || view.IsPossessive(holder) || view.Mention(holder).Kind == MentionKind.Demonym)
        {
            return false;
        }

        int first = view.MentionFirst(holder);
        first = view.Is(first - 1, "the") ? first - 1 : first;
        int verb = view.Is(first - 1, "in") ? first - 2 : first - 1;
        if (verb < view.First || view.MentionIndexAt(verb) >= 0
            || cues.Considering.LongestAt(view, verb) != 1 && !(described && cues.Describing.LongestAt(view, verb) == 1))
        {
            return false;
        }

        subjectFinder.Find(view, verb, subjects, out int bridge);
        foreach (Argument owner in subjects)
        {
            output.Add((new ClaimCandidate(holder, owner.Mention, owner.Weight * 0.85f, bridge, at, null), role, at));
        }

        return subjects.Count > 0;
    }

    /// <summary>
    /// "China's adversary the United States", "its two biggest regional adversaries (China and Pakistan)": the party
    /// named right after the possessed role holds it; the possessor owns it.
    /// </summary>
    private void ReadHolderAfter(SentenceView view, int owner, List<(ClaimCandidate, Trigger, int)> output)
    {
        int at = RoleModifiers.SkipModifiersForward(view, roles, view.AfterMention(owner));
        if (roles.RoleAt(view, at) is not { } role)
        {
            return;
        }

        int after = at + role.Words.Length;
        if (view.Is(after, "(") || view.Is(after, ","))
        {
            after++;
        }

        if (view.Is(after, "the"))
        {
            after++;
        }

        int first = view.MentionIndexAt(after);
        if (first < 0 || view.MentionFirst(first) != after || view.IsPossessive(first) || view.Mention(first).Kind == MentionKind.Demonym)
        {
            return;
        }

        objectFinder.Find(view, after, [], direct: true, objects);
        foreach (Argument holder in objects)
        {
            output.Add((new ClaimCandidate(holder.Mention, owner, holder.Weight * 0.9f, view.MentionFirst(owner), at, null), role, at));
        }
    }

    /// <summary>
    /// "the Taliban's principal supporter in the international arena, Pakistan", "Pakistan, the Taliban's main backer",
    /// "China is Zambia's largest creditor", "Kenya is one of China's closest partners": the possessor owns the role, the
    /// name in apposition or before a copula holds it;
    /// a role coordinated after it ("… largest creditor and closest ally") is held the same way.
    /// </summary>
    private void ReadOwnerFirst(SentenceView view, int owner, int at, Trigger trigger, int after, List<(ClaimCandidate, Trigger, int)> output)
    {
        subjects.Clear();
        int bridge = at;
        int start = view.MentionFirst(owner);
        start = view.Is(start - 1, "the") ? start - 1 : start;
        // "Kenya is one of China's closest partners", "Pakistan, among China's oldest allies,": one of several holders.
        start = view.Is(start - 1, "of") && view.Is(start - 2, "one") ? start - 2 : view.Is(start - 1, "among") ? start - 1 : start;
        int comma = after;
        for (int n = 0; n < MaxTrailing && comma < view.End && !view.Is(comma, ",") && view.MentionIndexAt(comma) < 0 && !view.IsPunctuation(comma)
            && !GrammarWords.ClauseStops.StartsAt(view, comma) && !GrammarWords.BeForms.StartsAt(view, comma); n++)
        {
            comma++;
        }

        if (view.Is(comma, ",") && view.MentionIndexAt(comma + 1) is var holder and >= 0 && view.MentionFirst(holder) == comma + 1
            && !view.IsPossessive(holder) && view.Mention(holder).Kind != MentionKind.Demonym
            && (view.AfterMention(holder) >= view.End || view.IsPunctuation(view.AfterMention(holder))))
        {
            // "…'s principal supporter in the international arena, Pakistan": the apposition after the role names its holder.
            subjects.Add(new Argument(holder, 0.85f));
        }
        else if (view.Is(start - 1, ",") && view.MentionIndexAt(start - 2) is var head and >= 0 && !view.IsPossessive(head))
        {
            subjects.Add(new Argument(head, 0.85f));
        }
        else if (RegardedBefore(view, start) is var regarded and >= 0)
        {
            // "Mirziyoyev has made China Uzbekistan's largest trading partner": the name a verb of making or regarding takes holds the role.
            subjects.Add(new Argument(regarded, 0.85f));
        }
        else if (rivals.OvertakingBefore(view, start, out int passed) is var overtaking and >= 0)
        {
            // "China has overtaken Russia as Uzbekistan's largest trading partner": both hold the role.
            subjectFinder.Find(view, overtaking, subjects, out bridge);
            if (subjects.Count > 0 && !PartnerRivals.HeldByOwner(view, subjects, owner))
            {
                subjects.Add(new Argument(passed, 0.8f));
            }
        }
        else if (GrammarWords.BeForms.StartsAt(view, VerbBefore(view, start)))
        {
            subjectFinder.Find(view, start, subjects, out bridge);
        }
        else if (GrammarWords.LinkingVerbs.StartsAt(view, VerbBefore(view, start)))
        {
            // "China has become Afghanistan's largest foreign investor".
            subjectFinder.Find(view, VerbBefore(view, start), subjects, out bridge);
        }

        if (subjects.Count > 0 && !PartnerRivals.HeldByOwner(view, subjects, owner))
        {
            // "Uzbekistan's second-largest trading partner after China": the party ranked against the holder holds it too.
            rivals.AddRankedAfter(view, after, 0.8f, subjects);
        }

        // "China is Pakistan's largest creditor and closest ally": a coordinated role shares holder and owner.
        Trigger? second = CoordinatedRole.Second(view, roles, owner, after, out int next);
        foreach (Argument holding in subjects)
        {
            output.Add((new ClaimCandidate(holding.Mention, owner, holding.Weight * 0.9f, bridge, at, null), trigger, at));
            if (second is not null)
            {
                output.Add((new ClaimCandidate(holding.Mention, owner, holding.Weight * 0.9f, bridge, next, null), second, next));
            }
        }
    }

    /// <summary>
    /// The mention that ends right before <paramref name="start"/> and is the object of a verb of making or regarding
    /// (claim_cues `considering`) before it: the holder of a role in a small clause; -1 when there is none.
    /// </summary>
    private int RegardedBefore(SentenceView view, int start)
    {
        int holder = view.MentionIndexAt(start - 1);
        if (holder < 0 || view.IsPossessive(holder) || view.Mention(holder).Kind == MentionKind.Demonym)
        {
            return -1;
        }

        int verb = view.MentionFirst(holder) - 1;
        return verb >= view.First && view.MentionIndexAt(verb) < 0 && cues.Considering.LongestAt(view, verb) == 1 ? holder : -1;
    }

    /// <summary>
    /// The token where a copula or linking verb before the role's phrase at <paramref name="start"/> would stand: the one
    /// right before it, or before an adverb or two of the bridge words (claim_cues `bridges`: "Beijing is already
    /// Kyrgyzstan's largest creditor", "China remains by far the largest investor in Kazakhstan").
    /// </summary>
    private int VerbBefore(SentenceView view, int start)
    {
        int i = start - 1;
        for (int n = 0; n < 2 && i > view.First && view.MentionIndexAt(i) < 0; n++)
        {
            int first = cues.Bridges.StartEndingAt(view, i, 2);
            if (first < 0 || !VerbShapes.IsLowerWord(view, first) || GrammarWords.BeForms.StartsAt(view, first) || GrammarWords.LinkingVerbs.StartsAt(view, first)
                || GrammarWords.HaveForms.StartsAt(view, first))
            {
                break;
            }

            i = first - 1;
        }

        return i;
    }

    /// <summary>Whether token <paramref name="i"/> is one of the partner roles' prepositions (<see cref="Preps"/>).</summary>
    internal static bool IsPrep(SentenceView view, int i)
    {
        foreach (string prep in Preps)
        {
            if (view.Is(i, prep))
            {
                return true;
            }
        }

        return false;
    }
}
