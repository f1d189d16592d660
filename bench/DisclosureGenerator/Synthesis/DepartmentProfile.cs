namespace BudgetGraph.DisclosureGenerator.Synthesis;

/// <summary>
/// What drives a department's budget from year to year: its sector, staff and per-head rates, and its projects. Drawn
/// once per department and then drifted a little each year, so consecutive budgets look like one department's.
/// </summary>
internal sealed record DepartmentProfile(
    int Section, int Staff, double WagePerHead, double HouseholdsPerHead, double GoodsPerHead,
    bool OccupationalPension, bool HealthInsurance, bool Retirees, IReadOnlyList<ProjectProfile> Projects)
{
    public static DepartmentProfile Draw(Random random, int sections) => new(
        random.Next(sections),
        Staff: 4 + (int)Math.Round(Math.Exp(Yuan.Between(random, 1, 4.2))),
        WagePerHead: Yuan.Between(random, 70_000, 130_000),
        HouseholdsPerHead: Yuan.Between(random, 1_000, 8_000),
        GoodsPerHead: Yuan.Between(random, 6_000, 20_000),
        OccupationalPension: random.NextDouble() < 0.7,
        HealthInsurance: random.NextDouble() < 0.5,
        Retirees: random.NextDouble() < 0.4,
        Projects: Enumerable.Range(0, random.Next(3)).Select(_ => ProjectProfile.Draw(random)).ToList());

    /// <summary>Next year: staff ±2, wages up 0–6 %, other rates ±10 %, most projects continue with a new amount.</summary>
    public DepartmentProfile NextYear(Random random)
    {
        var projects = Projects.Where(_ => random.NextDouble() < 0.75).Select(p => p with { Amount = p.Amount * Yuan.Between(random, 0.8, 1.25) }).ToList();
        if (projects.Count < 2 && random.NextDouble() < 0.35)
            projects.Add(ProjectProfile.Draw(random));
        return this with
        {
            Staff = Math.Max(3, Staff + random.Next(-2, 3)),
            WagePerHead = WagePerHead * Yuan.Between(random, 1.0, 1.06),
            HouseholdsPerHead = HouseholdsPerHead * Yuan.Between(random, 0.92, 1.1),
            GoodsPerHead = GoodsPerHead * Yuan.Between(random, 0.9, 1.1),
            Projects = projects,
        };
    }
}

/// <summary>A project: targeted (特定目标类, booked under the sector's 99 项) or operating (其他运转类, under its 02 项).</summary>
internal sealed record ProjectProfile(bool Targeted, int NameIndex, double Amount, int Staff)
{
    public static ProjectProfile Draw(Random random) =>
        new(random.NextDouble() < 0.5, random.Next(ProjectNames.Count), Math.Exp(Yuan.Between(random, 10.8, 15)), random.Next(2, 30));
}
