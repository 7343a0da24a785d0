using System.Net;
using Consultation.Web.Hosting.Throttling;

namespace Consultation.IntegrationTests.Throttling;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:1::1", "2001:db8:1:1::/64")]
    [InlineData("2001:db8:1:1:ffff:aaaa:bbbb:cccc", "2001:db8:1:1::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void IPv4_stays_whole_and_IPv6_is_grouped_by_its_64(string address, string partition) =>
        Assert.Equal(partition, ClientAddress.PartitionOf(IPAddress.Parse(address)));

    [Fact]
    public void No_address_is_one_shared_unknown_bucket() =>
        Assert.Equal(ClientAddress.Unknown, ClientAddress.PartitionOf((IPAddress?)null));
}
