using Spectre.Console;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// Spectre consoles on stdout (reports) and stderr (errors, and progress when stdout carries JSON). Redirected output
/// has no width; Spectre would assume 80 columns and wrap every long cell of a report, so a log gets room instead (a
/// table is only as wide as its cells) and reads one finding per row.
/// </summary>
internal static class Consoles
{
    private const int RedirectedWidth = 240;

    public static IAnsiConsole Out { get; } = Create(Console.Out, Console.IsOutputRedirected);

    public static IAnsiConsole Error { get; } = Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>True when progress bars can be drawn on that console: a terminal, and not a CI job's.</summary>
    public static bool CanAnimate(IAnsiConsole console) =>
        !(ReferenceEquals(console, Out) ? Console.IsOutputRedirected : Console.IsErrorRedirected) && console.Profile.Capabilities.Interactive;

    /// <summary>"error: …" on stderr: red on a terminal; plain and in one line in a log, however long the located message.</summary>
    public static void WriteError(string message)
    {
        if (Console.IsErrorRedirected)
            Console.Error.WriteLine($"error: {message}");
        else
            Error.MarkupLineInterpolated($"[red]error:[/] {message}");
    }

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            // Spectre's own detection wants stdin, stdout and stderr all on a terminal; a bar on stderr while stdout
            // carries JSON only needs stderr. Its CI enrichers still turn this off on a build server.
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Yes,
        });
        if (redirected)
            console.Profile.Width = RedirectedWidth;
        return console;
    }
}
