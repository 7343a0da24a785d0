using Consultation.Core.WorkPoints;

namespace Consultation.UnitTests.WorkPoints;

public sealed class WorkPointTests
{
    [Fact]
    public void The_first_office_leads_and_the_rest_cooperate()
    {
        var point = WorkPoint.Create(2023, 1, "教育民生", "加强监管", "民继处,校外监管处，各市教育(教体)局");

        Assert.Equal("民继处", point.LeadOffice);
        Assert.Equal("校外监管处、各市教育(教体)局", point.CooperatingOffices);
    }
}
