using Loa.Web.Infrastructure;
using Loa.Web.Infrastructure.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddLoa();

var app = builder.Build();
app.UseLoa();
await app.InitializeLoaAsync();
await app.RunAsync();

/// <summary>The entry point, public so that tests can host the app (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
