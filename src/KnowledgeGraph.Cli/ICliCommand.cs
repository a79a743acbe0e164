using System.CommandLine;

namespace KnowledgeGraph.Cli;

/// <summary>One `kg` sub-command; each lives in its own file under Commands/.</summary>
internal interface ICliCommand
{
    Command Build();
}
