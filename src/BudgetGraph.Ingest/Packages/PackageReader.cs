using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// Reads a data package the exporter wrote (<see cref="TableResources"/>) back into one <see cref="PackagedDocument"/>
/// per document, in the order of documents.csv. Each document gets the departments and region its rows use and the
/// classification names of its year (the package's names are the database's, every code a document of that year
/// printed), so it loads on its own like a document read from its file. Packages written by other tools are out of
/// scope: a resource this exporter does not write, or a missing one, is an error.
/// </summary>
public static class PackageReader
{
    public static IReadOnlyList<PackagedDocument> Read(string path)
    {
        using var files = PackageFiles.Open(path);
        JsonNode descriptor;
        using (var stream = files.Open(DataPackageDescriptor.DescriptorFile, path))
            descriptor = JsonNode.Parse(stream) ?? throw new InvalidDataException($"{path}: an empty descriptor");
        var paths = (descriptor["resources"]?.AsArray() ?? throw new InvalidDataException($"{path}: the descriptor lists no resources"))
            .ToDictionary(r => (string)r!["name"]!, r => (string)r!["path"]!, StringComparer.Ordinal);

        List<IReadOnlyDictionary<string, string?>> Rows(string name)
        {
            var file = paths.GetValueOrDefault(name) ?? throw new InvalidDataException($"{path}: the package has no {name} resource (not written by BudgetGraph's exporter?)");
            using var reader = new StreamReader(files.Open(file, path), Encoding.UTF8);
            return [.. CsvReader.ReadRows(reader, file)];
        }

        return new PackageRows(Rows).Documents();
    }

    /// <summary>The package's rows by resource, grouped by document.</summary>
    private sealed class PackageRows(Func<string, List<IReadOnlyDictionary<string, string?>>> rows)
    {
        private readonly Dictionary<string, RegionRecord> _regions = rows("regions")
            .ToDictionary(r => PackageCells.Required(r, "code"), r => new RegionRecord { Code = PackageCells.Required(r, "code"), Name = PackageCells.Required(r, "name") }, StringComparer.Ordinal);

        private readonly Dictionary<string, DepartmentRecord> _departments = rows("departments").Select(r => new DepartmentRecord
        {
            Id = PackageCells.Required(r, "id"),
            RegionCode = PackageCells.Required(r, "region_code"),
            Code = r["code"],
            Name = PackageCells.Required(r, "name"),
            Scope = PackageCells.Enum<Scope>(r, "scope") ?? Scope.Department,
            ParentId = r["parent_id"],
        }).ToDictionary(d => d.Id, StringComparer.Ordinal);

        private readonly ILookup<int, (ClassificationNodeRecord Node, int Year)> _names = rows("classification").Select(r => (Node: new ClassificationNodeRecord
        {
            Scheme = PackageCells.Enum<ClassificationScheme>(r, "scheme") ?? ClassificationScheme.Functional,
            Code = PackageCells.Required(r, "code"),
            Name = PackageCells.Required(r, "name"),
            NameOrigin = PackageCells.Enum<NameOrigin>(r, "name_origin") ?? NameOrigin.Reference,
            Level = PackageCells.Whole(r, "level") ?? 0,
            ParentCode = r["parent_code"],
        }, Year: PackageCells.Whole(r, "year") ?? 0)).ToLookup(n => n.Year);

        private readonly List<IReadOnlyDictionary<string, string?>> _documents = rows("documents");
        private readonly ILookup<string?, IReadOnlyDictionary<string, string?>> _lines = rows("budget_lines").ToLookup(r => r["document_id"]);
        private readonly ILookup<string?, IReadOnlyDictionary<string, string?>> _tables = rows("tables").ToLookup(r => r["document_id"]);
        private readonly ILookup<string?, IReadOnlyDictionary<string, string?>> _tableRows = rows("table_rows").ToLookup(r => r["table_id"]);
        private readonly ILookup<string?, IReadOnlyDictionary<string, string?>> _subtotals = rows("subtotals").ToLookup(r => r["document_id"]);
        private readonly ILookup<string?, IReadOnlyDictionary<string, string?>> _findings = rows("findings").ToLookup(r => r["document_id"]);
        private readonly ILookup<string?, IReadOnlyDictionary<string, string?>> _locations = rows("finding_locations").ToLookup(r => r["finding_id"]);
        private readonly ILookup<string?, IReadOnlyDictionary<string, string?>> _stated = rows("stated_figures").ToLookup(r => r["document_id"]);
        private readonly ILookup<string?, IReadOnlyDictionary<string, string?>> _facts = rows("facts").ToLookup(r => r["document_id"]);
        private readonly ILookup<string?, IReadOnlyDictionary<string, string?>> _projects = rows("projects").ToLookup(r => r["document_id"]);

        public IReadOnlyList<PackagedDocument> Documents() => [.. _documents.Select(Document)];

