using System.Globalization;
using Loa.Demo.Signing;
using Loa.Signing;
using Loa.TestSigning;

// loa-test-signer run  --data DIR --user lanhdao.phuoctan [--port 8765]   plays the agent with that person's test certificate
// loa-test-signer init --data DIR --user NAME [--name "Full Name"]        makes the test CA (if missing) and a person's certificate
// loa-test-signer sign --data DIR --user NAME IN.pdf OUT.pdf --title T --signer N   signs a file directly
var options = Options.Parse(args);
if (options.Command is null || options.Get("data") is not { } data)
{
    Console.Error.WriteLine("usage: loa-test-signer run|init|sign --data <Loa data folder> --user <user name> [--port 8765]");
    return 2;
}

var folder = Path.Combine(data, DemoSigning.FolderName);
var user = options.Get("user") ?? "lanhdao.phuoctan";
switch (options.Command)
{
    case "init":
        {
            var authority = File.Exists(Path.Combine(folder, "ca.crt")) ? TestAuthority.Load(folder) : Create(folder);
            var identity = authority.Issue(options.Get("name") ?? user);
            TestAuthority.Save(identity, folder, user);
            Console.WriteLine($"{Path.Combine(folder, user)}.crt  SHA-256 {identity.Thumbprint}");
            Console.WriteLine($"CA: {Path.Combine(folder, "ca.crt")} (add it to the trusted list; register the .crt for the account)");
            return 0;
        }

    case "sign":
        {
            var identity = TestAuthority.Load(folder).LoadIdentity(folder, user);
            var pdf = await File.ReadAllBytesAsync(options.Positional[0]);
            var places = SignaturePlaces.ForMain(pdf, options.Get("title") ?? "CHỦ TỊCH", options.Get("signer") ?? "")
                ?? throw new InvalidOperationException("signature block not found");
            await File.WriteAllBytesAsync(options.Positional[1], PdfIncrementalSigner.Sign(pdf, places, identity));
            return 0;
        }

    case "run":
        {
            var identity = TestAuthority.Load(folder).LoadIdentity(folder, user);
            var port = int.Parse(options.Get("port") ?? AgentProtocol.DefaultPort.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            await using var agent = new TestAgent(identity);
            await agent.StartAsync(port);
            Console.WriteLine($"Test signer for {identity.Certificate.SubjectDN} listening on ws://127.0.0.1:{agent.Port}/ (Ctrl+C to stop)");
            var stop = new TaskCompletionSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.TrySetResult();
            };
            await stop.Task;
            return 0;
        }

    default:
        Console.Error.WriteLine($"unknown command {options.Command}");
        return 2;
}

static TestAuthority Create(string folder)
{
    var authority = TestAuthority.Create();
    authority.Save(folder);
    return authority;
}

internal sealed record Options(string? Command, Dictionary<string, string> Named, List<string> Positional)
{
    public string? Get(string name) => Named.TryGetValue(name, out var value) ? value : null;

    public static Options Parse(string[] args)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                named[args[i][2..]] = args[++i];
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return new Options(args.Length > 0 ? args[0] : null, named, positional);
    }
}
