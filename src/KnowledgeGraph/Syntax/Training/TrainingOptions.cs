using KnowledgeGraph.Diagnostics;

namespace KnowledgeGraph.Syntax.Training;

/// <summary>Options of `kg train`; validated once (<see cref="Validate"/>) before any treebank is read.</summary>
internal sealed class TrainingOptions
{
    /// <summary>Seed of every shuffle and exploration draw. Same data and seed give the same model bytes. Default 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Tagger epochs (the best on dev is kept). Default 12.</summary>
    public int TaggerEpochs { get; set; } = 12;

    /// <summary>Parser epochs (the best on dev is kept). Default 15.</summary>
    public int ParserEpochs { get; set; } = 15;

    /// <summary>Labeller epochs (the best on dev is kept). Default 10.</summary>
    public int LabellerEpochs { get; set; } = 10;

    /// <summary>Jack-knife folds giving the parser and labeller predicted tags to train on; 0 or 1 trains them on gold tags. Default 5.</summary>
    public int Folds { get; set; } = 5;

    /// <summary>Parser beam width: 1 trains a greedy parser with the dynamic oracle, more a beam parser with early update. Default 1.</summary>
    public int Beam { get; set; } = 1;

    /// <summary>Averaged weights of smaller magnitude are left out of the model file. Default 0.01.</summary>
    public float Prune { get; set; } = 0.01f;

    /// <summary>
    /// Features taking part in fewer perceptron updates than this (a mistake updates twice: the right class up, the
    /// predicted one down) are left out of the model file: rare features cost size and cache, and add little. Default 3.
    /// </summary>
    public int MinUpdates { get; set; } = 3;

    /// <summary>Throws KG2302 naming the first invalid option.</summary>
    public void Validate()
    {
        if (TaggerEpochs < 1 || ParserEpochs < 1 || LabellerEpochs < 1)
        {
            throw new KgException(ErrorCodes.TrainingOptionInvalid, "epochs must be at least 1");
        }

        if (Folds is < 0 or > 20)
        {
            throw new KgException(ErrorCodes.TrainingOptionInvalid, "--folds must be between 0 and 20");
        }

        if (Beam is < 1 or > 64)
        {
            throw new KgException(ErrorCodes.TrainingOptionInvalid, "--beam must be between 1 and 64");
        }

        if (MinUpdates < 1)
        {
            throw new KgException(ErrorCodes.TrainingOptionInvalid, "--min-updates must be at least 1");
        }

        if (Prune < 0)
        {
            throw new KgException(ErrorCodes.TrainingOptionInvalid, "--prune must not be negative");
        }
    }
}
