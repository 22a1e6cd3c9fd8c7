using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>
/// nginx (Debian's nginx-light) as the reverse proxy in front of app instances: TLS with the test certificate on
/// 127.0.0.1, round robin over the instances, the client's address and scheme passed on in X-Forwarded-For and
/// X-Forwarded-Proto, and the instance that answered named in the test-only header <see cref="UpstreamHeader"/>.
/// Everything it writes (configuration, pid, logs, temporary files) stays in a folder of its own.
/// </summary>
public sealed class NginxProcess : IAsyncDisposable
{
    public const string UpstreamHeader = "X-Upstream";

    private readonly Process process;
    private readonly string folder;

    private NginxProcess(Process process, string folder, int port)
    {
        this.process = process;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    public Uri Address => new($"https://127.0.0.1:{Port}");

    /// <summary>The nginx executable: LOA_NGINX, else Debian's /usr/sbin/nginx; null when there is none.</summary>
    public static string? Executable =>
        new[] { Environment.GetEnvironmentVariable("LOA_NGINX"), "/usr/sbin/nginx", "/usr/bin/nginx" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public string ErrorLog => File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log")) : "";

    public static async Task<NginxProcess> StartAsync(int port, IEnumerable<int> upstreams)
    {
        var executable = Executable ?? throw new InvalidOperationException("nginx is not installed: apt-get install nginx-light (or set LOA_NGINX).");
        var folder = Directory.CreateTempSubdirectory("loa-nginx-").FullName;
        var config = new StringBuilder();
        var i = CultureInfo.InvariantCulture;

        // Run as root (CI), nginx would hand its workers to "nobody", who may not enter this private folder.
        if (Environment.UserName == "root")
        {
            config.AppendLine("user root;");
        }

        config.AppendLine(i, $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                upstream loa {
            {{string.Concat(upstreams.Select(p => "        server 127.0.0.1:" + p.ToString(i) + " max_fails=1 fail_timeout=30s;\n"))}}    }
                server {
                    listen 127.0.0.1:{{port}} ssl;
                    ssl_certificate {{TestCertificate.CertificatePemPath}};
                    ssl_certificate_key {{TestCertificate.KeyPemPath}};
                    client_max_body_size 40m;
                    location / {
                        proxy_pass http://loa;
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_next_upstream error timeout;
                        proxy_connect_timeout 2s;
                        add_header {{UpstreamHeader}} $upstream_addr always;
                    }
                }
            }
            """);
        var file = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(file, config.ToString());

        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", file, "-e", Path.Combine(folder, "error.log") })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var nginx = new NginxProcess(process, folder, port);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (process.HasExited)
            {
                var error = await process.StandardError.ReadToEndAsync();
                throw new InvalidOperationException($"nginx exited with code {process.ExitCode}: {error} {nginx.ErrorLog}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return nginx;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
