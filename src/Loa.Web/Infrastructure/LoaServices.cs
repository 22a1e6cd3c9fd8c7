using System.Threading.RateLimiting;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Notifications;
using Loa.Web.Infrastructure.Accounts;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Backups;
using Loa.Web.Infrastructure.Input;
using Loa.Web.Infrastructure.Jobs;
using Loa.Web.Infrastructure.Notifications;
using Loa.Web.Infrastructure.OpenData;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Startup;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure;

/// <summary>Everything the app registers: options, database, accounts, authorization, protection of requests, pages.</summary>
public static class LoaServices
{
    public static void AddLoa(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

        services.AddOptions<LoaOptions>().BindConfiguration(LoaOptions.Section);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddOptions<Scaling.ProxyOptions>().BindConfiguration(Scaling.ProxyOptions.Section);
        services.AddSingleton<Scaling.SharedCounterStore>();
        services.AddSingleton(sp => new LoaPaths(DataDirectory.Resolve(sp.GetRequiredService<IOptions<LoaOptions>>().Value.DataPath)));

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<Signing.SigningService>();
        services.AddScoped<Signing.OfficialDocumentIssuer>();
        services.AddScoped<ITenantScopeAccessor, HttpTenantScopeAccessor>();
        services.AddSingleton<Portal.PortalDirectory>();
        services.AddSingleton<Portal.PortalHomes>();
        services.AddSingleton<Reads.CommuneReads>();
        services.AddSingleton(sp => new PlainConnections(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<LoaPaths>().Data));
        services.AddSingleton<Loa.Portal.PortalStampReader>();
        services.AddSingleton<Portal.PrintHeading>();
        services.AddSingleton<Portal.HumanCheck>();
        services.AddSingleton<Portal.PortalAddress>();
        services.AddSingleton<Portal.RespondentSecret>();
        services.AddSingleton<Portal.PortalCache>();
        services.AddOutputCache();
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>>(sp =>
            new ConfigureOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>(
                o =>
                {
                    o.AddPolicy(Portal.PortalCache.Policy, sp.GetRequiredService<Portal.PortalCache>());
                    o.SizeLimit = Math.Max(1, sp.GetRequiredService<IOptions<LoaOptions>>().Value.PortalCacheMegabytes) * 1024L * 1024L;
                }));

        services.AddOpenData();
        services.AddSingleton<Procedures.ProcedureCatalog>();
        services.AddSingleton<Portal.PortalCacheEviction>();
        // The options are built once (they depend on singletons only): built per request, they cost a tenth of a
        // cheap page's CPU (decision record 41). The context itself stays one per request.
        services.AddDbContext<LoaDbContext>(
            (sp, options) =>
            {
                DatabaseRegistration.Configure(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<LoaPaths>().Data);
                options.AddInterceptors(sp.GetRequiredService<Portal.PortalCacheEviction>());
            },
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<AuditLog>();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section);
        services.AddSingleton<CommuneQuota>();
        services.AddSingleton<UploadStore>();
        services.AddSingleton<UploadPolicies>();
        services.AddOptions<Loa.Documents.Pdf.PdfOptions>().BindConfiguration(Loa.Documents.Pdf.PdfOptions.Section);
        services.AddSingleton<Loa.Documents.Pdf.IPdfConverter>(sp => sp.GetRequiredService<IOptions<Loa.Documents.Pdf.PdfOptions>>().Value.CreateConverter());
        services.AddSingleton<DemoArticleImages>();
        services.AddSingleton<Portal.ArticleViews>();
        services.AddScoped<UnreadNotifications>();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section);
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .PostConfigure<IOptions<LoaOptions>>(
                (email, loa) => email.SiteAddress = loa.Value.PublicAddress is { Length: > 0 } site ? site : email.SiteAddress);
        services.AddOptions<Loa.Feedbacks.FeedbackOptions>().BindConfiguration(Loa.Feedbacks.FeedbackOptions.Section);
        services.AddJobLeases();
        services.AddHostedService<ReminderWorker>();
        services.AddHostedService<Jobs.FiguresRefreshWorker>();
        services.AddHostedService<Jobs.PlannerStatisticsWorker>();
        services.AddSingleton<MailSignal>();
        services.AddHostedService<MailWorker>();
        Exchange.ExchangeRegistration.AddExchange(services);
        services.AddMessageChannels();
        services.AddScheduledBackup();

        AddAccounts(services, builder.Environment);
        services.AddAuthorization(Policies.Add);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, DenialLoggingAuthorizationHandler>();

        var keyRing = KeyRingProtection.Load(builder.Configuration);
        services.AddSingleton(keyRing);
        var dataProtection = services.AddDataProtection().SetApplicationName("Loa");
        if (keyRing.Certificate is { } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
        }

        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DbXmlRepository(sp)));

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "loa.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRateLimiter(_ => { });
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>>(sp =>
            new ConfigureOptions<RateLimiterOptions>(o =>
                AddRateLimits(Scaling.SharedRateLimiterOptions.Over(o, sp), sp.GetRequiredService<IOptions<LoaOptions>>().Value)));
        // Vietnamese letters go out as themselves, not as &#x…; entities: pages stay readable and small.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
            {
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Error");
            })
            .AddMvcOptions(o => VietnameseBindingMessages.Apply(o.ModelBindingMessageProvider))
            .AddBadInputRules();
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
    }

    private static void AddAccounts(IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<User>(o =>
            {
                o.Password.RequiredLength = PasswordPolicy.MinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddSignInManager<LoaSignInManager>()
            .AddClaimsPrincipalFactory<LoaClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddEntityFrameworkStores<LoaDbContext>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "loa.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/accessdenied";
        });
        services.AddAccountSafety();
    }

    // Every policy added here is counted in the database, so that a limit holds across app instances (SharedRateLimiterOptions): use fixed windows.
    private static void AddRateLimits(Scaling.SharedRateLimiterOptions options, LoaOptions loa)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // No body here: the status-code pages render the Vietnamese 429 page, with the site's layout.
        options.OnRejected = (context, _) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            return ValueTask.CompletedTask;
        };

        // Public forms: only posts count, per IP address (security.md 19); look-ups by code count every request (21).
        options.AddPolicy(Portal.PublicLimits.Posts, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                "post:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loa.PublicPostsPerIpPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("get"));
        options.AddPolicy(Portal.PublicLimits.Lookups, context => RateLimitPartition.GetFixedWindowLimiter(
            "lookup:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = loa.PublicLookupsPerIpPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        // Sign-in attempts (posts) per IP address; opening the login page is not an attempt.
        options.AddPolicy("login", context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                "login:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loa.LoginAttemptsPerIpPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("get"));
    }
}

/// <summary>The data folder and the folder for uploaded evidence.</summary>
public sealed record LoaPaths(string Data)
{
    public string Uploads => Path.Combine(Data, "uploads");
}
