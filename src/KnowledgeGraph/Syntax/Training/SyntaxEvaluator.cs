using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.Features;
using KnowledgeGraph.Syntax.Lemmas;
using KnowledgeGraph.Syntax.Parsing;
using KnowledgeGraph.Syntax.Tagging;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// Scores components on gold sentences. Each part is optional: without a tagger the sentences' predicted tags are
/// used, without a parser their predicted heads; parts not run score zero.
/// </summary>
internal static class SyntaxEvaluator
{
    public static SyntaxScores Score(
        IEnumerable<TreebankSentence> sentences, PosTagger? tagger = null, Lemmatiser? lemmatiser = null, DependencyParser? parser = null,
        ArcLabeller? labeller = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var words = new SentenceWords();
        long total = 0, upos = 0, xpos = 0, lemma = 0, heads = 0, labelled = 0, full = 0;
        foreach (TreebankSentence sent in sentences)
        {
            int n = sent.Count;
            words.Load(sent.Text, sent.Tokens);
            byte[] tags = sent.PredictedXpos;
            Upos[] universal = sent.PredictedUpos;
            if (tagger is not null)
            {
                var output = new SyntaxToken[n];
                tagger.Tag(words, output);
                tags = [.. output.Select(t => t.Xpos)];
                universal = [.. output.Select(t => t.Upos)];
            }

            int[] predictedHeads = sent.PredictedHeads;
            if (parser is not null)
            {
                predictedHeads = new int[n];
                parser.Parse(words, tags, universal, predictedHeads);
            }

            var relations = new DepRel[n];
            if (labeller is not null)
            {
                labeller.Label(words, tags, universal, predictedHeads, relations);
            }

            total += n;
            for (int i = 0; i < n; i++)
            {
                upos += universal.Length > 0 && universal[i] == sent.Upos[i] ? 1 : 0;
                xpos += tags.Length > 0 && tags[i] == sent.XposClasses[i] ? 1 : 0;
                lemma += lemmatiser is not null && lemmatiser.Lemma(sent.Form(i), universal[i], tags[i]) == sent.Lemmas[i] ? 1 : 0;
                bool head = predictedHeads.Length > 0 && predictedHeads[i] == sent.Heads[i];
                heads += head ? 1 : 0;
                labelled += head && relations[i] != DepRel.None && relations[i].Base() == sent.Relations[i].Base() ? 1 : 0;
                full += head && relations[i] == sent.Relations[i] ? 1 : 0;
            }
        }

        return new SyntaxScores(total, upos, xpos, lemma, heads, labelled, full);
    }

    /// <summary>Parses <paramref name="sentences"/> with their predicted tags into <see cref="TreebankSentence.PredictedHeads"/>.</summary>
    public static void ParseInto(DependencyParser parser, IEnumerable<TreebankSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sentences);
        var words = new SentenceWords();
        foreach (TreebankSentence sent in sentences)
        {
            words.Load(sent.Text, sent.Tokens);
            sent.PredictedHeads = new int[sent.Count];
            parser.Parse(words, sent.PredictedXpos, sent.PredictedUpos, sent.PredictedHeads);
        }
    }
}
