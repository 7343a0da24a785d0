using Microsoft.AspNetCore.Routing.Patterns;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>One route and method the site answers, with the fields a request to it can carry.</summary>
public sealed record DiscoveredEndpoint(
    RoutePattern Pattern, string Method, bool BackOffice, IReadOnlyList<DiscoveredField> Fields, string DisplayName)
{
    public string Template => "/" + (Pattern.RawText ?? "").TrimStart('/');

    public bool HasText => Fields.Any(f => f.Kind == FieldKind.Text);

    public bool HasValues => Fields.Any(f => f.Kind == FieldKind.Value);

    public override string ToString() => $"{Method} {Template}";
}

public enum FieldKind
{
    /// <summary>A string: every text case makes sense.</summary>
    Text,

    /// <summary>A number, date, id, flag or choice: the binder must refuse what does not parse.</summary>
    Value,

    /// <summary>An uploaded file.</summary>
    File,
}

/// <summary>A query or form field, named as the model binder reads it.</summary>
public sealed record DiscoveredField(string Name, FieldKind Kind, Type Type);
