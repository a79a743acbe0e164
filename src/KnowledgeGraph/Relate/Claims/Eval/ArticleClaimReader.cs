using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// Runs extraction on the whole article of every annotated sentence, as a build does, so pronouns, descriptions and
/// acronyms the article defined earlier resolve (Resolve's coreference and acronym steps read the paragraphs before).
/// Each file a set names is read once; only the articles holding an annotated line are processed. A sentence is
/// found by its file, line and verbatim text; its claims are those of that paragraph whose evidence span lies inside
/// the sentence. Sentences whose file or text cannot be found are left out of the answer (the caller decides).
/// An annotated line Ingest labels as neither title nor body (a caption, an intro, an endnote) is read as body, as
/// the annotation reads it: the measure is of the claim rules, not of the line labeller; such lines are counted.
/// </summary>
internal static class ArticleClaimReader
{
    /// <summary>
    /// Reads the articles of <paramref name="sentences"/> (files relative to <paramref name="root"/>) with
    /// <paramref name="ingest"/> and runs <paramref name="process"/> on each one that holds an annotated line.
    /// </summary>
    public static ArticleRead Read(IReadOnlyList<ClaimEvalSentence> sentences, string root, IngestOptions ingest, Action<Document> process)
    {
        int relabelled = 0;
        var byLine = new Dictionary<(string, int), List<ClaimEvalSentence>>();
        foreach (ClaimEvalSentence sentence in sentences)
        {
            var key = (Path.GetFullPath(Path.Combine(root, sentence.File)), sentence.Line);
            if (!byLine.TryGetValue(key, out List<ClaimEvalSentence>? list))
            {
                byLine.Add(key, list = []);
            }

            list.Add(sentence);
        }

        var files = byLine.Keys.Select(k => k.Item1).Distinct(StringComparer.Ordinal).Where(File.Exists).ToList();
        var found = new Dictionary<ClaimEvalSentence, ArticleSentence>(ReferenceEqualityComparer.Instance);
        foreach (Document doc in new CorpusReader(ingest).Read(files, new DiagnosticBag()))
        {
            var wanted = new List<(Paragraph, List<ClaimEvalSentence>)>();
            foreach (Paragraph paragraph in doc.Paragraphs)
            {
                foreach (SourceLocation location in paragraph.Locations)
                {
                    if (byLine.TryGetValue((Path.GetFullPath(location.File), location.Line), out List<ClaimEvalSentence>? list))
                    {
                        wanted.Add((paragraph, list));
                        if (!paragraph.Role.FeedsExtraction())
                        {
                            paragraph.Role = LineRole.Body;
                            relabelled++;
                        }
                    }
                }
            }

            if (wanted.Count == 0)
            {
                continue;
            }

            process(doc);
            foreach (var (paragraph, list) in wanted)
            {
                foreach (ClaimEvalSentence sentence in list)
                {
                    int start = paragraph.Text.IndexOf(sentence.Text, StringComparison.Ordinal);
                    if (start >= 0)
                    {
                        found.TryAdd(sentence, Within(paragraph, start, start + sentence.Text.Length));
                    }
                }
            }
        }

        return new ArticleRead(found, relabelled);
    }

    /// <summary>
    /// The folder the set's <c>file</c> paths are relative to (the repository root): the nearest folder at or above the
    /// set's own that holds the first sentence's file, else the current directory.
    /// </summary>
    public static string RootOf(string setPath, IReadOnlyList<ClaimEvalSentence> sentences)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(setPath));
        string? file = sentences.Count > 0 ? sentences[0].File : null;
        for (; file is not null && folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, file)))
            {
                return folder;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>The claims of <paramref name="paragraph"/> whose evidence lies in [<paramref name="start"/>, <paramref name="end"/>), and the entities named there.</summary>
    public static ArticleSentence Within(Paragraph paragraph, int start, int end)
    {
        var claims = paragraph.Claims.Where(c => c.Start >= start && c.End <= end).ToList();
        var named = paragraph.Mentions.Where(m => m.Start >= start && m.End <= end).Select(m => m.Entity.Id)
            .Concat(paragraph.References.Where(r => r.Start >= start && r.End <= end).Select(r => "^" + r.Entity.Id))
            .Distinct(StringComparer.Ordinal).ToList();
        return new ArticleSentence(claims, named) { Paragraph = paragraph, Start = start, End = end };
    }
}
