namespace KnowledgeGraph.Syntax.Training;

/// <summary>What training reports as it goes; the CLI prints it (the library never does).</summary>
internal interface ITrainingListener
{
    /// <summary>A line of information: data read, a phase starting, sizes.</summary>
    void Note(string line);

    /// <summary><paramref name="done"/> of <paramref name="total"/> sentences of the current phase processed.</summary>
    void Progress(string phase, long done, long total);

    /// <summary>An epoch of <paramref name="component"/> finished with these dev scores.</summary>
    void Epoch(string component, int epoch, int epochs, IReadOnlyList<(string Set, SyntaxScores Scores)> scores);
}
