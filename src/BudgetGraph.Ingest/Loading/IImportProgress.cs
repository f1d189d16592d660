namespace BudgetGraph.Ingest.Loading;

/// <summary>Told about each document of an import run as it starts and as it ends (files counted from 1).</summary>
public interface IImportProgress
{
    void Starting(int number, string path);

    /// <summary>Once per document the file holds (a file holding a department's 汇总 and its 本级 ends twice), once for a refused file.</summary>
    void Finished(int number, FileOutcome outcome);
}
