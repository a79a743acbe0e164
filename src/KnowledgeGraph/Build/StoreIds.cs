using KnowledgeGraph.Model;

namespace KnowledgeGraph.Build;

/// <summary>The stable ids the store gives sentences, claims and articles (all functions of the input only).</summary>
internal static class StoreIds
{
    /// <summary>"{paragraphId}:{start}", start being the sentence's offset in its paragraph.</summary>
    public static string Sentence(string paragraphId, int start) => $"{paragraphId}:{start}";

    /// <summary>Id of the sentence a mention or claim sits in (offset 0 when the paragraph was not split).</summary>
    public static string Sentence(Paragraph paragraph, int sentenceIndex) =>
        Sentence(paragraph.Id, (uint)sentenceIndex < (uint)paragraph.Sentences.Length ? paragraph.Sentences[sentenceIndex].Start : 0);

    /// <summary>16 hex digits of SHA-256 over "subject|predicate|object|negated" (negated as "true" or "false").</summary>
    public static string Claim(string subject, string predicate, string obj, bool negated) =>
        ContentHash.Of($"{subject}|{predicate}|{obj}|{(negated ? "true" : "false")}");

    /// <summary>
    /// An article's identity across edits: 16 hex digits of SHA-256 over its title, so fixing a typo in the body
    /// keeps the id (the article is "changed"). An untitled article is named by where it starts
    /// ("file:line" of its first location) instead.
    /// </summary>
    public static string Article(Document doc)
    {
        string? title = doc.Title?.Trim();
        return string.IsNullOrEmpty(title)
            ? ContentHash.Of($"at\n{doc.Locations.FirstOrDefault()}")
            : ContentHash.Of($"title\n{title}");
    }

    /// <summary>The id used when two different articles of one run share a title: the title plus where the second starts.</summary>
    public static string ArticleFallback(Document doc) =>
        ContentHash.Of($"title\n{doc.Title?.Trim()}\n{doc.Locations.FirstOrDefault()}");
}
