using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Syntax.Training;

namespace KnowledgeGraph.Recognise.Ner;

/// <summary>
/// The recogniser's data, split the way the treebanks say: GUM train documents train, GUM dev documents select the
/// epoch and fit the temperature, GUM test documents are never read (<see cref="TreebankFinder"/>); a Universal NER
/// file (`.iob2`, English-EWT dev) is split in reading order: the first part trains, the last
/// <see cref="HeldOutShare"/> is held out to measure. No English-EWT test data is read.
/// </summary>
internal sealed class NerTrainingData
{
    /// <summary>Share of each Universal NER file kept out of training and selection, to measure on.</summary>
    public const double HeldOutShare = 0.2;

    public List<NerSentence> Train { get; } = [];
    public List<NerSentence> Selection { get; } = [];
    public List<NerSentence> HeldOut { get; } = [];
    public List<string> Report { get; } = [];

    public static NerTrainingData Load(IEnumerable<string> paths)
    {
        var data = new NerTrainingData();
        var treebanks = new List<string>();
        foreach (string path in paths)
        {
            if (path.EndsWith(".iob2", StringComparison.OrdinalIgnoreCase))
            {
                if (!File.Exists(path))
                {
                    throw new KgException(ErrorCodes.ConlluNotFound, "NER data file not found", path);
                }

                List<NerSentence> all = NerCorpus.ReadIob2(path).ToList();
                int cut = (int)(all.Count * (1 - HeldOutShare));
                data.Train.AddRange(all.Take(cut));
                data.HeldOut.AddRange(all.Skip(cut));
                data.Report.Add($"ner: {path}: {cut} sentences train, {all.Count - cut} held out");
            }
            else
            {
                treebanks.Add(path);
            }
        }

        foreach (TreebankFile file in TreebankFinder.Find(treebanks))
        {
            List<NerSentence> target = file.Split switch { TreebankSplit.Train => data.Train, TreebankSplit.Dev => data.Selection, _ => [] };
            if (file.Split != TreebankSplit.HeldOut)
            {
                target.AddRange(NerCorpus.ReadGum(file.Path));
            }
        }

        data.Report.Add($"ner: {data.Train.Count} training, {data.Selection.Count} selection, {data.HeldOut.Count} held-out sentences");
        return data;
    }
}
