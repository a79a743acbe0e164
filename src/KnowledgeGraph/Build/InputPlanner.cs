using System.Security.Cryptography;
using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Build;

/// <summary>
/// Lists the input files (as ingest does) and hashes each one, so a reload parses only files whose bytes changed.
/// As in version control, a file whose size and modification time match its stamp is taken as unchanged without
/// being read; any other file is hashed, and only a different hash gets it parsed. Every file is read when
/// <paramref name="readAll"/> is set (--rebuild, or stored articles extracted under another gazetteer fingerprint).
/// </summary>
internal static class InputPlanner
{
    public static InputPlan Plan(IReadOnlyList<string> paths, IBuildStore store, bool readAll, DiagnosticBag diagnostics)
    {
        var plan = new InputPlan();
        IReadOnlyDictionary<string, FileStamp> stored = store.FileStamps();

        foreach (InputFile file in InputLister.List(paths, new IngestOptions(), diagnostics))
        {
            var info = new FileInfo(file.Path);
            bool known = stored.TryGetValue(file.Path, out FileStamp before);
            string? hash = known && before.Size == info.Length && before.Modified == info.LastWriteTimeUtc.Ticks ? before.Hash : Hash(file.Path);
            if (hash is not null)
            {
                plan.Stamps[file.Path] = new FileStamp(hash, info.Length, info.LastWriteTimeUtc.Ticks);
            }

            if (!readAll && hash is not null && known && before.Hash == hash)
            {
                plan.Unchanged.Add(file.Path);
                continue;
            }

            plan.ToRead.Add(file.Path);
        }

        return plan;
    }

    /// <summary>True when some stored article was extracted under another fingerprint than <paramref name="fingerprint"/>.</summary>
    public static bool HasStaleArticles(IBuildStore store, string fingerprint) => store.HasStaleArticles(fingerprint);

    private static string? Hash(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream).AsSpan(0, 8));
        }
        catch (IOException)
        {
            // Unreadable now: leave it to the reader, which reports it.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
