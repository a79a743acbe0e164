using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.FollowUps;

/// <summary>
/// Who carried out the attack an article last reported, for a later "condemned the attack": the group or organisation
/// that claimed responsibility ("The Balochistan Liberation Army (BLA) … claimed responsibility"), or the subject of the
/// last attack or killing the article states (ATTACKS, KILLS, not negated). Reset for each article; read sentence by
/// sentence in order.
/// </summary>
internal sealed class ArticleAttacker
{
    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjects;
    private readonly List<Argument> found = [];

    public ArticleAttacker(PredicateLexicon lexicon, SubjectFinder subjects)
    {
        this.lexicon = lexicon;
        this.subjects = subjects;
    }

    /// <summary>The attacker, or null when the article has reported none so far.</summary>
    public Entity? Last { get; private set; }

    public void Begin() => Last = null;

    /// <summary>
    /// Notes the subject of "claimed responsibility" (or "took responsibility", "claimed credit": the first two words of a
    /// <c>responsibility_claims</c> phrase) in the loaded sentence, when it names a group or an organisation.
    /// </summary>
    public void NoteClaimant(SentenceView view)
    {
        if (!view.MayHave("responsibility") && !view.MayHave("credit"))
        {
            return;
        }

        for (int i = view.First + 1; i + 1 < view.End; i++)
        {
            if (!TakesResponsibility(view, i))
            {
                continue;
            }

            subjects.Find(view, i, found, out _, allowComma: true, allowConjoined: true);
            foreach (Argument subject in found)
            {
                if (view.Mention(subject.Mention).Entity is { Type: EntityType.Organisation or EntityType.Group } claimant)
                {
                    Last = claimant;
                    return;
                }
            }

            // "The Balochistan Liberation Army (BLA), the most powerful of several separatist groups …, claimed
            // responsibility": past a long apposition, the group that opens the sentence.
            int opening = view.Is(view.First, "the") ? view.First + 1 : view.First;
            if (found.Count == 0 && view.Is(i - 1, ",") && view.MentionCount > 0 && view.MentionFirst(0) == opening && !view.IsPossessive(0)
                && view.Mention(0).Entity is { Type: EntityType.Organisation or EntityType.Group } opener)
            {
                Last = opener;
                return;
            }
        }
    }

    /// <summary>Notes the subject of the last attack or killing among the sentence's claims, <paramref name="claims"/> from <paramref name="first"/> on.</summary>
    public void NoteClaims(IReadOnlyList<Claim> claims, int first)
    {
        for (int c = claims.Count - 1; c >= first; c--)
        {
            if (claims[c] is { Predicate: "ATTACKS" or "KILLS", Negated: false } attack)
            {
                Last = attack.Subject;
                return;
            }
        }
    }

    private bool TakesResponsibility(SentenceView view, int i)
    {
        foreach (var (words, _) in lexicon.Cues.ResponsibilityClaims.Candidates(view, i) ?? [])
        {
            if (words.Length >= 2 && view.Is(i + 1, words[1]))
            {
                return true;
            }
        }

        return false;
    }
}
