namespace BudgetGraph.Importer.Cli;

/// <summary>
/// The help and usage texts. Plain text, one line per thought and never wrapped to a guessed console width, so they
/// read the same in a terminal, a pipe and a CI log. The examples use files in the repository and the shared corpus
/// next to it, and run from the repository root.
/// </summary>
internal static class HelpText
{
    private const string Database = """
        Database (import and upgrade; check never opens one):
          ConnectionStrings__Budget   connection string; default "Data Source=budget.db", a SQLite file in the working directory
          Database__Provider          Sqlite (default) or Postgres (then a Npgsql connection string, e.g. "Host=127.0.0.1;Database=budget;Username=budget")
          The API reads the same two settings, so point both at the same database.
        """;

    public static string Program => $"""
        BudgetGraph.Importer: reads Chinese budget disclosures (部门预算, 部门决算; text exports or PDFs), reconciles their
        tables against each other, and loads them into the BudgetGraph database.

        Usage:
          BudgetGraph.Importer <command> [options] <arguments>
          BudgetGraph.Importer help <command>
          From the repository root: dotnet run --project src/Importer -- <command> [options] <arguments>

        Commands:
          import <file-or-folder>...   parse, reconcile and load disclosures (*.txt and *.pdf in a folder and its subfolders; a data package: its datapackage.json, folder or .zip)
          check <file-or-folder>...    parse and reconcile only, print the tables and findings; writes nothing
          survey <folder>...           per file: read, partial, part, refused or not a disclosure, and why; read rates per folder
          names <file-or-folder>...    the classification names the documents print beside their codes, as TSV
          package --output <folder> <file-or-folder>...   their figures as a Fiscal Data Package (what data/package ships)
          upgrade                      rebuild a database of another schema version from the files it stores
          help [<command>]             this text, or a command's options, exit codes and examples

        Options:
          -h, --help                   help; after a command, that command's help
          --format table|json          import, check and survey: tables for people (default) or one JSON document on stdout

        {Database}

        Exit codes (the same table for every command):
          0    success: import loaded every file; check found every file clean; upgrade finished
          1    import: some file failed (the database is unchanged for it); check: findings of WARNING or ERROR severity;
               upgrade: a stored file no longer imports
          2    usage error (unknown command or option, missing argument); check: unreadable input (missing file, not a
               disclosure, parse error); import: the database is of another schema version and needs `upgrade` first
          130  interrupted (Ctrl+C): every document written so far is complete; run the command again for the rest

        Examples:
          dotnet run --project src/Importer -- import data/
          dotnet run --project src/Importer -- check data/xinxiang-hongqi_xingzheng-shenpi-zhengwu-xinxi-guanliju_2026_budget_dept.txt
          dotnet run --project src/Importer -- check ../shared/data/disclosures --format json > findings.json
        """;

    public static string Import => $"""
        import: parse, reconcile and load disclosures into the database.

        Usage:
          BudgetGraph.Importer import [--format table|json] <file-or-folder>...

        A folder is walked with its subfolders for *.txt and *.pdf; files are imported in name order, each in its own
        transaction. Importing a file already loaded changes nothing (unchanged); a newer file of the same department,
        year, stage and scope replaces the document (replaced); a file that does not parse is reported with its file,
        table and line, and the database stays unchanged for it (failed). A path that does not exist stops the run
        before anything is imported.

        Progress: on a terminal a progress bar shows the documents done, the total and the current file; when the output
        is redirected (a log, CI) one plain line per document is printed instead. With --format json the progress goes
        to stderr and stdout holds only the JSON document.

        Options:
          --format table|json   table (default): a summary table, one row per file, then the totals;
                                json: one JSON document on stdout: command, exitCode, files[] (file, outcome
                                created|replaced|unchanged|failed, documentId, family, tables, lines, findings[] with
                                severity, code, table, difference in 元, message and locations, error with file, table
                                and line) and totals
          -h, --help            this text

        {Database}

        Exit codes:
          0    every file loaded (created, replaced or unchanged)
          1    some file failed, or a path does not exist; the database is unchanged for those files
          2    usage error, or the database is of another schema version: run `upgrade` first
          130  interrupted (Ctrl+C): every document written so far is complete; import again to load the rest

        Examples:
          dotnet run --project src/Importer -- import data/
          dotnet run --project src/Importer -- import ../shared/data/disclosures/shanghai/shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.txt --format json
          Database__Provider=Postgres ConnectionStrings__Budget="Host=127.0.0.1;Database=budget;Username=budget" dotnet run --project src/Importer -- import ../shared/data/disclosures
        """;

