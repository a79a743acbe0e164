namespace KnowledgeGraph.Relate.Claims.Learned;

/// <summary>Held-out figures of the relation model at its threshold: related pairs, relations stated, stated right.</summary>
internal readonly record struct RelationHeldOut(int Related, int Stated, int Right)
{
    public double Precision => Stated == 0 ? 0 : (double)Right / Stated;

    public double Recall => Related == 0 ? 0 : (double)Right / Related;

    public override string ToString() => $"P {Precision:0.000} R {Recall:0.000} ({Right} right of {Stated} stated, {Related} related pairs)";
}
