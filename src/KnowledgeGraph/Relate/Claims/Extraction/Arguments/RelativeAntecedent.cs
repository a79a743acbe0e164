using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// The name a relative clause is about: the antecedent of the relative pronoun that opens the clause right before its
/// subject ("The Taliban, whom Pakistan has long supported"). Stateless.
/// </summary>
internal static class RelativeAntecedent
{
    private const int MaxSubjectModifiers = 2;
    private const int MaxStateOwnedWords = 3;
    private const int MaxExceptiveWords = 2;
    private const int MaxQuantifiedWords = 2;

    /// <summary>
    /// The name a relative pronoun ("which", "whom", "that", or "whose" and an actor noun) right before the subject starting
    /// at <paramref name="first"/> stands for: the name before the pronoun, or before a comma and the pronoun, else the name the noun before the
    /// pronoun describes ("The TIP is a Uyghur militant group that China blames": <see cref="SubjectFinder.DescribedBy"/>),
    /// or, with the pronoun left out, the name a noun of its kind right before the subject describes
    /// (<see cref="ContactRelative"/>); -1 when there is none. An exceptive phrase after "no" and a noun may stand between
    /// the pronoun and the subject ("which no country except Russia has formally recognised").
    /// </summary>
    public static int Find(SentenceView view, ClaimCues cues, int first)
    {
        int relative = first - 1;
        // "Gwadar port, which the state-owned China Overseas Ports Holding Company has run": a state_owned cue, or a
        // filler word, between the article and the subject.
        for (int n = 0; n < MaxSubjectModifiers && relative > view.First && view.MentionIndexAt(relative) < 0
            && cues.StateOwned.StartEndingAt(view, relative, MaxStateOwnedWords) is >= 0 and var cue; n++)
        {
            relative = cue - 1;
        }

        relative = BeforeExceptive(view, cues, relative);
        relative -= view.Is(relative, "the") ? 1 : 0;
        // "Kabul, whose government Moscow recognised in 2025": the antecedent's actor (its government) is the object.
        bool whose = view.Is(relative - 1, "whose") && view.Is(relative - 2, ",") && view.MentionIndexAt(relative) < 0 && cues.Actors.LongestAt(view, relative) == 1;
        relative -= whose ? 1 : 0;
        if (!(whose || view.Is(relative, "which") || view.Is(relative, "whom") || view.Is(relative, "that")))
        {
            // "the TIP, a Uyghur militant group Beijing blames for attacks": the pronoun left out.
            return ContactRelative.Antecedent(view, cues, relative);
        }

        int before = view.Is(relative - 1, ",") ? relative - 2 : relative - 1;
        int m = SubjectFinder.NamedEndingAt(view, before);
        // "the former Communist Party secretary of Xinjiang, whom U.S. officials accuse": "whom" stands for people, not a place.
        if (m >= 0 && view.Is(relative, "whom") && view.Mention(m).Entity.Type == EntityType.Place)
        {
            return -1;
        }

        // "Muttaqi, whose government …": a person's government is a body the sentence does not name.
        if (whose && (m < 0 || view.Mention(m).Entity.Type == EntityType.Person))
        {
            return -1;
        }

        // "… came from Afghanistan, an accusation that the Taliban rejected": an act's noun is said of the clause before the
        // comma, not of the name that ends it.
        return m >= 0 ? (!view.IsPossessive(m) && view.Mention(m).Kind != MentionKind.Demonym ? m : -1)
            : cues.AppraisedActs.LongestAt(view, before) == 1 ? -1
            : SubjectFinder.DescribedBy(view, before);
    }

    /// <summary>
    /// The token before "no" when an exceptive phrase (claim_cues <c>exceptives</c>) after "no" and a noun of up to two words
    /// ends at <paramref name="last"/>, right before the subject: "the Taliban government, which no country except Russia has
    /// formally recognised" (the name the phrase keeps is the subject, and the pronoun stands before "no"); else
    /// <paramref name="last"/>.
    /// </summary>
    private static int BeforeExceptive(SentenceView view, ClaimCues cues, int last)
    {
        if (cues.Exceptives.StartEndingAt(view, last, MaxExceptiveWords) is not (>= 0 and var exceptive))
        {
            return last;
        }

        for (int j = exceptive - 1; j >= view.First && exceptive - j <= MaxQuantifiedWords + 1; j--)
        {
            if (view.Is(j, "no"))
            {
                return j < exceptive - 1 ? j - 1 : last;
            }

            if (view.MentionIndexAt(j) >= 0 || !VerbShapes.IsLowerWord(view, j))
            {
                return last;
            }
        }

        return last;
    }
}
