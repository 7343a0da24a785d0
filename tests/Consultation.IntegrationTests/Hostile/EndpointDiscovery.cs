using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>
/// Every route the running site answers, read from its <see cref="EndpointDataSource"/>: controller actions with their
/// parameters and the properties of the models they bind, and minimal-API handlers with their method's parameters.
/// A new form or query parameter is swept without anyone adding it to a list.
/// </summary>
public static class EndpointDiscovery
{
    public static IReadOnlyList<DiscoveredEndpoint> Discover(IServiceProvider services)
    {
        var found = new List<DiscoveredEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var fields = new List<DiscoveredField>();
            if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action)
            {
                foreach (var parameter in action.Parameters)
                    AddFields(fields, parameter.BindingInfo?.BinderModelName ?? parameter.Name, parameter.ParameterType,
                        parameter.BindingInfo?.BindingSource, routeNames, depth: 0);
            }
            else if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } handler)
            {
                foreach (var parameter in handler.GetParameters())
                    AddFields(fields, parameter.Name!, parameter.ParameterType, null, routeNames, depth: 0);
            }
            else continue;
            var backOffice = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0
                             && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m is "GET" or "POST"))
                found.Add(new DiscoveredEndpoint(endpoint.RoutePattern, method, backOffice,
                    [.. fields.DistinctBy(f => f.Name, StringComparer.OrdinalIgnoreCase)], endpoint.DisplayName ?? ""));
        }
        return found;
    }

    private static void AddFields(List<DiscoveredField> fields, string name, Type type, BindingSource? source,
        HashSet<string> routeNames, int depth)
    {
        if (source is not null && (source == BindingSource.Services || source == BindingSource.Body
                                   || source == BindingSource.Header || source == BindingSource.Special)) return;
        if (depth == 0 && routeNames.Contains(name)) return;
        if (type == typeof(CancellationToken) || typeof(HttpContext).IsAssignableFrom(type)) return;
        var element = ElementOf(type);
        if (typeof(IFormFile).IsAssignableFrom(element))
        {
            fields.Add(new DiscoveredField(name, FieldKind.File, element));
            return;
        }
        if (IsSimple(element))
        {
            fields.Add(new DiscoveredField(name, element == typeof(string) ? FieldKind.Text : FieldKind.Value, element));
            return;
        }
        if (depth > 1 || element.Namespace?.StartsWith("Consultation", StringComparison.Ordinal) != true) return;
        // A complex model binds its properties without a prefix at the top level (what the forms post), with one below.
        foreach (var property in element.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.SetMethod is { IsPublic: true } && p.GetCustomAttribute<BindNeverAttribute>() is null))
            AddFields(fields, depth == 0 ? property.Name : $"{name}.{property.Name}", property.PropertyType,
                property.GetCustomAttribute<FromServicesAttribute>() is null ? null : BindingSource.Services, routeNames, depth + 1);
    }

    private static Type ElementOf(Type type)
    {
        if (type == typeof(string)) return type;
        if (type.IsArray) return type.GetElementType()!;
        var enumerable = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return Nullable.GetUnderlyingType(enumerable?.GetGenericArguments()[0] ?? type) ?? enumerable?.GetGenericArguments()[0] ?? type;
    }

    private static bool IsSimple(Type type) =>
        type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal)
        || TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string));
}
