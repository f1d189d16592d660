namespace Importer.Tests.Infrastructure;

/// <summary>Amounts as the documents print them (万元) in stored units (1/10,000 元), so tests read like the document.</summary>
public static class WanYuan
{
    public static long Units(decimal wanYuan) => (long)(wanYuan * 100_000_000m);
}
