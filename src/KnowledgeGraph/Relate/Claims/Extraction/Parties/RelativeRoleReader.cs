using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A role of a predicate (<see cref="PredicateDefinition.Partners"/>) that a relative clause gives the name before
/// its comma: "The AIIB, whose largest shareholder is China" (the holder follows the role's copula), "the Eurasian
/// Development Bank, in which Russia and Kazakhstan are the main shareholders" (the holders are the subject before the
/// copula, the role closing the clause) → the holder stands in the role towards the relative's antecedent, as "China is
/// the largest shareholder in the AIIB" does. One instance per reader; not thread-safe.
/// </summary>
internal sealed class RelativeRoleReader
{
    /// <summary>Tokens of a description in apposition between the name and "whose" ("the Hong Kong-based security and logistics company").</summary>
    private const int MaxDescription = 8;
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly List<Argument> holders = [];

    public RelativeRoleReader(SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
    }

    /// <summary>
    /// "Y, whose largest shareholder is X": <paramref name="before"/> is the token before the role's modifiers; when it is
    /// "whose" after a comma and a name (or after a description in apposition to the name), and a copula follows the role
    /// (its words end before <paramref name="after"/>), each party named after the copula (past an article and common
    /// nouns) holds <paramref name="role"/> towards that name. False when not so written.
    /// </summary>
    public bool ReadWhose(SentenceView view, int before, int at, Trigger role, int after, List<(ClaimCandidate, Trigger, int)> output)
    {
        // "Frontier Services Group, the Hong Kong-based security and logistics company whose largest shareholder is": the
        // name a description in apposition describes.
        int comma = !view.Is(before, "whose") ? -1 : view.Is(before - 1, ",") ? before - 1 : InclusionReader.ApposedDescription(view, before - 1, MaxDescription);
        if (comma < 0 || !GrammarWords.BeForms.StartsAt(view, after)
            || SubjectFinder.NamedEndingAt(view, comma - 1) is not (>= 0 and var owner) || view.IsPossessive(owner))
        {
            return false;
        }

        // "is the state conglomerate CITIC": the holder is the name after the copula's article and common nouns, not a
        // description among them that coreference may have resolved.
        int named = after + 1;
        for (int n = 0; n < MaxDescription && named < view.End && VerbShapes.IsLowerWord(view, named); n++)
        {
            named++;
        }

        if (view.MentionIndexAt(named) is not (>= 0 and var first) || view.MentionFirst(first) != named)
        {
            return true;
        }

        objectFinder.Find(view, named, [], direct: true, holders);
        foreach (Argument holder in holders)
        {
            output.Add((new ClaimCandidate(holder.Mention, owner, holder.Weight * 0.85f, before, at, null), role, at));
        }

        return true;
    }

    /// <summary>
    /// "Y, in which X and Z are the main shareholders", "Y, of which X is the largest shareholder": the role after the
    /// article at <paramref name="article"/> closes its clause (punctuation or the sentence's end at <paramref name="after"/>),
    /// a copula stands before the article, and "in which" or "of which" after a comma and a name stands before the
    /// copula's subject; the subject holds <paramref name="role"/> towards that name. False when not so written.
    /// </summary>
    public bool ReadPrepWhich(SentenceView view, int article, int at, Trigger role, int after, List<(ClaimCandidate, Trigger, int)> output)
    {
        if (after < view.End && !view.IsPunctuation(after) || !GrammarWords.BeForms.StartsAt(view, article - 1))
        {
            return false;
        }

        subjectFinder.Find(view, article, holders, out int bridge);
        if (holders.Count == 0)
        {
            return false;
        }

        int first = view.End;
        foreach (Argument holder in holders)
        {
            first = Math.Min(first, view.MentionFirst(holder.Mention));
        }

        if (!view.Is(first - 1, "which") || !(view.Is(first - 2, "in") || view.Is(first - 2, "of")) || !view.Is(first - 3, ",")
            || SubjectFinder.NamedEndingAt(view, first - 4) is not (>= 0 and var owner) || view.IsPossessive(owner))
        {
            return false;
        }

        foreach (Argument holder in holders)
        {
            output.Add((new ClaimCandidate(holder.Mention, owner, holder.Weight * 0.85f, bridge, at, null), role, at));
        }

        return true;
    }
}
