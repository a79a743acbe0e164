using System.Text;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Streams the lines of a file already passed by <see cref="FileValidator"/>, numbered from 1, blank ones included
/// (so numbers match the file), without the newline (\n, \r\n or \r) and without a leading byte-order mark.
/// If the file vanishes or fails between the two passes, one KG1002 warning is reported and the lines stop.
/// </summary>
internal static class LineSource
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IEnumerable<SourceLine> Read(string path, DiagnosticBag diagnostics)
    {
        StreamReader? reader = Open(path, diagnostics);
        if (reader is null)
        {
            yield break;
        }

        using (reader)
        {
            int number = 0;
            while (TryReadLine(reader, path, number + 1, diagnostics, out string? line) && line is not null)
            {
                yield return new SourceLine(line, ++number);
            }
        }
    }

    private static StreamReader? Open(string path, DiagnosticBag diagnostics)
    {
        try
        {
            return new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warn(ErrorCodes.FileUnreadable, $"File cannot be read ({e.Message}); skipped.", path);
            return null;
        }
    }

    private static bool TryReadLine(StreamReader reader, string path, int number, DiagnosticBag diagnostics, out string? line)
    {
        try
        {
            line = reader.ReadLine();
            return true;
        }
        catch (IOException e)
        {
            diagnostics.Warn(ErrorCodes.FileUnreadable, $"File stopped being readable ({e.Message}); the rest is skipped.", path, number);
            line = null;
            return false;
        }
    }
}