    public static string Check => """
        check: parse and reconcile disclosures and print what an import would load; never opens a database.

        Usage:
          BudgetGraph.Importer check [--format table|json] <file-or-folder>...

        A folder is walked with its subfolders for *.txt and *.pdf. For each file: the document, its family and sha256,
        its tables (unit, rows, empty), the records it yields, and the reconciliation findings, each with its table, the
        difference and the rows it points at. Severities: INFO is a difference within rounding (尾差) and does not
        count; WARNING (a real disagreement between tables) and ERROR (an unusable table) are findings.

        Options:
          --format table|json   table (default): the report above for each file, then a summary of all files;
                                json: one JSON document on stdout: command, exitCode, files[] (file, status
                                clean|findings|unreadable, documentId, title, family, year, sha256, total and
                                printedTotal in 元, tables[], counts,
                                findings[] with severity, code, table, difference in 元, message and locations
                                with table, row, line, column and page, error with file, table and line) and totals
          -h, --help            this text

        Database: none. check never opens one, so ConnectionStrings__Budget and Database__Provider are ignored.

        Exit codes (with several files the worst wins: 2 over 1 over 0):
          0    clean: no finding of WARNING or ERROR severity (INFO, within rounding, is clean)
          1    findings: at least one WARNING or ERROR
          2    unreadable input (a missing file, not a disclosure, a parse error; the error names the file, table and
               line), or a usage error. With --format json unreadable input still writes the JSON document; a usage
               error writes nothing to stdout.

        Examples:
          dotnet run --project src/Importer -- check data/xinxiang-hongqi_xingzheng-shenpi-zhengwu-xinxi-guanliju_2026_budget_dept.txt
          dotnet run --project src/Importer -- check ../shared/data/disclosures/shanghai --format json > findings.json
          dotnet run --project src/Importer -- check tests/Importer.Tests/TestData/not-a-disclosure.txt || echo "exit $?"
        """;

    public static string Survey => """
        survey: how well the importer reads a collection of disclosures; never opens a database.

        Usage:
          BudgetGraph.Importer survey [--format table|json] <file-or-folder>...

        For each *.txt and *.pdf (folders walked with their subfolders): its outcome — read (every table read), partial
        (read, with an ERROR finding for a table it lacks or could not read), part (the narrative of a document whose
        tables are another file, Beijing's 附件1, read and matched to it), refused (a located reason: e.g. no
        total, or a table whose amounts cannot be placed) or not a disclosure — the family (profile) that read it, the
        tables found, the document total (what its expenditure lines add up to) next to the total its 收支总表 prints,
        and its WARNING and ERROR findings by code. Then, per folder, how many files were read.

        Options:
          --format table|json   table (default), or one JSON document on stdout: command, files[] (file, folder, outcome,
                                reason, family, documentId, tables[], total and printedTotal in 元, findings[] of code and count,
                                cpuMs)
                                and folders[] (folder, files, read, partial, part, refused, notDisclosure, readRate)
          -h, --help            this text

        Exit codes:
          0    the survey ran (whatever it found)
          2    usage error, or a named file or folder does not exist

        Examples:
          dotnet run --project src/Importer -- survey ../shared/data/disclosures/national
          dotnet run --project src/Importer -- survey ../shared/data/disclosures --format json > survey.json
        """;

    public static string Names => """
        names: the classification names the documents print beside their codes, as a TSV; never opens a database.

        Usage:
          BudgetGraph.Importer names <file-or-folder>...

        Reads every *.txt and *.pdf as check does and writes, on stdout, one line per (scheme, code, name) printed by
        the documents it reads, with the number of documents printing it: the reference list
        data/reference/published-names.tsv, from which documents printing names without codes (Hangzhou) take their
        codes. Files that are not read are skipped.

        Options:
          -h, --help   this text

        Exit codes:
          0    the list was written
          2    usage error, or a named file or folder does not exist

        Examples:
          dotnet run --project src/Importer -- names data ../shared/data/disclosures > data/reference/published-names.tsv
        """;

