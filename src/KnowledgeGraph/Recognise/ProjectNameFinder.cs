using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;
using static KnowledgeGraph.Recognise.NameTokens;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Finds projects named by a name and a lower-case project head: "the Isimba dam", "the Karot hydropower project",
/// and a gazetteer place before such a head ("the Mohmand dam") that names the project rather than the place.
/// </summary>
internal sealed class ProjectNameFinder
{
    private readonly CueSet cues;

    /// <summary>Finds projects with the project heads and possessive determiners of <paramref name="cues"/>.</summary>
    public ProjectNameFinder(CueSet cues)
    {
        this.cues = cues;
    }

    /// <summary>
    /// "the Mohmand dam in Khyber Pakhtunkhwa", "the new Gwadar airport": a place of the gazetteer (not a state) after "the"
    /// (and up to three modifiers) and right before a lower-case project head (cues <c>project_suffixes</c>) that ends the
    /// phrase (cues <c>project_head_ends</c>) names a project, not the place; the place's mention gives way to the project's.
    /// </summary>
    internal void PlaceNamedProjects(Paragraph paragraph)
    {
        const int MaxModifiers = 3;
        for (int k = 0; k < paragraph.Mentions.Count; k++)
        {
            Mention place = paragraph.Mentions[k];
            int head = ProjectHeadAfter(paragraph, NumberedEnd(paragraph, place.TokenEnd, paragraph.Tokens.Length));

            if (place.Entity.Type != EntityType.Place || place.Kind is MentionKind.Demonym or MentionKind.Discovered || head >= paragraph.Tokens.Length
                || paragraph.Tokens[head].Kind != TokenKind.Word || !paragraph.Tokens[head].Is(TokenShape.AllLower)
                || !CueSet.Contains(cues.ProjectHeads, Word(paragraph, head)) || !ArticleBefore(paragraph, place.TokenStart, MaxModifiers)
                || paragraph.Sentences[place.Sentence].TokenEnd <= head || !EndsProjectName(paragraph, head + 1)
                || place.TokenStart > 0 && Word(paragraph, place.TokenStart - 1).SequenceEqual("-"))
            {
                // "the Karachi-Lahore motorway": a place glued by a hyphen to the one before it is a route's end.
                continue;
            }

            string name = paragraph.Normalised[paragraph.Tokens[place.TokenStart].Start..paragraph.Tokens[head].End];
            paragraph.Mentions[k] = Discovered(paragraph, place.TokenStart, head + 1, place.Sentence,
                DiscoveredNames.Create(name, EntityType.Project, CueConfidence, null), MentionKind.Discovered, CueConfidence);
        }
    }

    private const int MaxHeadModifiers = 2;

    /// <summary>
    /// The project head (cues <c>project_suffixes</c>) at <paramref name="i"/> or after at most two lower-case words ("the
    /// 300-megawatt Gwadar coal power plant"); <paramref name="i"/> itself when none stands there.
    /// </summary>
    private int ProjectHeadAfter(Paragraph paragraph, int i)
    {
        for (int k = i; k < paragraph.Tokens.Length && k - i <= MaxHeadModifiers; k++)
        {
            if (paragraph.Tokens[k].Kind != TokenKind.Word || !paragraph.Tokens[k].Is(TokenShape.AllLower))
            {
                return i;
            }

            if (CueSet.Contains(cues.ProjectHeads, Word(paragraph, k)))
            {
                return k;
            }
        }

        return i;
    }

    /// <summary>A punctuation mark, or a word of cues <c>project_head_ends</c>, at <paramref name="i"/> (or the paragraph's end).</summary>
    private bool EndsProjectName(Paragraph paragraph, int i) =>
        i >= paragraph.Tokens.Length || paragraph.Tokens[i].Kind == TokenKind.Punctuation || CueSet.Contains(cues.ProjectHeadEnds, Word(paragraph, i));

    /// <summary>
    /// A project named by a run of one or two capitalised words after "the" (and up to three modifiers: "the 183-megawatt
    /// Isimba dam") or right after a possessive ("whose Karakum canal") and a lower-case project head (cues
    /// <c>project_suffixes</c>, any casing, and <c>lower_project_heads</c>) right after it or after one lower-case word ("the
    /// Karot hydropower project", "the Doraleh container terminal"); null when the words are no such name. The head is part
    /// of the name ("Isimba dam").
    /// </summary>
    internal Mention? LowerCaseProject(Paragraph paragraph, int start, int end, int sentence, int limit)
    {
        const int MaxRun = 2;
        const int MaxModifiers = 3;
        if (Word(paragraph, start).SequenceEqual("The"))
        {
            // "The Karuma dam is funded by …": the sentence's article opens the run.
            start++;
        }

        // "the Lagos-Ibadan railway": a name glued by a hyphen to the one before it is the end of a route, not a project's name.
        bool article = ArticleBefore(paragraph, start, MaxModifiers);
        if (start >= end || RunWords(paragraph, start, end) > MaxRun || !(article || PossessorBefore(paragraph, start))
            || start > 0 && Word(paragraph, start - 1).SequenceEqual("-") && paragraph.Tokens[start - 1].End == paragraph.Tokens[start].Start)
        {
            return null;
        }

        for (int j = start; j < end; j++)
        {
            if (!HyphenatedSyllables.GluedHyphen(paragraph, j)
                && (cues.IsCommon(Word(paragraph, j)) || CueSet.Contains(cues.StopWords, Word(paragraph, j)) || IsSuffix(Word(paragraph, j), cues)))
            {
                return null;
            }
        }

        // "the Kambarata-1 dam": a number glued by a hyphen to the name is part of it.
        end = NumberedEnd(paragraph, end, limit);

        int head = -1;
        for (int j = end; j < limit && j <= end + 1; j++)
        {
            Token token = paragraph.Tokens[j];
            if (token.Kind != TokenKind.Word || !token.Is(TokenShape.AllLower))
            {
                break;
            }

            head = CueSet.Contains(cues.ProjectHeads, Word(paragraph, j)) ? j : head;
        }

        // "Turkmenistan's Galkynysh field": after a possessive "'s", a head that also names a place leaves the name to the
        // place's reading (NamedPlaceHeadAfter); "its Qashqari field" stays a project.
        if (head < 0 || !article && Word(paragraph, start - 1) is "'s" or "'" && CueSet.Contains(cues.NamedPlaceHeads, Word(paragraph, head)))
        {
            return null;
        }

        string name = paragraph.Normalised[paragraph.Tokens[start].Start..paragraph.Tokens[head].End];
        return Discovered(paragraph, start, head + 1, sentence, DiscoveredNames.Create(name, EntityType.Project, CueConfidence, null), MentionKind.Discovered, CueConfidence);
    }

    /// <summary>
    /// True when a possessive determiner (cues <c>possessive_determiners</c>) or a possessive "'s" stands right before
    /// <paramref name="start"/>: "whose Karakum canal", "its Qashqari field", "Tajikistan's Nurek dam".
    /// </summary>
    private bool PossessorBefore(Paragraph paragraph, int start) =>
        start > 0 && (CueSet.Contains(cues.PossessiveDeterminers, Word(paragraph, start - 1)) || Word(paragraph, start - 1) is "'s" or "'");
}
