using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>A claim read from the tree: its arguments and flags, the trigger and the trigger's tokens [Start, End).</summary>
internal readonly record struct TreeClaim(ClaimCandidate Candidate, Trigger Trigger, int Start, int End);
