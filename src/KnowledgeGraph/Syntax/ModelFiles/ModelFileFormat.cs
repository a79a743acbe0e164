using System.Security.Cryptography;

namespace KnowledgeGraph.Syntax.ModelFiles;

/// <summary>
/// The container layout shared by <see cref="ModelFile"/> and <see cref="ModelFileWriter"/>, all little-endian:
/// <code>
/// magic    8 bytes  "KGMODEL" 0x1A
/// version  u16      container format (<see cref="Version"/>)
/// count    u16      number of sections
/// per section: name (u8 length + ASCII), section version u32, offset u64, length u64, checksum 8 bytes
/// header checksum  8 bytes over everything before it
/// payloads, each starting on an 8-byte boundary
/// </code>
/// A checksum is the first 8 bytes of the SHA-256 of what it covers.
/// </summary>
internal static class ModelFileFormat
{
    /// <summary>The container format this build reads and writes.</summary>
    public const int Version = 1;

    /// <summary>Longest section name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>The first 8 bytes of every model file.</summary>
    public static ReadOnlySpan<byte> Magic => "KGMODEL\u001A"u8;

    /// <summary>First 8 bytes of SHA-256 of <paramref name="data"/>, as a little-endian integer.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(data, hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }

    /// <summary>True for names of 1 to 64 characters among a-z, 0-9, '.', '-' and '_'.</summary>
    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= MaxNameLength && name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-' or '_');
}
