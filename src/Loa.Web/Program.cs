using Loa.Web.Infrastructure;
using Loa.Web.Infrastructure.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddLoa();

var app = builder.Build();
app.UseLoa();
try
{
    await app.InitializeLoaAsync();
}
catch (StartupRefusedException)
{
    // The reasons are in the log; disposing the app writes it out before the process ends.
    await app.DisposeAsync();
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>The entry point, public so that tests can host the app (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
