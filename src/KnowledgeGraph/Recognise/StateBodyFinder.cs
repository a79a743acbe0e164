using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;
using static KnowledgeGraph.Recognise.NameTokens;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Finds a body named with its state after "of" ("the Central Bank of Nigeria").
/// </summary>
internal sealed class StateBodyFinder
{
    private readonly CueSet cues;

    /// <summary>Finds bodies with the organisation suffixes of <paramref name="cues"/>.</summary>
    public StateBodyFinder(CueSet cues)
    {
        this.cues = cues;
    }

    /// <summary>
    /// A body named with the state it belongs to after "of": a run ending with an organisation suffix ("Central Bank",
    /// "Bank"), "of", and a country the gazetteer names ("the Central Bank of Nigeria"). The mention covers the run and
    /// keeps the country's mention after it; the name is written whole, as the text has it ("Central Bank of Nigeria").
    /// Not for a suffix that with its country names the state itself (cues <c>state_itself_suffixes</c>: "the Government of
    /// Haiti"). Null otherwise.
    /// </summary>
    internal Mention? StateBody(Paragraph paragraph, int start, int end, int sentence, int limit)
    {
        if (Word(paragraph, start).SequenceEqual("The"))
        {
            start++;
        }

        if (start >= end || end + 1 >= limit || !Word(paragraph, end).SequenceEqual("of") || !CueSet.Contains(cues.OrganisationSuffixes, Word(paragraph, end - 1))
            || CueSet.Contains(cues.StateItselfSuffixes, Word(paragraph, end - 1)))
        {
            return null;
        }

        Mention? state = paragraph.Mentions.Find(m => m.TokenStart == end + 1);
        if (state is null || state.Entity.Type != EntityType.Country || state.Kind != MentionKind.Name)
        {
            return null;
        }

        string name = paragraph.Normalised[paragraph.Tokens[start].Start..state.End];
        return Discovered(paragraph, start, end, sentence, DiscoveredNames.Create(name, EntityType.Organisation, CueConfidence, null), MentionKind.Discovered, CueConfidence);
    }
}
