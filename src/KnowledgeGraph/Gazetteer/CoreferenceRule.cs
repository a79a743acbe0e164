using KnowledgeGraph.Model;

namespace KnowledgeGraph.Gazetteer;

/// <summary>
/// One entry of coreference.yaml: the words of a pronoun or of a definite description (lower case, each split into
/// words as the tokeniser splits them) and the entities they may refer to, preferred in the order listed.
/// </summary>
internal sealed record CoreferenceRule(IReadOnlyList<string[]> Words, IReadOnlyList<EntityConstraint> RefersTo, ReferenceKind Kind)
{
    /// <summary>
    /// 2 for "the two countries": the reference names the two most recent entities that fit; 3 or 4 for "the three
    /// sides", "all four countries": the reference names a group of exactly that many named together before.
    /// </summary>
    public int Count { get; init; } = 1;

    /// <summary>The largest <see cref="Count"/> a rule may have.</summary>
    public const int MaxCount = 4;

    /// <summary>True when "both" and the words after "two" refer as the description does ("both countries").</summary>
    public bool Both { get; init; }

    /// <summary>
    /// True when the description's noun means states ("the two countries", "the two neighbours"): a regime named before
    /// stands for the state it rules (its gazetteer link `rules`), "Kazakhstan removed the Taliban from its list …, and
    /// trade between the two countries" being Kazakhstan and Afghanistan.
    /// </summary>
    public bool States { get; init; }

    /// <summary>True when the antecedent must be a person holding the title the description names ("the president").</summary>
    public bool Title { get; init; }

    /// <summary>
    /// True when "the" and a country's demonym may stand before the words ("the Chinese company", "The Russian firm"): the
    /// reference then keeps the demonym as the antecedent's nationality.
    /// </summary>
    public bool AfterDemonym { get; init; }

    /// <summary>True for they, them, their: two names joined by "and" may be the antecedent, and only of such a word.</summary>
    public bool Plural { get; init; }

    /// <summary>True when a demonym heading a plural noun may be the antecedent ("Chinese officials … they" → China).</summary>
    public bool DemonymHeads { get; init; }

    /// <summary>
    /// When not empty, a pronoun counts only before one of these words ("Both are SCO members": "both" before a verb, not
    /// "both China and Russia").
    /// </summary>
    public IReadOnlyList<string> FollowedBy { get; init; } = [];

    /// <summary>
    /// True for "the latter": the antecedent is the nearest entity that fits in this sentence or the one before, when
    /// another that fits comes before it there (the latter of two); role and type preference do not weigh.
    /// </summary>
    public bool Nearest { get; init; }

    /// <summary>
    /// True when the nearest entity that fits, in this sentence or the one before, is preferred while it is of the first
    /// type listed ("… 27 TTP commanders, including the group's leader": the militant group, not the Taliban government
    /// named further back); a faction of another candidate stands for it there, and a name after a preposition or one with a
    /// subject that fits beside it in the reference's sentence is not preferred.
    /// </summary>
    public bool RecentFirst { get; init; }

    /// <summary>
    /// True when the antecedent's name must hold the description's last word ("the committee" → the State Committee for
    /// National Security, not any body before it).
    /// </summary>
    public bool InName { get; init; }

    /// <summary>
    /// Ids of parents whose curated parts also fit an <see cref="InName"/> description whatever their name: "the
    /// agency" is a UN body linked part_of the United Nations ("the World Food Programme … the agency's largest donor").
    /// </summary>
    public IReadOnlyList<string> PartsOf { get; init; } = [];

    /// <summary>True when <paramref name="entity"/> is a curated part of one of <see cref="PartsOf"/>.</summary>
    public bool IsPartOfListed(Entity entity) =>
        PartsOf.Count > 0 && entity.Links.Any(l => l.Rel == "part_of" && PartsOf.Contains(l.To, StringComparer.Ordinal));

    /// <summary>
    /// True when <paramref name="entity"/>'s name, or one of its aliases ("Pakistani military" for the Pakistan Army), holds
    /// <paramref name="word"/> as a whole word, ignoring case.
    /// </summary>
    public static bool NameHolds(Entity entity, string word)
    {
        if (Holds(entity.Name, word))
        {
            return true;
        }

        foreach (Alias alias in entity.Aliases)
        {
            if (Holds(alias.Text, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(string name, string word)
    {
        foreach (string part in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>coreference.yaml file and line of the entry.</summary>
    public string DefinedAt { get; init; } = "";

    /// <summary>The position in <see cref="RefersTo"/> of the first constraint <paramref name="entity"/> meets, or -1.</summary>
    public int Fit(Entity entity)
    {
        for (int i = 0; i < RefersTo.Count; i++)
        {
            if (RefersTo[i].Accepts(entity))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when <paramref name="entity"/> holds a title rule's title by its kind alone: the first constraint it meets
    /// names a subtype ("the leader": `Person:head_of_state` before plain `Person`), so a head of state needs no title
    /// written before the name.
    /// </summary>
    public bool HoldsBySubtype(Entity entity)
    {
        int fit = Fit(entity);
        return fit >= 0 && RefersTo[fit].Subtype is not null;
    }
}
