using System.Text.RegularExpressions;
using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Query;

/// <summary>
/// The conditions of `kg query claims`; every one given must hold. Subject and object are entity names (any
/// alias); predicate and class match case-insensitively and must be known (<see cref="ClaimVocabulary"/>); <see cref="Since"/> (yyyy, yyyy-MM or yyyy-MM-dd) keeps
/// claims whose date — the claim's time, else its article's date — is not before it, compared at the coarser of
/// the two precisions (a claim dated 2021 is kept for --since 2021-06); <see cref="Source"/> matches part of the
/// claim's source, case-insensitively.
/// </summary>
internal sealed partial record ClaimFilter
{
    /// <summary>Subject entity, any name or alias.</summary>
    public string? Subject { get; init; }
    /// <summary>Predicate such as COOPERATES_WITH.</summary>
    public string? Predicate { get; init; }
    /// <summary>Object entity, any name or alias.</summary>
    public string? Object { get; init; }
    /// <summary>Predicate class such as verbal_conflict.</summary>
    public string? Class { get; init; }
    /// <summary>Earliest date: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public string? Since { get; init; }
    /// <summary>Part of the claim's source (who asserts it).</summary>
    public string? Source { get; init; }

    /// <summary>Claims to return at most. Default 100.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>How the claims are ranked (see <see cref="ClaimSearch"/>). Default <see cref="RankBy.Claims"/>.</summary>
    public RankBy Rank { get; init; } = RankBy.Claims;

    /// <summary>Throws KG9002 for a malformed date or limit.</summary>
    public void Validate()
    {
        if (Since is not null && !DatePattern().IsMatch(Since))
        {
            throw new KgException(ErrorCodes.OptionInvalid, $"--since '{Since}' is not a date: use yyyy, yyyy-MM or yyyy-MM-dd");
        }

        if (Limit < 1)
        {
            throw new KgException(ErrorCodes.OptionInvalid, "--limit must be at least 1");
        }
    }

    /// <summary>True when <paramref name="date"/> (possibly null) is on or after <see cref="Since"/>.</summary>
    public bool IsRecentEnough(string? date)
    {
        if (Since is null)
        {
            return true;
        }

        if (date is null)
        {
            return false;
        }

        int length = Math.Min(date.Length, Since.Length);
        return string.CompareOrdinal(date, 0, Since, 0, length) >= 0;
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex DatePattern();
}
