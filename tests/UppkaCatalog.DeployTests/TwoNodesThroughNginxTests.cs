using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.DeployTests;

/// <summary>
/// The two-node set-up of deploy/two-nodes.sh as a buyer, a member and nginx see it. "Through node A/B" is that node's own
/// port; "through nginx" is the load balancer. Each test uses its own demo account or its own rows.
/// </summary>
public sealed partial class TwoNodesThroughNginxTests(TwoNodeSite site) : IClassFixture<TwoNodeSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_product_renamed_through_node_a_is_on_node_b_s_next_anonymous_catalogue_pages_at_once()
    {
        using var a = TwoNodeSite.Client(site.NodeA);
        using var b = TwoNodeSite.Client(site.NodeB);
        var member = await Http.TokenAsync(a, "anggota1@uppka.test");
        var staff = await Http.TokenAsync(a, "staf@uppka.test");
        var product = (await Http.SendJsonAsync(a, HttpMethod.Get, "/api/v1/me/products?status=published", member)).AsArray()[0]!;
        var id = product["id"]!.GetValue<int>();
        var page = "/produk/" + Uri.EscapeDataString(product["slug"]!.GetValue<string>());

        // Node B makes the product page and keeps it: its second answer comes from the (Redis) output cache.
        using (var first = await b.GetAsync(page, Ct)) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var cached = await b.GetAsync(page, Ct)) Assert.NotNull(cached.Headers.Age);

        // The member renames it through node A (a new name goes back to review); staff approve it through node A.
        var word = "Duanode" + Letters(6);
        var newName = product["name"]!.GetValue<string>() + " " + word;
        var edit = (await Http.SendJsonAsync(a, HttpMethod.Get, $"/api/v1/products/{id}", member)).AsObject();
        edit["name"] = newName;
        await Http.SendJsonAsync(a, HttpMethod.Put, $"/api/v1/products/{id}", member, edit);
        await Http.SendJsonAsync(a, HttpMethod.Post, $"/api/v1/staff/products/{id}/approve", staff);

        // A buyer's next anonymous requests through node B: the kept page is gone, the new name is there, search finds it.
        var after = await b.GetStringAsync(page, Ct);
        Assert.Contains(WebUtility.HtmlEncode(newName), after);
        var search = await b.GetStringAsync("/katalog?q=" + word.ToLowerInvariant(), Ct);
        Assert.Contains(WebUtility.HtmlEncode(newName), search);
    }

    [Fact]
    public async Task A_sign_in_cookie_from_node_a_is_accepted_by_node_b()
    {
        using var a = TwoNodeSite.Client(site.NodeA);
        using var b = TwoNodeSite.Client(site.NodeB);
        var jar = new Dictionary<string, string>();
        var form = await Http.SignInFormAsync(a, jar);
        using (var signedIn = await Http.PostSignInAsync(a, form, jar, "anggota3@uppka.test"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        Assert.Contains(jar.Keys, k => k.StartsWith("uppka.auth", StringComparison.Ordinal));

        using var onA = await Http.GetAsync(a, "/kelola", jar);
        using var onB = await Http.GetAsync(b, "/kelola", jar);
        using var anonymous = await b.GetAsync("/kelola", Ct);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode); // /kelola does need a sign-in…
        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
        Assert.True(onB.StatusCode == HttpStatusCode.OK,
            $"node B answered the cookie node A issued with {(int)onB.StatusCode} {onB.Headers.Location} (its data-protection keys are not node A's)");
    }

    [Fact]
    public async Task The_sign_in_form_node_a_served_is_accepted_by_node_b()
    {
        using var a = TwoNodeSite.Client(site.NodeA);
        using var b = TwoNodeSite.Client(site.NodeB);
        var jar = new Dictionary<string, string>();
        var form = await Http.SignInFormAsync(a, jar);

        using var posted = await Http.PostSignInAsync(b, form, jar, "anggota4@uppka.test");

        // Antiforgery: node B must read the token node A wrote into the form and its cookie.
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect,
            $"node B answered the sign-in form of node A with {(int)posted.StatusCode} (antiforgery token from another node's keys?)");
    }

    [Fact]
    public async Task A_photo_uploaded_through_node_a_is_served_by_node_b_and_through_nginx()
    {
        using var a = TwoNodeSite.Client(site.NodeA);
        using var b = TwoNodeSite.Client(site.NodeB);
        using var lb = TwoNodeSite.Client(site.Nginx);
        var member = await Http.TokenAsync(a, "anggota2@uppka.test");
        var draft = await Http.SendJsonAsync(a, HttpMethod.Post, "/api/v1/products", member, new JsonObject { ["name"] = "Uji Dua Node " + Letters(4) }, HttpStatusCode.Created);

        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/products/{draft["id"]}/photos");
        upload.Headers.Authorization = new AuthenticationHeaderValue("Bearer", member);
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.DemoPhotos, "keripik-singkong-tunas.webp"), Ct));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/webp");
        upload.Content = new MultipartFormDataContent { { file, "file", "kemasan.webp" }, { new StringContent("Kemasan uji dua node"), "altText" } };
        using var uploaded = await a.SendAsync(upload, Ct);
        var photo = await uploaded.Content.ReadAsStringAsync(Ct);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, $"upload through node A answered {(int)uploaded.StatusCode}: {photo}");
        var url = new Uri(JsonNode.Parse(photo)!["variants"]!.AsArray()[0]!["url"]!.GetValue<string>());
        Assert.StartsWith("/media/", url.AbsolutePath);

        var fromA = await a.GetByteArrayAsync(url.PathAndQuery, Ct);
        using var fromB = await b.GetAsync(url.PathAndQuery, Ct);
        using var fromNginx = await lb.GetAsync(url.PathAndQuery, Ct);

        Assert.Equal(HttpStatusCode.OK, fromB.StatusCode);
        Assert.Equal(fromA, await fromB.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, fromNginx.StatusCode);
        Assert.Equal(fromA, await fromNginx.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Nginx_keeps_each_client_address_on_one_node_and_spreads_addresses_over_both()
    {
        // Sixteen clients, 127.0.k.1: ip_hash hashes the first three octets, so these are sixteen different clients to it.
        var tag = Letters(6);
        for (var k = 0; k < 16; k++)
        {
            using var client = TwoNodeSite.Client(site.Nginx, IPAddress.Parse($"127.0.{k}.1"));
            for (var i = 0; i < 4; i++)
            {
                using var response = await client.GetAsync($"/health?sticky={tag}-{k}-{i}", Ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        // nginx logs a request just after its last byte went out: the newest line may lag the answer by a moment.
        var ours = new List<Match>();
        for (var i = 0; i < 50 && ours.Count < 64; i++)
        {
            if (i > 0) await Task.Delay(100, Ct);
            ours = site.AccessLogLines().Select(l => StickyLine().Match(l)).Where(m => m.Success && m.Groups["tag"].Value == tag).ToList();
        }

        Assert.Equal(64, ours.Count);
        var nodeOf = new Dictionary<int, HashSet<string>>();
        foreach (var m in ours)
        {
            var k = int.Parse(m.Groups["k"].Value);
            nodeOf.TryAdd(k, []);
            nodeOf[k].Add(m.Groups["upstream"].Value);
        }

        Assert.Equal(16, nodeOf.Count);
        Assert.All(nodeOf, c => Assert.True(c.Value.Count == 1, $"client 127.0.{c.Key}.1 was sent to {string.Join(" and ", c.Value)}"));
        var nodes = nodeOf.Values.SelectMany(v => v).ToHashSet();
        Assert.Equal(new HashSet<string> { $"127.0.0.1:{site.PortA}", $"127.0.0.1:{site.PortB}" }, nodes);
    }

    [Fact]
    public async Task A_blazor_circuit_s_websocket_is_upgraded_through_nginx_on_the_node_that_negotiated_it()
    {
        using var lb = TwoNodeSite.Client(site.Nginx);
        var tag = Letters(8); // finds this test's two lines in the access log
        using var negotiate = await lb.PostAsync($"/_blazor/negotiate?negotiateVersion=1&t={tag}", new ByteArrayContent([]), Ct);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        var token = JsonNode.Parse(await negotiate.Content.ReadAsStringAsync(Ct))!["connectionToken"]!.GetValue<string>();

        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{site.NginxPort}/_blazor?id={Uri.EscapeDataString(token)}&t={tag}"), Ct);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, socket.HttpStatusCode);

        // SignalR's handshake over the socket, answered by the hub on the node that holds the connection: frames pass both
        // ways. Blazor's hub speaks only its MessagePack dialect ("blazorpack"); the handshake itself is JSON in any dialect.
        const char separator = '\u001e';
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}" + separator), WebSocketMessageType.Binary, true, Ct);
        var buffer = new byte[4096];
        var received = await socket.ReceiveAsync(buffer, Ct);
        Assert.Equal("{}" + separator, Encoding.UTF8.GetString(buffer, 0, received.Count));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", Ct);

        // nginx writes the upgraded request's line when it closes: both calls went to one node.
        string[] lines = [];
        for (var i = 0; i < 50 && !lines.Any(l => l.Contains($"/_blazor?id=", StringComparison.Ordinal) && l.Contains(tag, StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100, Ct);
            lines = site.AccessLogLines();
        }

        var ours = lines.Where(l => l.Contains($"t={tag} HTTP/1.1", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ours.Count);
        Assert.Contains(" 200 ", ours[0]); // POST /_blazor/negotiate
        Assert.Contains(" 101 ", ours[1]); // GET /_blazor?id=…, upgraded
        Assert.Single(ours.Select(l => UpstreamOf().Match(l).Groups[1].Value).Distinct());
    }

    [Fact]
    public async Task Nginx_lets_the_app_s_largest_upload_through_and_refuses_a_larger_one_itself()
    {
        const int appLimit = 16 * 1024 * 1024; // UploadForm.MaxRequestBytes
        using var lb = TwoNodeSite.Client(site.Nginx);

        // No token: the node itself answers (401 problem details), after nginx has taken the whole body.
        using var atLimit = await lb.PostAsync("/api/v1/products/1/photos", Body(appLimit), Ct);
        using var overLimit = await lb.PostAsync("/api/v1/products/1/photos", Body(appLimit + 1), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, atLimit.StatusCode);
        Assert.Equal("application/problem+json", atLimit.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overLimit.StatusCode);
        Assert.Contains("nginx", await overLimit.Content.ReadAsStringAsync(Ct));

        static ByteArrayContent Body(int length)
        {
            var content = new ByteArrayContent(new byte[length]);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return content;
        }
    }

    private static string Letters(int count) =>
        new(Guid.NewGuid().ToString("N").Take(count).Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());

    [GeneratedRegex("\"GET /health\\?sticky=(?<tag>[a-p]+)-(?<k>\\d+)-\\d+ HTTP/1\\.1\" 200 .* upstream=(?<upstream>\\S+)")]
    private static partial Regex StickyLine();

    [GeneratedRegex("upstream=(\\S+)")]
    private static partial Regex UpstreamOf();
}
