using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Rollups;
using BudgetGraph.Data.Values;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Tests.GraphQL.Breakdowns;

/// <summary>
/// Unit-scope documents (单位预算) in aggregations: one beside its department's document restates the same money and
/// is not added again; one whose department published nothing stands alone and counts. The extra documents are
/// written straight into this class's own database, next to the imported reference document, with their lines' rollup
/// as the importer writes it.
/// </summary>
public sealed class UnitScopeTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private const string UnitId = "410702/UNIT/028001";
    private const string StandaloneUnitId = "130131/UNIT/下口镇财政所";

    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Breakdown_UnitDocuments_CountOnlyWithoutTheirDepartmentsDocument()
    {
        await AddUnitDocumentsAsync();

        var data = (await _client.QueryAsync($$"""
            { breakdown(year: 2026, by: DEPARTMENT) { key amount(unit: WAN_YUAN) }
              unit: department(id: "{{UnitId}}") { total(year: 2026, unit: WAN_YUAN) }
              department: department(id: "410702/DEPARTMENT/028") { total(year: 2026, unit: WAN_YUAN) } }
            """)).Data();

        var rows = data["breakdown"]!;
        Assert.Equal(2, rows.Count());
        Assert.Equal(250.65m, rows.Row("410702/DEPARTMENT/028").Amount("amount"));
        Assert.Equal(1.5m, rows.Row(StandaloneUnitId).Amount("amount"));
        Assert.Equal(250.65m, data["unit"]!.Amount("total"));
        Assert.Equal(250.65m, data["department"]!.Amount("total"));
    }

    private async Task AddUnitDocumentsAsync()
    {
        var options = factory.CreateDbContextOptions();
        await using var db = new BudgetDbContext(options);
        db.Regions.Add(new Region { Code = "130131", Name = "平山县" });
        db.Departments.Add(new Department { Id = StandaloneUnitId, RegionCode = "130131", Name = "下口镇财政所", Scope = Scope.Unit });
        AddDocument(db, UnitId, amount: 2_506_500);
        AddDocument(db, StandaloneUnitId, amount: 15_000);
        await db.SaveChangesAsync();
    }

    private static void AddDocument(BudgetDbContext db, string departmentId, long amount)
    {
        var documentId = NaturalKeys.Document(departmentId, 2026, BudgetStage.Budget);
        db.Documents.Add(new Document
        {
            Id = documentId,
            DepartmentId = departmentId,
            Year = 2026,
            Stage = BudgetStage.Budget,
            Title = "单位预算",
            Family = "test",
            Sha256 = documentId,
            FileName = "test.txt",
        });
        var line = new BudgetLine
        {
            DocumentId = documentId,
            DepartmentId = departmentId,
            Year = 2026,
            Stage = BudgetStage.Budget,
            Kind = LineKind.Expenditure,
            FunctionalCode = "2010301",
            ExpenditureType = ExpenditureType.BasicPersonnel,
            Amount = amount * Money.UnitsPerYuan,
            Source = new SourceLocation { Table = "03 单位支出总体情况表", Row = 1 },
        };
        db.BudgetLines.Add(line);
        // What the importer writes with every document's lines: its rollup.
        db.LineRollups.AddRange(LineRollups.Of([line], []));
    }
}
