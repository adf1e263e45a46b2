using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace GeneBot.Discord.Testing.Contract;

/// <summary>Validates REST request bodies against the request schema of the matching operation in openapi.json.
/// Component $refs are rewritten to $defs so JsonSchema.Net resolves them inside one document. Documented quirks:
/// vendor keywords (x-discord-union) are dropped and anyOf is kept as anyOf; default_member_permissions is a string on the wire (the spec says integer); content's 2,000 limit is the fake's own.</summary>
public sealed class OpenApiValidator
{
    private const string ComponentPrefix = "#/components/schemas/";
    private readonly Lazy<JsonObject?> document;
    private readonly ConcurrentDictionary<string, JsonSchema?> schemas = new();
    private int builds;

    public OpenApiValidator(string? path, string? skipReason)
    {
        SkipReason = skipReason;
        document = new Lazy<JsonObject?>(() => path is null ? null : JsonNode.Parse(File.ReadAllText(path))?.AsObject());
    }

    public static OpenApiValidator Shared { get; } = Create();

    /// <summary>Null when validation runs; otherwise why it is skipped.</summary>
    public string? SkipReason { get; }

    public bool IsAvailable => SkipReason is null;

    public static OpenApiValidator Create()
    {
        var (path, reason) = OpenApiLocator.Locate();
        return new OpenApiValidator(path, reason);
    }

    /// <summary>Returns the violations (empty when valid, when skipped, or when the operation has no JSON body schema).</summary>
    public IReadOnlyList<string> Validate(string method, string template, string body)
    {
        if (!IsAvailable || SchemaFor(method, template) is not { } schema)
        {
            return [];
        }

        var instance = JsonDocument.Parse(body).RootElement.Clone();
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .DefaultIfEmpty("invalid")];
    }

    private JsonSchema? SchemaFor(string method, string template) =>
        schemas.GetOrAdd($"{method} {template}", _ => Build(method, template));

    private JsonSchema? Build(string method, string template)
    {
        var root = document.Value;
        var operation = root?["paths"]?[template]?[method.ToLowerInvariant()];
        var bodySchema = operation?["requestBody"]?["content"]?["application/json"]?["schema"];
        if (root is null || bodySchema is null)
        {
            return null;
        }

        var schema = Rewrite(bodySchema.DeepClone())!.AsObject();
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        schema["$defs"] = Rewrite(root["components"]!["schemas"]!.DeepClone());
        var json = JsonDocument.Parse(schema.ToJsonString()).RootElement.Clone();
        var uri = new Uri($"https://fake-discord.test/schema/{Interlocked.Increment(ref builds)}");
        return JsonSchema.Build(json, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, uri);
    }

    private static JsonNode? Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue r && r.TryGetValue<string>(out var target) && target.StartsWith(ComponentPrefix, StringComparison.Ordinal))
                {
                    obj["$ref"] = "#/$defs/" + target[ComponentPrefix.Length..];
                }

                if (obj["properties"] is JsonObject props && props.ContainsKey("default_member_permissions"))
                {
                    props["default_member_permissions"] = new JsonObject
                    {
                        ["type"] = new JsonArray("string", "null"), ["pattern"] = "^(0|[1-9][0-9]*)$",
                    };
                }

                foreach (var (key, child) in obj.ToList())
                {
                    if (key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        obj.Remove(key);
                        continue;
                    }

                    Rewrite(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Rewrite(child);
                }

                break;
        }

        return node;
    }
}
