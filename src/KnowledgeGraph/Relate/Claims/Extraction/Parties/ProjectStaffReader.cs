using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A state's staff on a project: a demonym, perhaps one lower-case word, a noun of claim_cues <c>project_staff</c>, "on"
/// or "at" (and "the") and a project named ("five Chinese workers on the Dasu hydropower project", "a convoy of Chinese
/// workers at the Dasu Hydropower Project") → the demonym's state BUILDS_OR_OPERATES the project, as the verb reading does
/// for "Chinese engineers working on the Dasu dam". Only a project: "Chinese workers in Pakistan", "Chinese staff at the
/// embassy" state nothing. Driven by the demonym's mention.
/// </summary>
internal static class ProjectStaffReader
{
    /// <summary>The staff nouns: every claim this reader finds is read from one, so a sentence with none gives none.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.ProjectStaff.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("BUILDS_OR_OPERATES") is not { } builds)
        {
            return;
        }

        ClaimCues cues = lexicon.Cues;
        for (int state = 0; state < view.MentionCount; state++)
        {
            if (view.Mention(state).Kind != MentionKind.Demonym || view.IsPossessive(state))
            {
                continue;
            }

            int noun = view.AfterMention(state);
            // "Chinese construction workers": one lower-case word may qualify the staff noun.
            if (cues.ProjectStaff.LongestAt(view, noun) is not (> 0 and var length))
            {
                noun++;
                length = view.MentionIndexAt(noun - 1) < 0 && VerbShapes.IsLowerWord(view, noun - 1) ? cues.ProjectStaff.LongestAt(view, noun) : 0;
            }

            int prep = noun + length;
            if (length <= 0 || !(view.Is(prep, "on") || view.Is(prep, "at")))
            {
                continue;
            }

            int at = view.Is(prep + 1, "the") ? prep + 2 : prep + 1;
            if (view.MentionIndexAt(at) is not (>= 0 and var project) || view.MentionFirst(project) != at
                || view.Mention(project).Entity.Type != EntityType.Project || view.IsPossessive(project)
                || view.Mention(project).Entity.Id == view.Mention(state).Entity.Id)
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, noun, TriggerKind.Noun, builds);
            output.Add((new ClaimCandidate(state, project, 0.8f, Math.Max(view.First, view.MentionFirst(state) - 2), at, null), trigger, noun));
        }
    }
}