        private PackagedDocument Document(IReadOnlyDictionary<string, string?> row)
        {
            var id = PackageCells.Required(row, "id");
            var year = PackageCells.Whole(row, "year") ?? 0;
            var department = _departments[PackageCells.Required(row, "department_id")];
            var lines = _lines[id].Select(Line).ToList();
            var projects = _projects[id].Select(Project).ToList();
            var subtotals = _subtotals[id].Select(Subtotal).ToList();
            return new PackagedDocument
            {
                FileName = PackageCells.Required(row, "file_name"),
                Sha256 = PackageCells.Required(row, "sha256"),
                Family = PackageCells.Required(row, "family"),
                DocumentId = id,
                Title = PackageCells.Required(row, "title"),
                Year = year,
                Stage = PackageCells.Enum<BudgetStage>(row, "stage") ?? BudgetStage.Budget,
                Publisher = row["publisher"],
                Region = _regions[department.RegionCode],
                Departments = Departments(department, lines.Select(l => l.DepartmentId).Concat(projects.Select(p => p.DepartmentId))),
                Tables = [.. _tables[id].Select(Table)],
                Lines = lines,
                Classification = [.. _names[year].Select(n => n.Node)],
                Projects = projects,
                Comparisons = [.. _stated[id].Select(Stated)],
                Facts = [.. _facts[id].Select(Fact)],
                Findings = [.. _findings[id].Select(Finding)],
                Subtotals = subtotals,
                PrintedTotal = PackageCells.Units(row, "printed_total"),
            };
        }

        /// <summary>The document's department first, then the units its rows name, with the departments they belong to.</summary>
        private List<DepartmentRecord> Departments(DepartmentRecord department, IEnumerable<string> used)
        {
            var all = new List<DepartmentRecord> { department };
            foreach (var id in used.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                for (var next = _departments[id]; all.All(d => d.Id != next.Id); next = _departments[next.ParentId!])
                {
                    all.Add(next);
                    if (next.ParentId is null)
                        break;
                }
            }

            return all;
        }

        private static BudgetLineRecord Line(IReadOnlyDictionary<string, string?> r) => new()
        {
            DepartmentId = PackageCells.Required(r, "department_id"),
            Kind = PackageCells.Enum<LineKind>(r, "kind") ?? LineKind.Expenditure,
            FunctionalCode = r["functional_code"],
            EconomicDepartmentCode = r["economic_department_code"],
            EconomicGovernmentCode = r["economic_government_code"],
            ExpenditureType = PackageCells.Enum<ExpenditureType>(r, "expenditure_type"),
            FundingSource = PackageCells.Enum<FundingSource>(r, "funding_source"),
            Marker = r["marker"],
            Amount = PackageCells.Units(r, "amount") ?? 0,
            Source = SourceFields.Read(r),
        };

        private DisclosedTableRecord Table(IReadOnlyDictionary<string, string?> r) => new()
        {
            Number = r["number"],
            Title = PackageCells.Required(r, "title"),
            Unit = PackageCells.Enum<TableUnit>(r, "unit"),
            IsEmpty = PackageCells.Flag(r, "is_empty"),
            Line = PackageCells.Whole(r, "line"),
            Page = PackageCells.Whole(r, "page"),
            Rows = [.. _tableRows[r["id"]].Select(row => new DisclosedRowRecord
            {
                Row = PackageCells.Whole(row, "row") ?? 0,
                IsHeader = PackageCells.Flag(row, "is_header"),
                Line = PackageCells.Whole(row, "line"),
                Page = PackageCells.Whole(row, "page"),
                Cells = JsonSerializer.Deserialize<List<string?>>(PackageCells.Required(row, "cells")) ?? [],
            })],
        };

        private static PublishedSubtotalRecord Subtotal(IReadOnlyDictionary<string, string?> r) => new()
        {
            Scheme = PackageCells.Enum<ClassificationScheme>(r, "scheme") ?? ClassificationScheme.Functional,
            Code = r["code"] ?? "",
            Level = PackageCells.Whole(r, "level") ?? 0,
            Kind = PackageCells.Enum<LineKind>(r, "kind") ?? LineKind.Expenditure,
            ExpenditureType = PackageCells.Enum<ExpenditureType>(r, "expenditure_type"),
            Amount = PackageCells.Units(r, "amount") ?? 0,
            Source = SourceFields.Read(r),
        };

        private FindingRecord Finding(IReadOnlyDictionary<string, string?> r) => new()
        {
            Severity = PackageCells.Enum<Severity>(r, "severity") ?? Severity.Info,
            Code = PackageCells.Required(r, "code"),
            Message = PackageCells.Required(r, "message"),
            Table = r["table"],
            Difference = PackageCells.Units(r, "difference"),
            Locations = [.. _locations[r["id"]].Select(SourceFields.Read)],
        };

        private static StatedComparisonRecord Stated(IReadOnlyDictionary<string, string?> r) => new()
        {
            Subject = PackageCells.Required(r, "subject"),
            BaseYear = PackageCells.Whole(r, "base_year"),
            CurrentAmount = PackageCells.Units(r, "current_amount"),
            Change = PackageCells.Units(r, "change"),
            ChangePercent = PackageCells.Exact(r, "change_percent"),
            ChangeDecimals = PackageCells.Whole(r, "change_decimals"),
            Line = PackageCells.Whole(r, "line"),
        };

        private static DocumentFactRecord Fact(IReadOnlyDictionary<string, string?> r) => new()
        {
            Category = PackageCells.Required(r, "category"),
            Name = PackageCells.Required(r, "name"),
            Amount = PackageCells.Units(r, "amount"),
            Quantity = PackageCells.Exact(r, "quantity"),
            Measure = r["measure"],
            Line = PackageCells.Whole(r, "line"),
        };

        private static ProjectRecord Project(IReadOnlyDictionary<string, string?> r) => new()
        {
            DepartmentId = PackageCells.Required(r, "department_id"),
            Code = r["code"],
            Name = PackageCells.Required(r, "name"),
            Kind = r["kind"],
            Amount = PackageCells.Units(r, "amount") ?? 0,
            Source = SourceFields.Read(r),
        };
    }
}
