using System.Buffers;
using System.Text;
using System.Text.Unicode;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// The first pass over a file, before any of its articles is yielded, so a file is read whole or skipped whole.
/// Streams the bytes in 64 KiB chunks (memory stays flat) and rejects, with one warning naming the file (and
/// line): a file larger than the limit (KG1006), an empty or blank file (KG1003), NUL bytes (KG1004, binary),
/// invalid UTF-8 (KG1005), a line longer than the limit (KG1007), a file that cannot be opened or read (KG1002).
/// </summary>
internal static class FileValidator
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>True when the file can be read; otherwise one warning was reported.</summary>
    public static bool Check(string path, IngestOptions options, DiagnosticBag diagnostics)
    {
        long length;
        FileStream? stream = null;
        try
        {
            length = new FileInfo(path).Length;
            stream = length <= options.MaxFileBytes ? File.OpenRead(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warn(ErrorCodes.FileUnreadable, $"File cannot be read ({e.Message}); skipped.", path);
            return false;
        }

        if (stream is null)
        {
            diagnostics.Warn(ErrorCodes.FileTooLarge, $"File is {length} bytes, over the limit of {options.MaxFileBytes}; skipped.", path);
            return false;
        }

        using (stream)
        {
            return Scan(stream, path, options, diagnostics);
        }
    }

    private static bool Scan(FileStream stream, string path, IngestOptions options, DiagnosticBag diagnostics)
    {
        byte[] bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
        char[] chars = ArrayPool<char>.Shared.Rent(ChunkBytes + 4);
        try
        {
            FileScanState state = new() { Line = 1 };
            int carry = 0;
            while (true)
            {
                int read = ReadChunk(stream, bytes.AsSpan(carry, ChunkBytes), path, diagnostics);
                if (read < 0)
                {
                    return false;
                }

                Span<byte> chunk = bytes.AsSpan(0, carry + read);
                if (!CheckBytes(chunk[carry..], ref state, path, options, diagnostics)
                    || !CheckUtf8(chunk, chars, read == 0, ref carry, state, path, diagnostics))
                {
                    return false;
                }

                if (read == 0)
                {
                    break;
                }
            }

            if (!state.SawText)
            {
                diagnostics.Warn(ErrorCodes.FileEmpty, "File is empty; skipped.", path);
            }

            return state.SawText;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Bytes read, 0 at the end, -1 after reporting a read error.</summary>
    private static int ReadChunk(FileStream stream, Span<byte> buffer, string path, DiagnosticBag diagnostics)
    {
        try
        {
            return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warn(ErrorCodes.FileUnreadable, $"File cannot be read ({e.Message}); skipped.", path);
            return -1;
        }
    }

    private static bool CheckBytes(ReadOnlySpan<byte> fresh, ref FileScanState state, string path, IngestOptions options, DiagnosticBag diagnostics)
    {
        foreach (byte b in fresh)
        {
            if (b == 0)
            {
                diagnostics.Warn(ErrorCodes.FileBinary, "File holds NUL bytes (binary or not UTF-8 text); skipped.", path, state.Line);
                return false;
            }

            if (b == (byte)'\n')
            {
                state.Line++;
                state.LineBytes = 0;
                continue;
            }

            state.SawText |= b > (byte)' ';
            if (++state.LineBytes > options.MaxLineBytes)
            {
                diagnostics.Warn(ErrorCodes.LineTooLong, $"Line is longer than {options.MaxLineBytes} bytes; file skipped whole.", path, state.Line);
                return false;
            }
        }

        return true;
    }

    /// <summary>Validates the chunk; keeps an unfinished trailing sequence (at most 3 bytes) at the buffer's start for the next round.</summary>
    private static bool CheckUtf8(Span<byte> chunk, char[] chars, bool final, ref int carry, FileScanState state, string path, DiagnosticBag diagnostics)
    {
        OperationStatus status = Utf8.ToUtf16(chunk, chars, out int consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
        if (status == OperationStatus.InvalidData)
        {
            int linesAfter = chunk[consumed..].Count((byte)'\n');
            diagnostics.Warn(ErrorCodes.FileInvalidUtf8, "File is not valid UTF-8; skipped.", path, state.Line - linesAfter);
            return false;
        }

        carry = chunk.Length - consumed;
        chunk[consumed..].CopyTo(chunk);
        return true;
    }
}
