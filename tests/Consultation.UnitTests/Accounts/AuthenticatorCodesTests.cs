using Consultation.Tests;

namespace Consultation.UnitTests.Accounts;

/// <summary>The tests' authenticator must compute what a phone app computes, or every sign-in test proves nothing.</summary>
public sealed class AuthenticatorCodesTests
{
    // RFC 6238 appendix B, SHA-1, secret "12345678901234567890" (base32 below); the RFC prints 8 digits, apps show the last 6.
    private const string RfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Codes_match_the_rfc_6238_test_vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, AuthenticatorCodes.At(RfcSecret, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Keys_are_read_as_shown_on_the_enrolment_page_in_lower_case_groups() =>
        Assert.Equal("287082", AuthenticatorCodes.At("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", DateTimeOffset.FromUnixTimeSeconds(59)));
}
