namespace GeneBot.Discord.Rest;

/// <summary>One REST call: the template names it in logs (tokens in the path never are).</summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string MajorParameter, bool ExemptFromGlobal = false)
{
    public string Name => $"{Method} {Template}";
    public string Key => $"{Method} {Template} {MajorParameter}";
}
