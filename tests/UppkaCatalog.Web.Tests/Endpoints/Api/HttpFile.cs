using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>One request of a <c>.http</c> file: its title, the status the file says it answers, and its raw lines.</summary>
public sealed record HttpFileRequest(string Title, string? Name, int? ExpectedStatus, string Method, string Url,
    IReadOnlyList<(string Name, string Value)> Headers, IReadOnlyList<string> Body);

/// <summary>
/// Reads and runs <c>docs/api.http</c> the way the editors' HTTP clients do (Visual Studio, VS Code REST Client):
/// <c>###</c> separates requests, <c>@x = …</c> defines a variable, <c># @name n</c> names a request whose JSON answer
/// later requests read as <c>{{n.response.body.$.a[0].b}}</c>, and a body line <c>&lt; path</c> sends that file's
/// bytes. Only what the file uses is supported; anything else fails the test rather than being skipped.
/// </summary>
public static partial class HttpFile
{
    public static (IReadOnlyDictionary<string, string> Variables, IReadOnlyList<HttpFileRequest> Requests) Parse(string text)
    {
        var variables = new Dictionary<string, string>();
        var requests = new List<HttpFileRequest>();
        var blocks = Regex.Split(text.Replace("\r\n", "\n"), @"^###", RegexOptions.Multiline);
        foreach (var block in blocks)
        {
            var lines = block.Split('\n');
            string? title = lines[0].Trim(), name = null;
            int? expected = null;
            var i = 1;
            for (; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (Variable().Match(line) is { Success: true } v) variables[v.Groups[1].Value] = v.Groups[2].Value.Trim();
                else if (line.StartsWith("# @name ", StringComparison.Ordinal)) name = line[8..].Trim();
                else if (Expected().Match(line) is { Success: true } e) expected = int.Parse(e.Groups[1].Value);
                else if (line.Length > 0 && !line.StartsWith('#')) break;
            }

            if (i >= lines.Length) continue; // a block of comments only (the file's header)
            var requestLine = lines[i].Trim().Split(' ', 2);
            var headers = new List<(string, string)>();
            for (i++; i < lines.Length && lines[i].Trim().Length > 0; i++)
            {
                var colon = lines[i].IndexOf(':');
                headers.Add((lines[i][..colon].Trim(), lines[i][(colon + 1)..].Trim()));
            }

            var body = lines.Skip(i + 1).Reverse().SkipWhile(l => l.Trim().Length == 0).Reverse().ToList();
            requests.Add(new HttpFileRequest(title, name, expected, requestLine[0], requestLine[1], headers, body));
        }

        return (variables, requests);
    }

    /// <summary>Replaces <c>{{variable}}</c> and <c>{{name.response.body.$…}}</c> references.</summary>
    public static string Substitute(string text, IReadOnlyDictionary<string, string> variables, IReadOnlyDictionary<string, JsonElement> answers) =>
        Reference().Replace(text, m =>
        {
            var reference = m.Groups[1].Value;
            if (variables.TryGetValue(reference, out var value)) return Substitute(value, variables, answers);
            var parts = reference.Split(".response.body.", 2);
            if (parts.Length != 2 || !answers.TryGetValue(parts[0], out var json)) throw new InvalidOperationException($"Unknown reference {{{{{reference}}}}}.");
            foreach (Match step in JsonStep().Matches(parts[1][1..]))
            {
                json = step.Groups[1].Success ? json.GetProperty(step.Groups[1].Value) : json[int.Parse(step.Groups[2].Value)];
            }

            return json.ValueKind == JsonValueKind.String ? json.GetString()! : json.GetRawText();
        });

    /// <summary>The body's bytes: lines joined with CRLF (as multipart needs), <c>&lt; path</c> lines replaced by that file.</summary>
    public static byte[] Body(IEnumerable<string> lines, string folder, Func<string, string> substitute)
    {
        using var bytes = new MemoryStream();
        var first = true;
        foreach (var line in lines)
        {
            if (!first) bytes.Write("\r\n"u8);
            first = false;
            if (line.StartsWith("< ", StringComparison.Ordinal)) bytes.Write(File.ReadAllBytes(Path.Combine(folder, line[2..].Trim())));
            else bytes.Write(Encoding.UTF8.GetBytes(substitute(line)));
        }

        return bytes.ToArray();
    }

    [GeneratedRegex(@"^@(\w+)\s*=\s*(.*)$")]
    private static partial Regex Variable();

    [GeneratedRegex(@"^# → (\d{3})$")]
    private static partial Regex Expected();

    [GeneratedRegex(@"\{\{\s*([^}\s]+)\s*\}\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\.(\w+)|\[(\d+)\]")]
    private static partial Regex JsonStep();
}
