using Consultation.Web.Features.Records.Downloads;

namespace Consultation.IntegrationTests.Records;

public sealed class FileSizeTextTests
{
    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(1023, "1023 B")]
    [InlineData(1024, "1.0 KB")]
    [InlineData(49_664, "48.5 KB")]
    [InlineData(1_258_291, "1.2 MB")]
    [InlineData(5L * 1024 * 1024 * 1024, "5.0 GB")]
    public void Sizes_read_as_people_write_them(long bytes, string shown) => Assert.Equal(shown, FileSizeText.Of(bytes));
}
