using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// The name an apposition with a participle renames ("Kenya's Standard Gauge Railway, a project financed by China"):
/// the patient of a passive participle that has none before it. Stateless.
/// </summary>
internal static class ApposedPatient
{
    private const int MaxApposedModifiers = 2;
    private const int MaxPlacePhrases = 3;

    /// <summary>
    /// "Kenya's Standard Gauge Railway, a project financed by China" (also past phrases of place: "The Dasu project, a dam on
    /// the Indus River in Upper Kohistan financed by"): the name an apposition renames; after "the" only a
    /// body's noun ("the anti-Taliban armed group led by …"), since "During World War II, the islands were occupied by …"
    /// renames nothing.
    /// </summary>
    public static int Find(SentenceView view, int participle, ClaimCues cues)
    {
        int noun = PlacesBefore(view, participle, cues) - 1;
        if (!IsModifierWord(view, noun))
        {
            return -1;
        }

        // "Gwadar, a deep-water port operated by …": a modifier may be two words glued by a hyphen; "Jamaat Ansarullah, a
        // Tajik militant group allied with …": or a demonym.
        int article = noun - 1;
        for (int n = 0; n < MaxApposedModifiers && article > view.First && !IsArticle(view, article); n++)
        {
            article -= IsGluedCompound(view, article) ? 3
                : IsModifierWord(view, article) || view.MentionIndexAt(article) is >= 0 and var demonym && view.Mention(demonym).Kind == MentionKind.Demonym
                    && view.MentionFirst(demonym) == article ? 1 : view.End;
        }

        if (article <= view.First || !IsArticle(view, article) || !view.Is(article - 1, ",")
            || view.Is(article, "the") && cues.BodyNouns.LongestAt(view, noun) != 1)
        {
            return -1;
        }

        int m = SubjectFinder.NamedEndingAt(view, article - 2);
        // "a Trans-Caspian pipeline to Azerbaijan, a project long opposed by Moscow": a project's apposition describes no
        // state named in the phrase before it.
        if (m >= 0 && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place && AnyBetween(view, article + 1, participle, cues.ProjectHeads))
        {
            return -1;
        }

        // "observer status at the Shanghai Cooperation Organisation, a proposal opposed by India": a body a preposition governs
        // is described only by a noun of bodies ("attacks by ISKP, a group backed by …").
        if (m >= 0 && view.Mention(m).Entity.Type is EntityType.Organisation or EntityType.Group && GrammarWords.Prepositions.StartsAt(view, view.BeforeMention(m))
            && !AnyBetween(view, article + 1, participle, cues.BodyNouns, cues.Actors))
        {
            return -1;
        }

        return m >= 0 && !view.IsPossessive(m) ? m : -1;
    }

    /// <summary>
    /// The start of the phrases of place that end right before <paramref name="participle"/> ("a dam on the Indus River in
    /// Upper Kohistan financed by": a participle after them describes the noun before them); the participle when none.
    /// </summary>
    private static int PlacesBefore(SentenceView view, int participle, ClaimCues cues)
    {
        int start = participle;
        for (int n = 0; n < MaxPlacePhrases && view.MentionIndexAt(start - 1) is >= 0 and var place && view.Mention(place).Kind != MentionKind.Demonym
            && view.Mention(place).Entity.Type is EntityType.Place or EntityType.Country && !view.IsPossessive(place); n++)
        {
            int before = view.MentionFirst(place) - 1;
            before -= cues.PlaceModifiers.LongestAt(view, before) == 1 ? 1 : 0;
            before -= view.Is(before, "the") ? 1 : 0;
            if (!(view.Is(before, "on") || view.Is(before, "at") || view.Is(before, "along") || GrammarWords.Locatives.StartsAt(view, before)))
            {
                break;
            }

            start = before;
        }

        return start;
    }

    /// <summary>True when a phrase of one of <paramref name="lists"/> starts in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool AnyBetween(SentenceView view, int from, int to, params ReadOnlySpan<PhraseIndex<string>> lists)
    {
        for (int k = from; k < to; k++)
        {
            foreach (PhraseIndex<string> list in lists)
            {
                if (list.StartsAt(view, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"a", "an" or "the": an apposition's article ("the anti-Taliban armed group led by Ahmad Massoud").</summary>
    private static bool IsArticle(SentenceView view, int i) => view.Is(i, "a") || view.Is(i, "an") || view.Is(i, "the");

    /// <summary>True when the word at <paramref name="last"/> ends a compound of two words glued by a hyphen ("deep-water"), the first perhaps a number ("4,320-megawatt").</summary>
    private static bool IsGluedCompound(SentenceView view, int last) =>
        last - 2 >= view.First && view.Is(last - 1, "-") && view.Token(last - 2).End == view.Token(last - 1).Start
        && view.Token(last - 1).End == view.Token(last).Start && (IsModifierWord(view, last - 2) || view.Token(last - 2).Kind == TokenKind.Number);

    /// <summary>A lower-case word that is no adverb and no name: the noun or adjective of "a major project".</summary>
    private static bool IsModifierWord(SentenceView view, int i) =>
        VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0 && !VerbShapes.EndsInLy(view, i);
}
