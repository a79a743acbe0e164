using System.Collections.Frozen;

namespace KnowledgeGraph.Text;

/// <summary>
/// Capitalised function words that begin sentences but almost never continue a name. After an abbreviation that
/// may end a sentence (the U.S., Sept., Inc., an initial) the sentence ends only when one of these follows:
/// "…by the U.S. The next day" splits, "the U.S. Intelligence Medal" and "S. Rajaratnam" do not.
/// </summary>
internal static class SentenceStarters
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her",
        "Their", "Our", "There", "Here", "A", "An", "As", "At", "In", "On", "Of", "For", "From", "By", "To", "With",
        "Without", "But", "And", "Or", "Nor", "Yet", "So", "If", "When", "While", "Where", "What", "Why", "How",
        "Who", "Which", "After", "Before", "During", "Since", "Despite", "Although", "Though", "Because", "However",
        "Moreover", "Meanwhile", "Still", "Even", "Instead", "Indeed", "Also", "Then", "Now", "Today", "Such",
        "Some", "Many", "Most", "Much", "Other", "Others", "Both", "All", "Each", "Every", "Neither", "Not", "One",
        "Few", "More", "Rather", "Similarly", "Furthermore", "Nevertheless", "Thus", "Therefore", "Yes");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is a listed sentence starter (ordinal, case-sensitive).</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
