using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Model;

/// <summary>Stable content ids: the first 8 bytes of SHA-256 over UTF-8, as 16 lower-case hex digits.</summary>
internal static class ContentHash
{
    public static string Of(string text) => Of(text.AsSpan());

    public static string Of(ReadOnlySpan<char> text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > 4096 ? System.Buffers.ArrayPool<byte>.Shared.Rent(max) : null;
        try
        {
            Span<byte> bytes = rented ?? stackalloc byte[max];
            int count = Encoding.UTF8.GetBytes(text, bytes);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(bytes[..count], hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Hash of several parts joined by a separator that cannot occur inside a line.</summary>
    public static string OfLines(IEnumerable<string> lines) => Of(string.Join('\n', lines));
}
