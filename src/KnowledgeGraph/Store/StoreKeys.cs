namespace KnowledgeGraph.Store;

/// <summary>
/// The store's integer keys: a 16-hex-digit content id (article, paragraph, claim) is the 64-bit number it spells,
/// stored as a signed integer with its top bit flipped, so integer order is the ids' order; readers turn it back into
/// the same hex id.
/// </summary>
internal static class StoreKeys
{
    private const ulong TopBit = 0x8000000000000000;

    public static long Of(string hex) => unchecked((long)(Convert.ToUInt64(hex, 16) ^ TopBit));

    public static string Hex(long key) => (unchecked((ulong)key) ^ TopBit).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"{paragraph hex}:{start}", the sentence id readers show.</summary>
    public static string Sentence(long paragraph, long start) => Hex(paragraph) + ":" + start.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Splits a sentence id "{paragraph hex}:{start}" into its keys.</summary>
    public static (long Paragraph, int Start) Sentence(string id)
    {
        int colon = id.IndexOf(':', StringComparison.Ordinal);
        return (Of(id[..colon]), int.Parse(id.AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture));
    }
}
