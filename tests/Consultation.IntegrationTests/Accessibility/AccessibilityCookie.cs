using Consultation.Web.Features.Accessibility;

namespace Consultation.IntegrationTests.Accessibility;

/// <summary>The a11y cookie is read forgivingly: whatever a visitor's browser sends, the page still renders.</summary>
public sealed class AccessibilityCookie
{
    [Fact]
    public void A_full_cookie_is_read_back_as_written()
    {
        var settings = AccessibilitySettings.Parse("size:3;contrast:1;cursor:1;guide:1;simple:1");

        Assert.Equal(new AccessibilitySettings(3, true, true, true, true), settings);
        Assert.Equal(settings, AccessibilitySettings.Parse(Uri.EscapeDataString(settings.ToCookieValue())));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("size:x;colour:1;<script>:1")]
    public void A_missing_or_broken_cookie_means_the_normal_look(string? value)
    {
        var settings = AccessibilitySettings.Parse(value);

        Assert.Equal(AccessibilitySettings.Default, settings);
        Assert.False(settings.IsElderMode);
        Assert.Equal("", settings.HtmlClasses);
    }

    [Fact]
    public void Text_size_is_kept_within_its_steps()
    {
        Assert.Equal(AccessibilitySettings.MaxSize, AccessibilitySettings.Parse("size:99").Size);
        Assert.Equal(0, AccessibilitySettings.Parse("size:-5").Size);
    }
}
