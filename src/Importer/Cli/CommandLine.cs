namespace BudgetGraph.Importer.Cli;

/// <summary>
/// Parses the command line by hand: three commands with one option between them do not need a framework. Options may
/// stand anywhere after the command; `--` ends them, so a file whose name starts with '-' can still be named.
/// </summary>
internal static class CommandLine
{
    public const string Import = "import";
    public const string Check = "check";
    public const string Survey = "survey";
    public const string Names = "names";
    public const string Upgrade = "upgrade";
    public const string Package = "package";
    public const string Help = "help";

    public static IReadOnlyList<string> Commands { get; } = [Import, Check, Survey, Names, Package, Upgrade];

    public static Invocation Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
            throw new UsageException(null, "no command given");
        if (args[0] is "-h" or "--help")
            return new Invocation(Help, [], OutputFormat.Table, Help: true);

        var command = args[0];
        if (command != Help && !Commands.Contains(command))
            throw new UsageException(null, command.StartsWith('-') ? $"unknown option '{command}'" : $"unknown command '{command}'");

        var operands = new List<string>();
        var format = OutputFormat.Table;
        var help = false;
        string? output = null;
        var except = new List<string>();
        var optionsEnded = false;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
                operands.Add(arg);
            else if (arg == "--")
                optionsEnded = true;
            else if (arg is "-h" or "--help")
                help = true;
            else if (arg == "--output" && command == Package)
                output = i + 1 < args.Count ? args[++i] : throw new UsageException(command, "'--output' needs a folder");
            else if (arg == "--except" && command == Package)
                except.Add(i + 1 < args.Count ? args[++i] : throw new UsageException(command, "'--except' needs a folder"));
            else if (arg == "--format" && command is Import or Check or Survey)
                format = ParseFormat(command, i + 1 < args.Count ? args[++i] : null);
            else if (arg.StartsWith("--format=", StringComparison.Ordinal) && command is Import or Check or Survey)
                format = ParseFormat(command, arg["--format=".Length..]);
            else
                throw new UsageException(command == Help ? null : command, $"unknown option '{arg}' for '{command}'");
        }

        if (command == Help)
            return HelpFor(operands);
        if (help)
            return new Invocation(command, operands, format, Help: true);
        if (command == Package && output is null)
            throw new UsageException(command, "'package' needs --output <folder>, e.g. --output data/package");
        if (command is Import or Check or Survey or Names or Package && operands.Count == 0)
            throw new UsageException(command, $"'{command}' needs at least one file or folder");
        if (command == Upgrade && operands.Count > 0)
            throw new UsageException(command, $"'upgrade' takes no arguments, got '{operands[0]}'");
        return new Invocation(command, operands, format, Help: false, output, except);
    }

    /// <summary>`help` alone is the program's help; `help &lt;command&gt;` is that command's.</summary>
    private static Invocation HelpFor(List<string> operands) => operands switch
    {
        [] => new Invocation(Help, [], OutputFormat.Table, Help: true),
        [var topic] when Commands.Contains(topic) || topic == Help => new Invocation(topic == Help ? Help : topic, [], OutputFormat.Table, Help: true),
        [var topic] => throw new UsageException(null, $"no help for unknown command '{topic}'"),
        _ => throw new UsageException(null, "'help' takes at most one command"),
    };

    private static OutputFormat ParseFormat(string command, string? value) => value switch
    {
        "table" => OutputFormat.Table,
        "json" => OutputFormat.Json,
        null => throw new UsageException(command, "'--format' needs a value: table or json"),
        _ => throw new UsageException(command, $"unknown format '{value}': use table or json"),
    };
}
