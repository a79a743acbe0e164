using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// Co-builders after "with": a verb of claim_cues <c>co_building_verbs</c>, a project right after it (and "the"), then
/// "with" (or "together with") and an actor's name, or several coordinated ("Uzbekistan is building the Trans-Afghan
/// Railway with Kabul and Islamabad") → each party after "with" BUILDS_OR_OPERATES the project too. Only a country,
/// organisation or group named, never a demonym or possessive ("built with Chinese money", "with Beijing's help").
/// Driven by the party's mention.
/// </summary>
internal static class CoBuilderReader
{
    private const int MaxParties = 6;

    /// <summary>The building verbs: every claim this reader finds is read from one, so a sentence with none gives none.</summary>
    public static IEnumerable<string> CueWords(PredicateLexicon lexicon) => lexicon.Cues.CoBuildingVerbs.FirstWords;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("BUILDS_OR_OPERATES") is not { } builds)
        {
            return;
        }

        for (int party = 0; party < view.MentionCount; party++)
        {
            Mention named = view.Mention(party);
            if (named.Entity.Type is not (EntityType.Country or EntityType.Organisation or EntityType.Group)
                || named.Kind == MentionKind.Demonym || view.IsPossessive(party))
            {
                continue;
            }

            int with = WithBefore(view, party);
            int before = view.Is(with - 1, "together") ? with - 2 : with - 1;
            if (with < 0 || view.MentionIndexAt(before) is not (>= 0 and var project)
                || view.Mention(project).Entity.Type != EntityType.Project || view.IsPossessive(project)
                || view.Mention(project).Entity.Id == named.Entity.Id)
            {
                continue;
            }

            int first = view.MentionFirst(project);
            int verb = view.Is(first - 1, "the") ? first - 2 : first - 1;
            if (verb < view.First || !lexicon.Cues.CoBuildingVerbs.StartsAt(view, verb))
            {
                continue;
            }

            var trigger = Trigger.OfWord(view, verb, TriggerKind.Verb, builds);
            output.Add((new ClaimCandidate(party, project, 0.8f, Math.Max(view.First, verb - 2), with, null), trigger, verb));
        }
    }

    /// <summary>
    /// The "with" right before the party's name, or before the first of the names coordinated with it ("with Kabul and
    /// Islamabad"); -1 when there is none.
    /// </summary>
    private static int WithBefore(SentenceView view, int party)
    {
        int i = view.MentionFirst(party) - 1;
        for (int n = 0; n < MaxParties && i > view.First; n++)
        {
            if (view.Is(i, "with"))
            {
                return i;
            }

            if (!(view.Is(i, "and") || view.Is(i, ",")))
            {
                return -1;
            }

            int j = view.Is(i, "and") && view.Is(i - 1, ",") ? i - 2 : i - 1;
            if (view.MentionIndexAt(j) is not (>= 0 and var before) || view.Mention(before).Kind == MentionKind.Demonym)
            {
                return -1;
            }

            i = view.MentionFirst(before) - 1;
        }

        return -1;
    }
}
