namespace KnowledgeGraph.Relate.Claims;

/// <summary>
/// Reads a role title. Before a name: "Chinese Foreign Minister Wang Yi", "Taliban leader Haibatullah Akhundzada"
/// (the organisation or country left of the title, the holder right of it). In an apposition: "Abdul Haq, the
/// leader of the Turkestan Islamic Party", "Wang Yi, China's foreign minister". The title text is the qualifier.
/// </summary>
internal sealed class TitleReader
{
    private const int MaxModifiers = 3;
    private readonly ClaimCues cues;

    public TitleReader(ClaimCues cues) => this.cues = cues;

    public void Read(SentenceView view, int start, int end, List<ClaimCandidate> output)
    {
        string qualifier = view.Text[view.Token(start).Start..view.Token(end - 1).End];
        int holder = view.MentionIndexAt(end);
        if (holder >= 0 && view.MentionFirst(holder) == end)
        {
            int org = SubjectFinder.EndingAt(view, SkipModifiers(view, start - 1));
            if (org >= 0 && org != holder && !GrammarWords.Prepositions.StartsAt(view, view.MentionFirst(org) - 1))
            {
                output.Add(new ClaimCandidate(holder, org, 1f, start, start, qualifier));
            }

            return;
        }

        int j = SkipModifiers(view, start - 1);
        int orgBefore = SubjectFinder.EndingAt(view, j);
        if (orgBefore >= 0)
        {
            j = SkipModifiers(view, view.MentionFirst(orgBefore) - 1);
        }

        if (GrammarWords.Articles.StartsAt(view, j))
        {
            j--;
        }

        if (!view.Is(j, ","))
        {
            return;
        }

        int subject = SubjectFinder.EndingAt(view, j - 1);
        if (subject < 0 || view.IsPossessive(subject))
        {
            return;
        }

        int orgAfter = -1;
        if (GrammarWords.TitlePreps.StartsAt(view, end))
        {
            int k = view.Is(end + 1, "the") ? end + 2 : end + 1;
            orgAfter = view.MentionIndexAt(k);
            if (orgAfter >= 0 && (view.MentionFirst(orgAfter) != k || view.IsPossessive(orgAfter)))
            {
                orgAfter = -1;
            }
        }

        int organisation = orgBefore >= 0 ? orgBefore : orgAfter;
        if (organisation >= 0 && organisation != subject)
        {
            output.Add(new ClaimCandidate(subject, organisation, 0.95f, start, start, qualifier));
        }
    }

    private int SkipModifiers(SentenceView view, int i)
    {
        for (int n = 0; n < MaxModifiers && i >= view.First && view.MentionIndexAt(i) < 0 && cues.TitleModifiers.StartsAt(view, i); n++)
        {
            i--;
        }

        return i;
    }
}
