using System.Collections.Frozen;

namespace KnowledgeGraph.Text;

/// <summary>
/// The word lists behind the dot rules. Lookups are ordinal and case-sensitive, on the word without its dot.
/// Single letters with dots (U.S., U.K., e.g., i.e.) and capital initials (S.) are recognised by pattern, not listed.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that always lead into what follows, so their dot never ends a sentence.</summary>
    private static readonly FrozenSet<string> Leading = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Brig", "Sgt", "Cpl",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "St", "Mt", "Ft", "No", "Nos", "Vol", "Vols", "p", "pp", "vs", "cf",
        "Sens", "Reps", "Govs", "Drs", "Profs", "Gens", "Messrs",
        "Fig", "Figs", "approx", "Art", "Ch", "Sec", "Para");

    /// <summary>Abbreviations that may also close a sentence (months, company suffixes, etc.).</summary>
    private static readonly FrozenSet<string> Trailing = FrozenSet.Create(StringComparer.Ordinal,
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Corp", "Inc", "Ltd", "Co", "Bros", "Jr", "Sr", "etc", "al", "Esq");

    /// <summary>Top-level domains that keep a dotted name whole (Mail.Ru, Alibaba.com).</summary>
    private static readonly FrozenSet<string> Domains = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "com", "org", "net", "ru", "gov", "edu", "io", "info", "cn", "kz", "uz");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingLookup =
        Leading.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingLookup =
        Trailing.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DomainLookup =
        Domains.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without dot) is a listed abbreviation of either kind.</summary>
    public static bool IsListed(ReadOnlySpan<char> word) => LeadingLookup.Contains(word) || TrailingLookup.Contains(word);

    /// <summary>True for "No" and "Nos", which are abbreviations only before a number.</summary>
    public static bool NeedsNumberAfter(ReadOnlySpan<char> word) => word is "No" or "Nos";

    /// <summary>True when <paramref name="word"/> (without dot) always leads into what follows (Mr, Gen, St, No, vs).</summary>
    public static bool IsLeading(ReadOnlySpan<char> word) => LeadingLookup.Contains(word) || word is "e.g" or "i.e";

    /// <summary>True when <paramref name="word"/> is a top-level domain such as "com" or "Ru".</summary>
    public static bool IsDomain(ReadOnlySpan<char> word) => DomainLookup.Contains(word);
}
