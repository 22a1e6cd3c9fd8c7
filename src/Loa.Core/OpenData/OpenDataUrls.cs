using System.Globalization;

namespace Loa.OpenData;

/// <summary>
/// The stable addresses of the open data. Files live under <c>/open-data/v1/</c>: the version of the schema is in the address,
/// so that a change that would break a reader gets a <c>/v2/</c> beside it and <c>/v1/</c> keeps answering as documented.
/// </summary>
public static class OpenDataUrls
{
    public const string Root = "/open-data";

    public const string Catalog = Root + "/catalog.jsonld";

    public const string Files = Root + "/v1";

    public static string Province(string code) => $"{Root}/provinces/{code}";

    public static string ProvinceCatalog(string code) => $"{Root}/provinces/{code}/catalog.jsonld";

    public static string Commune(string code) => $"{Root}/communes/{code}";

    public static string NationalFigures(int year, string format) => $"{Files}/national/{Y(year)}/figures.{format}";

    public static string NationalChannels(int year, string format) => $"{Files}/national/{Y(year)}/channels.{format}";

    public static string NationalIndices(string format) => $"{Files}/national/indices.{format}";

    public static string ProvinceFigures(string code, int year, string format) => $"{Files}/provinces/{code}/{Y(year)}/figures.{format}";

    public static string ProvinceChannels(string code, int year, string format) => $"{Files}/provinces/{code}/{Y(year)}/channels.{format}";

    public static string ProvinceIndices(string code, string format) => $"{Files}/provinces/{code}/indices.{format}";

    public static string Plan(string code, int year, string format) => $"{Files}/communes/{code}/{Y(year)}/plan.{format}";

    public static string Progress(string code, int year, string format) => $"{Files}/communes/{code}/{Y(year)}/progress.{format}";

    public static string CommuneIndices(string code, string format) => $"{Files}/communes/{code}/indices.{format}";

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);
}
