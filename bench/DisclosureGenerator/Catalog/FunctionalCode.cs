namespace BudgetGraph.DisclosureGenerator.Catalog;

/// <summary>A 项 of the national functional classification with the names of its 款 and 类.</summary>
public sealed record FunctionalCode(string Code, string Name, string SectionName, string ClassName)
{
    public string Class => Code[..3];

    public string Section => Code[..5];

    /// <summary>The two digits of the 款 within its 类 (Henan and Shanghai print 类 | 款 | 项 in separate cells).</summary>
    public string SectionPart => Code[3..5];

    public string ItemPart => Code[5..7];
}
