using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Syntax.Conllu;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>Reads the training and dev sentences of the files <see cref="TreebankFinder"/> found; held-out files are never opened.</summary>
internal sealed class TreebankLoader
{
    public List<TreebankSentence> Train { get; } = [];
    public List<DevSet> Dev { get; } = [];
    /// <summary>One line per file: name, split, reason, sentences.</summary>
    public List<string> Report { get; } = [];

    public static TreebankLoader Load(IReadOnlyList<TreebankFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var loader = new TreebankLoader();
        var dev = new Dictionary<string, List<TreebankSentence>>(StringComparer.Ordinal);
        foreach (TreebankFile file in files)
        {
            string name = Path.GetFileName(file.Path);
            if (file.Split == TreebankSplit.HeldOut)
            {
                loader.Report.Add($"{name}: not read ({file.Reason})");
                continue;
            }

            var sentences = ConlluReader.Read(file.Path).Select(TreebankSentence.From).ToList();
            loader.Report.Add($"{name}: {file.Split.ToString().ToLowerInvariant()} ({file.Reason}), {sentences.Count} sentences, {sentences.Sum(s => s.Count)} words");
            if (file.Split == TreebankSplit.Train)
            {
                loader.Train.AddRange(sentences);
            }
            else
            {
                string set = DevSetName(file);
                if (!dev.TryGetValue(set, out List<TreebankSentence>? list))
                {
                    dev[set] = list = [];
                }

                list.AddRange(sentences);
            }
        }

        if (loader.Train.Count == 0)
        {
            throw new KgException(ErrorCodes.TrainingDataEmpty, "no training sentences found (give treebank folders with *-train.conllu files or a splits.md)");
        }

        loader.Dev.AddRange(dev.Select(p => new DevSet(p.Key, p.Value)));
        return loader;
    }

    /// <summary>UD dev files are a set each (en_ewt-ud-dev); dev documents of a splits.md folder form one set named after it (gum-dev).</summary>
    private static string DevSetName(TreebankFile file)
    {
        string name = Path.GetFileNameWithoutExtension(file.Path);
        if (name.EndsWith("-dev", StringComparison.OrdinalIgnoreCase))
        {
            return name;
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(file.Path))!;
        string owner = File.Exists(Path.Combine(folder, "splits.md")) ? folder : Path.GetDirectoryName(folder) ?? folder;
        return Path.GetFileName(owner) + "-dev";
    }
}
