using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Modality;

/// <summary>
/// Who asserts a sentence's claims: the named speaker of "according to X", "X said", "X claimed", "X told" or
/// "…, said X"; otherwise null, which the extractor replaces with the article's author when the metadata has one.
/// "according to" followed by no mention keeps its words up to the next punctuation ("according to Uzbek data").
/// </summary>
internal sealed class SourceFinder
{
    private const int MaxSourceWords = 8;
    private readonly ClaimCues cues;

    public SourceFinder(ClaimCues cues) => this.cues = cues;

    public string? Find(SentenceView view)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Is(i, "according") && view.Is(i + 1, "to"))
            {
                return AccordingTo(view, i + 2);
            }

            if (view.MentionIndexAt(i) < 0 && cues.SpeechVerbs.StartsAt(view, i))
            {
                int speaker = SubjectFinder.EndingAt(view, i - 1);
                if (speaker < 0 && view.Is(i - 1, ","))
                {
                    speaker = view.MentionIndexAt(i + 1);
                }

                if (speaker >= 0 && view.Mention(speaker).Kind != MentionKind.Demonym && !view.IsPossessive(speaker))
                {
                    return view.Mention(speaker).Entity.Name;
                }
            }
        }

        return null;
    }

    private static string? AccordingTo(SentenceView view, int i)
    {
        int m = view.MentionIndexAt(i);
        if (m < 0 && view.Is(i, "the"))
        {
            m = view.MentionIndexAt(i + 1);
        }

        if (m >= 0 && view.Mention(m).Kind != MentionKind.Demonym)
        {
            return view.Mention(m).Entity.Name;
        }

        int end = i;
        while (end < view.End && end - i < MaxSourceWords && !view.IsPunctuation(end))
        {
            end++;
        }

        return end > i ? view.Text[view.Token(i).Start..view.Token(end - 1).End] : null;
    }
}
