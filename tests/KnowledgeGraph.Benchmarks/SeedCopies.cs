using System.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Writes N copies of the seed files with every copy's text made distinct: each non-blank line of copy k gets a
/// lower-case marker word ("qk" + k in letters) before its closing punctuation, so no article, paragraph or title of
/// one copy equals one of another, while line roles (titles stay short and unpunctuated) and what the rules find stay
/// as in the seeds. The two seed files' shared articles stay shared inside each copy, as in the seeds.
/// </summary>
internal static class SeedCopies
{
    /// <summary>Writes copy_001/ … copy_N/ under <paramref name="folder"/>; returns the bytes written.</summary>
    public static long Write(string seedsFolder, string folder, int copies)
    {
        long bytes = 0;
        string[] files = Directory.GetFiles(seedsFolder, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        for (int copy = 1; copy <= copies; copy++)
        {
            string target = Path.Combine(folder, $"copy_{copy:D3}");
            Directory.CreateDirectory(target);
            string marker = " qk" + Letters(copy);
            foreach (string file in files)
            {
                var text = new StringBuilder();
                foreach (string line in File.ReadAllText(file).Split('\n'))
                {
                    text.Append(Mark(line, marker)).Append('\n');
                }

                text.Length--;
                string path = Path.Combine(target, Path.GetFileName(file));
                File.WriteAllText(path, text.ToString());
                bytes += new FileInfo(path).Length;
            }
        }

        return bytes;
    }

    /// <summary>The line with <paramref name="marker"/> inserted before its closing punctuation (at its end when it has none).</summary>
    public static string Mark(string line, string marker)
    {
        string body = line.TrimEnd('\r');
        if (body.Trim().Length == 0)
        {
            return line;
        }

        int end = body.TrimEnd().Length;
        int at = end;
        while (at > 0 && ".?!…\"”’')]:;,".Contains(body[at - 1], StringComparison.Ordinal))
        {
            at--;
        }

        return string.Concat(body.AsSpan(0, at), marker, body.AsSpan(at), line.AsSpan(body.Length));
    }

    private static string Letters(int number)
    {
        var letters = new StringBuilder();
        for (int n = number; n > 0; n /= 26)
        {
            letters.Insert(0, (char)('a' + (n % 26)));
        }

        return letters.ToString();
    }
}
