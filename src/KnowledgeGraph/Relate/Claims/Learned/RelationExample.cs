using KnowledgeGraph.Model;

namespace KnowledgeGraph.Relate.Claims.Learned;

/// <summary>
/// One training instance of the relation model: the features of an ordered pair of a sentence's mentions, its gold
/// class (<see cref="RelationLabels"/>), the document it comes from (folds never split a document), and whether the
/// claim rules already related the pair (the model is never asked about such a pair at run time, so its threshold is
/// chosen on the others), and the entity types of the first and second mention (what the lexicon's type constraints read).
/// </summary>
internal readonly record struct RelationExample(ulong[] Features, int Label, int Document, bool Ruled, EntityType First, EntityType Second);
