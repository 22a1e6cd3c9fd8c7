namespace Loa.BrowserTests.Infrastructure;

/// <summary>A test that needs Chromium: skipped with a message saying how to enable it when Chromium is missing (outside CI).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason)
        {
            Skip = reason;

            // The default console output lists skipped tests by display name only, so the name carries the way to enable them.
            DisplayName = "Browser journey skipped — install Chromium to run it: apt-get install chromium (or set LOA_CHROMIUM)";
        }
    }
}
