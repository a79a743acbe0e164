namespace KnowledgeGraph.Ingest;

/// <summary>
/// Cuts a stream of lines into articles: a new article starts at every intro blurb (see
/// <see cref="LineClassifier.IsIntro"/>). Streams with one line of look-ahead; only the current article is held.
/// Lines before the first intro become an article of their own, unless they are all page furniture, which is then
/// carried into the first article. A file without any intro is one article.
/// </summary>
internal sealed class BlogDumpSplitter(LineClassifier classifier)
{
    public IEnumerable<ArticleDraft> Split(IEnumerable<SourceLine> lines)
    {
        ArticleDraft current = new();
        SourceLine? pending = null;
        foreach (SourceLine line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (pending is { } previous)
            {
                if (Step(ref current, previous, line.Text) is { } done)
                {
                    yield return done;
                }
            }

            pending = line;
        }

        if (pending is { } last && Step(ref current, last, null) is { } before)
        {
            yield return before;
        }

        if (current.Lines.Count > 0)
        {
            yield return current;
        }
    }

    /// <summary>Adds <paramref name="line"/> to the current article or starts a new one; returns a finished article.</summary>
    private ArticleDraft? Step(ref ArticleDraft current, SourceLine line, string? next)
    {
        if (!classifier.IsIntro(line.Text, next))
        {
            current.Lines.Add(line);
            return null;
        }

        ArticleDraft finished = current;
        bool onlyFurniture = !finished.HasIntro && finished.Lines.All(l => classifier.IsBoilerplate(l.Text));
        current = new ArticleDraft { HasIntro = true, LeadingBoilerplate = onlyFurniture ? finished.Lines.Count : 0 };
        if (onlyFurniture)
        {
            current.Lines.AddRange(finished.Lines);
            finished = new ArticleDraft();
        }

        current.Lines.Add(line);
        return finished.Lines.Count > 0 ? finished : null;
    }
}
