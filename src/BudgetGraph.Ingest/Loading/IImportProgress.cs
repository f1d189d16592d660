namespace BudgetGraph.Ingest.Loading;

/// <summary>Told about each document of an import run as it starts and as it ends (files counted from 1).</summary>
public interface IImportProgress
{
    void Starting(int number, string path);

    void Finished(int number, FileOutcome outcome);
}
