namespace Loa.BrowserTests.Infrastructure;

/// <summary>
/// Where Chromium is and whether the browser tests run: Debian's Chromium at /usr/bin/chromium (or the
/// path in LOA_CHROMIUM). Without it the tests are skipped on a developer's machine and fail under CI=true.
/// </summary>
public static class BrowserEnvironment
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>The arguments the engineering reference asks for; without the networking ones Chromium keeps calling hosts this machine cannot reach.</summary>
    public static readonly IReadOnlyList<string> ChromiumArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("LOA_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromiumPath;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool ChromiumFound => File.Exists(ChromiumPath);

    /// <summary>Why the tests are skipped, or null when they run (Chromium found, or CI=true where a missing Chromium must fail).</summary>
    public static string? SkipReason => ChromiumFound || IsCi
        ? null
        : $"Chromium was not found at {ChromiumPath}. Install it to run the browser tests: apt-get install chromium " +
          "(or set LOA_CHROMIUM to a Chromium executable). Under CI=true a missing Chromium fails the tests.";

    public static string MissingInCiMessage =>
        $"CI=true but Chromium was not found at {ChromiumPath}: the browser tests must run in CI. Install it with apt-get install chromium.";
}
