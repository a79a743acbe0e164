using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// The dependency tree of the sentence a <see cref="SentenceView"/> holds, read once from the paragraph's
/// <see cref="SyntaxLayer"/> (parsing the sentence if no stage has yet): heads, relations and children lists, indexed by
/// paragraph token. Reused across the sentences of one document; not thread-safe.
/// </summary>
internal sealed class SentenceTree
{
    private int[] heads = new int[128];
    private DepRel[] relations = new DepRel[128];
    private Upos[] tags = new Upos[128];
    private int[] firstChild = new int[128];
    private int[] nextSibling = new int[128];
    private SyntaxLayer? syntax;

    public int First { get; private set; }
    public int End { get; private set; }

    /// <summary>Parses (if needed) and loads the view's sentence; false when the paragraph has no syntax layer.</summary>
    public bool Load(Paragraph paragraph, SentenceView view)
    {
        syntax = paragraph.Syntax;
        if (syntax is null)
        {
            return false;
        }

        syntax.EnsureParsed(view.Index);
        First = view.First;
        End = view.End;
        int count = End - First;
        if (heads.Length < count)
        {
            int size = Math.Max(count, heads.Length * 2);
            heads = new int[size];
            relations = new DepRel[size];
            tags = new Upos[size];
            firstChild = new int[size];
            nextSibling = new int[size];
        }

        Array.Fill(firstChild, -1, 0, count);
        Array.Fill(nextSibling, -1, 0, count);
        for (int i = First; i < End; i++)
        {
            SyntaxToken token = syntax[i];
            heads[i - First] = token.Head;
            relations[i - First] = token.Relation;
            tags[i - First] = token.Upos;
        }

        // Children in text order: link from the last token backwards.
        for (int i = End - 1; i >= First; i--)
        {
            int head = heads[i - First];
            if (head >= First && head < End)
            {
                nextSibling[i - First] = firstChild[head - First];
                firstChild[head - First] = i;
            }
        }

        return true;
    }

    public int Head(int token) => heads[token - First];

    public DepRel Relation(int token) => relations[token - First];

    /// <summary>The universal relation (nsubj for nsubj:pass, obl for obl:agent).</summary>
    public DepRel Base(int token) => DepRels.Base(relations[token - First]);

    public Upos Upos(int token) => tags[token - First];

    /// <summary>Lower-case lemma ("say" for said).</summary>
    public string Lemma(int token) => syntax!.Lemma(token);

    public bool Contains(int token) => token >= First && token < End;

    /// <summary>First child of <paramref name="token"/> in text order, or -1; go on with <see cref="NextSibling"/>.</summary>
    public int FirstChild(int token) => firstChild[token - First];

    public int NextSibling(int token) => nextSibling[token - First];

    /// <summary>True when <paramref name="token"/> has a child with relation <paramref name="relation"/>.</summary>
    public bool HasChild(int token, DepRel relation)
    {
        for (int c = FirstChild(token); c >= 0; c = NextSibling(c))
        {
            if (relations[c - First] == relation)
            {
                return true;
            }
        }

        return false;
    }
}
