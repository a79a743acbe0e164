using KnowledgeGraph.Gazetteer;

namespace KnowledgeGraph.Recognise;

/// <summary>The discovery cues as fast look-ups: single words in sets, multi-word titles as word arrays.</summary>
internal sealed class CueSet
{
    public CueSet(Cues cues)
    {
        Titles = cues.PersonTitles.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(t => t.Length).ToArray();
        OrganisationSuffixes = new HashSet<string>(cues.OrganisationSuffixes, StringComparer.Ordinal);
        OrganisationPrefixes = cues.OrganisationPrefixes.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        PlaceCues = new HashSet<string>(cues.PlaceCues, StringComparer.OrdinalIgnoreCase);
        EventCues = new HashSet<string>(cues.EventCues, StringComparer.OrdinalIgnoreCase);
        StopWords = new HashSet<string>(cues.StopWords, StringComparer.Ordinal);
        OtherSuffixes = new HashSet<string>(cues.OtherSuffixes, StringComparer.Ordinal);
    }

    /// <summary>Person titles, longest first ("Deputy Prime Minister" before "Minister").</summary>
    public string[][] Titles { get; }
    public HashSet<string> OrganisationSuffixes { get; }
    public string[][] OrganisationPrefixes { get; }
    public HashSet<string> PlaceCues { get; }
    public HashSet<string> EventCues { get; }
    public HashSet<string> StopWords { get; }
    public HashSet<string> OtherSuffixes { get; }

    /// <summary>Span look-ups into the sets, so scanning tokens allocates no strings.</summary>
    public static bool Contains(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
