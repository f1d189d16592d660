namespace BudgetGraph.Importer.Cli;

/// <summary>What `survey` says of one file, as its JSON spells it: read, partial, part, refused, not-a-disclosure.</summary>
internal enum SurveyOutcome
{
    /// <summary>Every table read.</summary>
    Read,

    /// <summary>Read, with an ERROR finding for each table the document lacks or that could not be read.</summary>
    Partial,

    /// <summary>Read: the narrative of a document whose tables are another file (Beijing's 附件1), added to that document.</summary>
    Part,

    /// <summary>A disclosure the importer could not read, with a located reason.</summary>
    Refused,

    /// <summary>No budget disclosure (no known table set), or no text layer to read.</summary>
    NotADisclosure,
}
