using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>
/// Finds the CoNLL-U files of the treebank folders or files given to `kg train` and assigns each a split:
/// UD release files by name (*-train.conllu train, *-dev.conllu dev, *-test.conllu held out); documents named in a
/// splits.md in the folder or its parent (GUM's format: "## train", "## dev", "## test" headings over "* DOC" lists)
/// by that list, documents it does not list are held out; files in folders without either are training data.
/// A file whose name says test is never read, however it is given.
/// </summary>
internal static class TreebankFinder
{
    public static IReadOnlyList<TreebankFile> Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<TreebankFile>();
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Classify(path, Splits(Path.GetDirectoryName(Path.GetFullPath(path))!)));
            }
            else if (Directory.Exists(path))
            {
                Dictionary<string, TreebankSplit>? splits = Splits(path);
                string[] found = Directory.GetFiles(path, "*.conllu", SearchOption.AllDirectories);
                Array.Sort(found, StringComparer.Ordinal);
                files.AddRange(found.Select(file => Classify(file, splits)));
            }
            else
            {
                throw new KgException(ErrorCodes.ConlluNotFound, "treebank folder or file not found", path);
            }
        }

        return files;
    }

    private static TreebankFile Classify(string file, Dictionary<string, TreebankSplit>? splits)
    {
        string name = Path.GetFileNameWithoutExtension(file);
        if (name.EndsWith("-test", StringComparison.OrdinalIgnoreCase) || name.Contains("-test-", StringComparison.OrdinalIgnoreCase))
        {
            return new TreebankFile(file, TreebankSplit.HeldOut, "test split (held out)");
        }

        if (name.EndsWith("-train", StringComparison.OrdinalIgnoreCase))
        {
            return new TreebankFile(file, TreebankSplit.Train, "train split");
        }

        if (name.EndsWith("-dev", StringComparison.OrdinalIgnoreCase))
        {
            return new TreebankFile(file, TreebankSplit.Dev, "dev split");
        }

        if (splits is null)
        {
            return new TreebankFile(file, TreebankSplit.Train, "no split list: training data");
        }

        return splits.TryGetValue(name, out TreebankSplit split)
            ? new TreebankFile(file, split, $"splits.md: {split.ToString().ToLowerInvariant()}")
            : new TreebankFile(file, TreebankSplit.HeldOut, "not in splits.md train or dev (held out)");
    }

    /// <summary>The document splits of a splits.md in <paramref name="folder"/> or its parent, or null.</summary>
    private static Dictionary<string, TreebankSplit>? Splits(string folder)
    {
        string? list = new[] { folder, Path.GetDirectoryName(Path.GetFullPath(folder)) }
            .Where(f => f is not null)
            .Select(f => Path.Combine(f!, "splits.md"))
            .FirstOrDefault(File.Exists);
        if (list is null)
        {
            return null;
        }

        var splits = new Dictionary<string, TreebankSplit>(StringComparer.Ordinal);
        TreebankSplit current = TreebankSplit.HeldOut;
        foreach (string raw in File.ReadLines(list))
        {
            string line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = line[3..].Trim() switch
                {
                    "train" => TreebankSplit.Train,
                    "dev" => TreebankSplit.Dev,
                    _ => TreebankSplit.HeldOut,
                };
            }
            else if (line.StartsWith("* ", StringComparison.Ordinal))
            {
                splits[line[2..].Trim()] = current;
            }
        }

        return splits;
    }
}