    public static string Package => """
        package: write the figures of disclosures as a Fiscal Data Package (the one data/package ships).

        Usage:
          BudgetGraph.Importer package --output <folder> [--except <folder>]... <file-or-folder>...

        Imports the files into a temporary database, exactly as import does (refused files are reported and left out),
        and writes that database's package to the output folder: datapackage.json and datapackage/*.csv, the files
        /export/datapackage.zip holds. The package carries figures, tables, citations, findings and stated numbers, but no
        narrative text (sentences, reasons, glossary, performance targets). Documents read from a file in an --except
        folder are left out (data/ keeps the reference disclosure as text). `import` loads a package back.

        Options:
          --output <folder>   where to write the package (its old package is replaced)
          --except <folder>   leave out documents whose file is in this folder (by sha256); may be repeated
          -h, --help          this text

        Exit codes:
          0    the package was written
          2    usage error, or a named file or folder does not exist

        Examples:
          dotnet run --project src/Importer -- package ../shared/data/disclosures --except data --output data/package
        """;

    public static string Upgrade => $"""
        upgrade: rebuild a database of another schema version from the disclosure files it stores.

        Usage:
          BudgetGraph.Importer upgrade

        The database keeps every imported file (gzip-compressed). upgrade extracts them to a temporary folder, drops
        every table, creates the current schema and imports the files again in their original order. If a file no
        longer imports it stops and names the folder holding the extracted files, so nothing is lost. A database on the
        current schema is left alone; a missing one is created empty.

        Options:
          -h, --help   this text

        {Database}

        Exit codes:
          0    rebuilt, created, or already current
          1    the upgrade failed (the message says why and where the extracted files are)
          2    usage error

        Examples:
          dotnet run --project src/Importer -- upgrade
          ConnectionStrings__Budget="Data Source=/srv/budgetgraph/budget.db" dotnet run --project src/Importer -- upgrade
          Database__Provider=Postgres ConnectionStrings__Budget="Host=127.0.0.1;Database=budget;Username=budget" dotnet run --project src/Importer -- upgrade
        """;

    /// <summary>The short usage printed on stderr after a usage error: the command's synopsis, or the program's.</summary>
    public static string Usage(string? command) => command switch
    {
        CommandLine.Import => "usage: BudgetGraph.Importer import [--format table|json] <file-or-folder>...\nRun 'BudgetGraph.Importer import --help' for options, exit codes and examples.",
        CommandLine.Check => "usage: BudgetGraph.Importer check [--format table|json] <file-or-folder>...\nRun 'BudgetGraph.Importer check --help' for options, exit codes and examples.",
        CommandLine.Survey => "usage: BudgetGraph.Importer survey [--format table|json] <file-or-folder>...\nRun 'BudgetGraph.Importer survey --help' for options, exit codes and examples.",
        CommandLine.Names => "usage: BudgetGraph.Importer names <file-or-folder>...\nRun 'BudgetGraph.Importer names --help' for details.",
        CommandLine.Package => "usage: BudgetGraph.Importer package --output <folder> [--except <folder>]... <file-or-folder>...\nRun 'BudgetGraph.Importer package --help' for details.",
        CommandLine.Upgrade => "usage: BudgetGraph.Importer upgrade\nRun 'BudgetGraph.Importer upgrade --help' for details.",
        _ => """
            usage: BudgetGraph.Importer import [--format table|json] <file-or-folder>...   load disclosures
                   BudgetGraph.Importer check [--format table|json] <file-or-folder>...    parse and reconcile, write nothing
                   BudgetGraph.Importer survey [--format table|json] <file-or-folder>...   read rates and outcomes per file, write nothing
                   BudgetGraph.Importer names <file-or-folder>...                            classification names the documents print, as TSV
                   BudgetGraph.Importer package --output <folder> <file-or-folder>...       write their figures as a data package
                   BudgetGraph.Importer upgrade                                            rebuild a database of another schema version
                   BudgetGraph.Importer help [<command>]                                   help, exit codes and examples
            """,
    };

    public static string For(string command) => command switch
    {
        CommandLine.Import => Import,
        CommandLine.Check => Check,
        CommandLine.Survey => Survey,
        CommandLine.Names => Names,
        CommandLine.Package => Package,
        CommandLine.Upgrade => Upgrade,
        _ => Program,
    };
}
