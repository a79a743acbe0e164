using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// Recognise stage: finds names the gazetteer lacks in body paragraphs: runs of capitalised words not covered
/// by a gazetteer mention, typed by cues (a person title before, an organisation suffix or prefix, a place or
/// event word) and given a stable discovered id (<see cref="DiscoveredNames"/>) and a confidence: 0.85 after a
/// person title, 0.75 with a project or organisation cue, 0.6 with a place or event cue, 0.4 for a bare run of two
/// or three capitalised words (a guess, typed Person, that the resolver drops below its minimum confidence).
/// Single bare words are never taken. Titles (Title Case) are skipped.
/// Needs: tokens, sentences, gazetteer mentions. Adds: mentions of kind discovered. Thread-safe.
/// </summary>
internal sealed class NameDiscoverer : IDocumentStage
{

    private readonly CueSet cues;
    private readonly FormTrie? trie;
    private readonly NameTitleFinder titles;
    private readonly NameRunFinder runs;
    private readonly ProjectNameFinder projects;
    private readonly StateBodyFinder stateBodies;
    private readonly NameTyper typer;

    /// <summary>The cues, and the gazetteer's forms (<paramref name="trie"/>) to find "China's Ministry of X" under "Chinese Ministry of X".</summary>
    public NameDiscoverer(CueSet cues, FormTrie? trie = null)
    {
        this.cues = cues;
        this.trie = trie;
        titles = new NameTitleFinder(cues);
        runs = new NameRunFinder(cues, titles);
        projects = new ProjectNameFinder(cues);
        stateBodies = new StateBodyFinder(cues);
        typer = new NameTyper(cues, trie, titles);
    }

    public string Name => "discoverer";

    public void Process(Document doc)
    {
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role == LineRole.Body && paragraph.Tokens.Length > 0)
            {
                Discover(paragraph);
            }
        }

        DiscoveredPartials.Add(doc, cues);
    }

    private void Discover(Paragraph paragraph)
    {
        InvertedNames.Invert(paragraph, cues);
        projects.PlaceNamedProjects(paragraph);
        RouteNames.Add(paragraph, cues);
        bool[] covered = NameTokens.Covered(paragraph);
        PlacePersonNames.Release(paragraph, covered, titles, cues);
        InnerPlaceNames.Release(paragraph, covered, cues);
        OwnedBodies.Add(paragraph, covered, cues, trie);
        PlaceBodies.Add(paragraph, covered, cues);
        var found = new List<Mention>();
        for (int s = 0; s < paragraph.Sentences.Length; s++)
        {
            Sentence sent = paragraph.Sentences[s];
            int i = sent.TokenStart;
            while (i < sent.TokenEnd)
            {
                int end = runs.SpanEnd(paragraph, covered, i, sent.TokenEnd);
                end = runs.FirstOfPair(paragraph, i, end);
                end = runs.PersonBeforeOf(paragraph, i, end);
                if (end > i && projects.LowerCaseProject(paragraph, i, end, s, sent.TokenEnd) is { } project)
                {
                    // "the Isimba dam", "the Karot hydropower project": a name and a lower-case project head after it.
                    found.Add(project);
                    i = project.TokenEnd;
                }
                else if (end > i && stateBodies.StateBody(paragraph, i, end, s, sent.TokenEnd) is { } body)
                {
                    // "the Central Bank of Nigeria", "the Bank of Tanzania": a body named with its state after "of".
                    found.Add(body);
                    i = end;
                }
                else if (end > i)
                {
                    Mention? mention = typer.Type(paragraph, i, end, s, i == sent.TokenStart, sent.TokenEnd);
                    if (mention is not null)
                    {
                        found.Add(mention);
                    }

                    // A name cut short before "and" + title leaves the rest of the run to read again.
                    i = mention is not null && mention.TokenEnd < end - 1 && NameTokens.Word(paragraph, mention.TokenEnd).SequenceEqual("and") ? mention.TokenEnd + 1 : end;
                }
                else
                {
                    i++;
                }
            }
        }

        DemonymOpenedNames.Join(paragraph, found, cues);
        if (found.Count > 0)
        {
            paragraph.Mentions.AddRange(found);
            paragraph.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }
}
