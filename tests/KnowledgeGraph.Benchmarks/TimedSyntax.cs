using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The Syntax stage with a clock on its on-demand work: builds each paragraph's layer as <see cref="SyntaxAnnotator"/>
/// does, with itself as the layer's annotator, and adds the thread CPU time of every tagging and parsing it is asked
/// for to the stage that asked (<see cref="Stage"/>, set by the caller before each stage runs). So the stage benchmark
/// can split the claims stage into the parsing it triggers, the tagging it triggers, and its own rules.
/// </summary>
internal sealed class TimedSyntax : IDocumentStage, ISyntaxAnnotator
{
    private readonly SyntaxAnnotator inner;

    public TimedSyntax(SyntaxAnnotator inner, int stages)
    {
        this.inner = inner;
        TagTicks = new long[stages];
        ParseTicks = new long[stages];
        Tagged = new int[stages];
        Parsed = new int[stages];
    }

    /// <summary>Index of the stage running now (the one charged for tagging and parsing).</summary>
    public int Stage { get; set; }

    /// <summary>Thread CPU nanoseconds of tagging, per stage that triggered it.</summary>
    public long[] TagTicks { get; }

    /// <summary>Thread CPU nanoseconds of parsing, per stage that triggered it.</summary>
    public long[] ParseTicks { get; }

    /// <summary>Sentences tagged, per stage that triggered it.</summary>
    public int[] Tagged { get; }

    /// <summary>Sentences parsed, per stage that triggered it.</summary>
    public int[] Parsed { get; }

    public string Name => inner.Name;

    public void Process(Document doc)
    {
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.Role.FeedsExtraction())
            {
                paragraph.Syntax = new SyntaxLayer(paragraph, this);
            }
        }
    }

    public string XposName(byte xpos) => inner.XposName(xpos);

    public string Lemma(ReadOnlySpan<char> form, Upos upos, byte xpos) => inner.Lemma(form, upos, xpos);

    public bool CanBePast(ReadOnlySpan<char> form) => inner.CanBePast(form);

    public void Tag(Paragraph paragraph, int sentence, Span<SyntaxToken> tokens, int from, int to)
    {
        long start = ThreadCpuClock.Now();
        inner.Tag(paragraph, sentence, tokens, from, to);
        TagTicks[Stage] += ThreadCpuClock.Now() - start;
        // A sentence's tagging may be done in parts, asked for by different stages: it counts where it began.
        Tagged[Stage] += from == 0 ? 1 : 0;
    }

    public void Parse(Paragraph paragraph, int sentence, Span<SyntaxToken> tokens)
    {
        long start = ThreadCpuClock.Now();
        inner.Parse(paragraph, sentence, tokens);
        ParseTicks[Stage] += ThreadCpuClock.Now() - start;
        Parsed[Stage]++;
    }
}
