using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// Decides, from tokens and tags only, whether a sentence <see cref="ParseGate"/> passes over is parsed for a verb in a
/// relative clause or reduced relative right after a name, which the token rules left unread. One instance per document.
/// </summary>
internal sealed class RelativeVerbGate
{
    private const int MaxRelativeReach = 6;
    private SentenceView view = null!;
    private SyntaxLayer syntax = null!;

    /// <summary>
    /// True when a verbal trigger the token rules did not read (<paramref name="handled"/>[i - view.First] false) opens a
    /// relative clause right after a name ("Kyrgyzstan, which holds …", "Manas International Airport that was built by …")
    /// or is a participle right after one ("China Overseas Ports Holding Company, operated by …"), past a comma at most:
    /// the tree can give it the antecedent (<see cref="RelativeAttachment"/>), and only that reading is taken from the tree.
    /// </summary>
    public bool ShouldParse(Paragraph paragraph, SentenceView sentence, ReadOnlySpan<bool> handled)
    {
        if (paragraph.Syntax is null)
        {
            return false;
        }

        view = sentence;
        syntax = paragraph.Syntax;
        for (int i = view.First; i < view.End; i++)
        {
            if (!handled[i - view.First] && view.MentionIndexAt(i) < 0 && syntax.Upos(i) == Upos.Verb && view.TriggersAt(i) is { } list
                && HasVerbTrigger(list) && ((syntax.Xpos(i) is "VBN" or "VBG" && AfterName(i)) || AfterName(RelativePronoun(i))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVerbTrigger(List<(string[] Words, Trigger Value)> list)
    {
        foreach (var (_, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Verb)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The relative pronoun at most six words before the verb with no punctuation between, or -1.</summary>
    private int RelativePronoun(int verb)
    {
        for (int k = verb - 1; k >= Math.Max(view.First, verb - MaxRelativeReach); k--)
        {
            if (view.Is(k, "which") || view.Is(k, "who") || view.Is(k, "that"))
            {
                return k;
            }

            if (view.IsPunctuation(k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when a name ends right before <paramref name="opener"/>, or before a comma right before it.</summary>
    private bool AfterName(int opener)
    {
        if (opener <= view.First)
        {
            return false;
        }

        int before = view.Is(opener - 1, ",") ? opener - 2 : opener - 1;
        return view.MentionIndexAt(before) >= 0;
    }
}
