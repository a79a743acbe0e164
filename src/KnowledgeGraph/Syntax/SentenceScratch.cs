using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax;

/// <summary>Per-thread arrays for one sentence's tags, heads and relations while it is parsed; grown, never freed.</summary>
internal sealed class SentenceScratch
{
    [ThreadStatic]
    private static SentenceScratch? perThread;

    public byte[] Xpos { get; private set; } = new byte[64];
    public Upos[] Upos { get; private set; } = new Upos[64];
    public int[] Heads { get; private set; } = new int[64];
    public DepRel[] Relations { get; private set; } = new DepRel[64];

    public static SentenceScratch ForThread(int n)
    {
        SentenceScratch scratch = perThread ??= new SentenceScratch();
        if (n > scratch.Heads.Length)
        {
            int size = n * 2;
            scratch.Xpos = new byte[size];
            scratch.Upos = new Upos[size];
            scratch.Heads = new int[size];
            scratch.Relations = new DepRel[size];
        }

        return scratch;
    }
}
