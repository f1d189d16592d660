using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// datapackage.json: a Fiscal Data Package (Frictionless Data Package with a fiscal <c>model</c>) describing the
/// CSV files under <c>datapackage/</c>: each file's Table Schema with keys, its row count, the licence and one
/// source per imported disclosure. Built from the data only (no clock), so the same data gives the same bytes.
/// </summary>
public static class DataPackageDescriptor
{
    public const string License = "CC-BY-4.0";

    /// <summary>The descriptor's file name; its resources are CSV files in <see cref="ResourceFolder"/> beside it.</summary>
    public const string DescriptorFile = "datapackage.json";

    public const string ResourceFolder = "datapackage";

    private const string Description =
        "Figures of Chinese government department budget disclosures (部门预算/部门决算) as published, parsed and reconciled by "
        + "BudgetGraph. The source documents are government information disclosed to the public under the PRC Regulations "
        + "on Open Government Information (政府信息公开条例); every figure keeps its document, table and row. The package is "
        + "offered under CC BY 4.0 rather than a public-domain dedication so that reuse keeps naming where the figures come "
        + "from: attribute the publishing departments (see sources) and BudgetGraph. Amounts are in 元 (yuan), exact decimals.";

    private static readonly JsonSerializerOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>The descriptor as UTF-8 JSON; <paramref name="rowCounts"/> gives each resource's count_of_rows.</summary>
    public static byte[] Build(DataPackageFacts facts, IReadOnlyDictionary<string, long> rowCounts)
    {
        var descriptor = new JsonObject
        {
            ["profile"] = "fiscal-data-package",
            ["name"] = "budgetgraph",
            ["title"] = "BudgetGraph: 中国政府部门预算公开数据 (Chinese government department budget disclosures)",
            ["description"] = Description,
            ["countryCode"] = "CN",
            ["licenses"] = new JsonArray(new JsonObject
            {
                ["name"] = License,
                ["title"] = "Creative Commons Attribution 4.0",
                ["path"] = "https://creativecommons.org/licenses/by/4.0/",
            }),
            ["sources"] = new JsonArray([.. facts.Sources.Select(Source)]),
            ["resources"] = new JsonArray([.. TableResources.All.Select(resource => Resource(resource, rowCounts[resource.Name]))]),
            ["model"] = FiscalModel.Build(),
        };
        if (facts.Created is { } created)
            descriptor["created"] = CellValues.DateTime(created);
        return JsonSerializer.SerializeToUtf8Bytes(descriptor, _options);
    }

    /// <summary>A resource's path, relative to the descriptor: /export/datapackage.json → /export/datapackage/x.csv.</summary>
    public static string PathOf(TableResource resource) => $"{ResourceFolder}/{resource.Name}.csv";

    private static JsonObject Source(DataPackageSource source)
    {
        var json = new JsonObject { ["title"] = source.Title, ["path"] = source.FileName, ["sha256"] = source.Sha256 };
        if (source.Publisher is not null)
            json["publisher"] = source.Publisher;
        return json;
    }

    private static JsonObject Resource(TableResource resource, long rows) => new()
    {
        ["name"] = resource.Name,
        ["path"] = PathOf(resource),
        ["profile"] = "tabular-data-resource",
        ["title"] = resource.Title,
        ["description"] = resource.Description,
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        ["encoding"] = "utf-8",
        ["dialect"] = new JsonObject { ["delimiter"] = ",", ["lineTerminator"] = "\r\n", ["quoteChar"] = "\"", ["header"] = true },
        ["count_of_rows"] = rows,
        ["schema"] = Schema(resource),
    };

    private static JsonObject Schema(TableResource resource) => new()
    {
        ["fields"] = new JsonArray([.. resource.Fields.Select(Field)]),
        ["primaryKey"] = Names(resource.PrimaryKey),
        ["foreignKeys"] = new JsonArray([.. resource.ForeignKeys.Select(key => new JsonObject
        {
            ["fields"] = Names(key.Fields),
            ["reference"] = new JsonObject { ["resource"] = key.Resource, ["fields"] = Names(key.ReferenceFields) },
        })]),
        ["missingValues"] = new JsonArray(""),
    };

    private static JsonObject Field(TableField field)
    {
        var json = new JsonObject { ["name"] = field.Name, ["type"] = field.Type, ["description"] = field.Description };
        if (field.Required)
            json["constraints"] = new JsonObject { ["required"] = true };
        return json;
    }

    private static JsonArray Names(IReadOnlyList<string> names) => new([.. names.Select(name => (JsonNode)name)]);
}
