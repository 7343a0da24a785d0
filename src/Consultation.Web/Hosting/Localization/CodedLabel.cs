using System.Globalization;
using System.Text.Json;

namespace Consultation.Web.Hosting.Localization;

/// <summary>
/// A status or kind as open data shows it: a stable code for programs (the enum name in camelCase, never translated)
/// and the Chinese label a reader sees on the site, e.g. <c>{"code":"decided","label":"已决策"}</c>.
/// </summary>
public sealed record CodedLabel(string Code, string Label)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo(StringCatalog.Chinese);

    /// <summary>The code of <paramref name="value"/> with the Chinese text of the string key <c>{keyPrefix}.{Value}</c>.</summary>
    public static CodedLabel Of<TEnum>(TEnum value, string keyPrefix, StringCatalog strings) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return new CodedLabel(JsonNamingPolicy.CamelCase.ConvertName(name),
            strings.Find($"{keyPrefix}.{name}", Chinese) ?? name);
    }
}
