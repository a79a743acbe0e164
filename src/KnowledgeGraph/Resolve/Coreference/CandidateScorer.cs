using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// Scores one candidate antecedent of a reference for <see cref="AntecedentChooser"/>: by how well its entity fits the
/// rule (the first type listed is preferred), by recency, as a subject, and by what the article named it.
/// </summary>
internal static class CandidateScorer
{
    /// <summary>How much more a candidate counts when the article named it with the description's noun ("the Syrian regime").</summary>
    private const float NamedBonus = 2f;

    /// <summary>How much less a candidate in an earlier paragraph than the reference's counts.</summary>
    private const float EarlierParagraph = 0.8f;

    /// <summary>How much more the sentence before's subject counts for a possessive opening its sentence.</summary>
    private const float OpeningPossessiveBonus = 1.3f;

    /// <summary>
    /// "the Syrian regime … the regime", "the Taliban government … the administration": the article named the candidate with
    /// the description's own noun or with another noun of the same description.
    /// </summary>
    internal static bool Named(CoreferenceRule rule, string[] words, in AntecedentCandidate c)
    {
        if (rule.Kind != ReferenceKind.Description || c.Head is null || words.Length == 0)
        {
            return false;
        }

        if (c.Head == words[^1])
        {
            return true;
        }

        foreach (string[] other in rule.Words)
        {
            if (other[^1] == c.Head)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The score of candidate <paramref name="c"/> for a reference in sentence <paramref name="sentence"/>: how well its
    /// entity fits the rule, times its recency, its role (subject, after a preposition, modifier) and the bonuses; 0 when it
    /// cannot be the antecedent.
    /// </summary>
    internal static float Score(
        CoreferenceRule rule, string[] words, in AntecedentCandidate c, PersonTitles titles, int sentence, bool objectPronoun, bool sameClause, bool subject,
        (Entity Country, string Demonym)? serving, int paragraph, bool opensSentence)
    {
        int fit = rule.Fit(c.Entity);
        bool named = Named(rule, words, c);
        float score;
        if (c.Coordinated && rule.Count == 1 && !(rule.Title && serving is not null))
        {
            // Two names joined by "and" are a plural antecedent: of they/their (as a pair, through the second), never of it/he;
            // "the Uzbek president" picks one of them out by the country served ("Rahmon and Mirziyoyev … when the Uzbek
            // president visits").
            score = rule.Plural && c.Partner is not null ? 1f : 0f;
        }
        else if (c.Chained && c.People && !rule.Plural)
        {
            // "Rather than the Uzbeks offering their visitor an award, it was …": a plural reference to a people or to a
            // demonym's actors is no antecedent of "it".
            score = 0f;
        }
        else if (c.Mention.Kind == MentionKind.Demonym && !c.Chained)
        {
            // "Chinese officials … they": a demonym heading a plural noun names actors, as a people does in its own sentence
            // for a subject or possessive ("The Russians launched their attack"); a bare demonym is no antecedent of a pronoun, and a weak one of a description
            // ("Chinese loans … the country").
            score = (c.DemonymHead || c.People && c.Sentence == sentence && !objectPronoun) && rule.DemonymHeads ? 0.8f
                : rule.Kind == ReferenceKind.Description && fit >= 0 ? (named ? MathF.Pow(AntecedentChooser.FitDecay, fit) : 0.5f)
                : 0f;
        }
        else
        {
            score = fit < 0 ? 0f : MathF.Pow(AntecedentChooser.FitDecay, fit);
        }

        // "the leader" is held by a head of state by kind; "the Chinese leader" only by one serving China; "the committee"
        // only by a body so named.
        if (score == 0f
            || rule.InName && words.Length > 0 && !CoreferenceRule.NameHolds(c.Entity, words[^1]) && !rule.IsPartOfListed(c.Entity)
            || rule.Title && !rule.HoldsBySubtype(c.Entity) && !titles.Holds(c.Entity, words)
            || serving is { } of && !titles.Serves(c.Entity, of.Country, of.Demonym))
        {
            return 0f;
        }

        int distance = sentence - c.Sentence;
        score *= distance switch
        {
            0 => 1f,
            1 => 0.9f,
            2 => 0.7f,
            3 => 0.55f,
            _ => 0.4f,
        };
        if (c.Subject)
        {
            // "Him", "them" in the subject's own clause are someone else; a subject pronoun prefers a subject antecedent, and
            // so does a possessive in the subject's own clause ("China opened its first overseas base").
            bool ownClause = distance == 0 && sameClause;
            score *= objectPronoun && ownClause ? 0.5f : subject || (ownClause && rule.Kind == ReferenceKind.Possessive) ? 1.6f : 1.25f;
        }
        else if (c.AfterPreposition)
        {
            score *= 0.7f;
        }

        if (c.Modifier && rule.Kind == ReferenceKind.Pronoun)
        {
            score *= 0.5f;
        }

        // A name in an earlier paragraph than the reference's is a weaker antecedent of a possessive opening its sentence
        // than the sentence before's subject.
        if (opensSentence && rule.Kind == ReferenceKind.Possessive && paragraph >= 0 && c.Paragraph < paragraph)
        {
            score *= EarlierParagraph;
        }

        // "Uzbekistan has been more active. Its president …": a possessive opening its sentence means the subject of the
        // sentence before.
        if (opensSentence && rule.Kind == ReferenceKind.Possessive && distance == 1 && c.Subject)
        {
            score *= OpeningPossessiveBonus;
        }

        if (named)
        {
            score *= NamedBonus;
        }

        return c.Chained ? score * 0.9f : score;
    }
}
