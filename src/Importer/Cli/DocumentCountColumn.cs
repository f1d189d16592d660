using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace BudgetGraph.Importer.Cli;

/// <summary>"12/80 documents": Spectre's own columns count bytes or percent, and a reporter wants to know how many are left.</summary>
internal sealed class DocumentCountColumn : ProgressColumn
{
    protected override bool NoWrap => true;

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0} documents"));
}
