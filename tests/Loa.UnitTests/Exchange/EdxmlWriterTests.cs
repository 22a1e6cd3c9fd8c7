using System.Xml.Linq;
using System.Xml.Schema;
using Loa.Exchange;

namespace Loa.UnitTests.Exchange;

public sealed class EdxmlWriterTests
{
    [Fact]
    public void A_written_package_validates_against_the_schema_of_the_decision_record()
    {
        var document = XDocument.Parse(SamplePackages.Xml());
        var errors = new List<string>();

        document.Validate(EdxmlSchema.Schemas, (_, e) => errors.Add(e.Severity + ": " + e.Message));

        Assert.Empty(errors);
        Assert.Equal(XName.Get("edXML", EdxmlSchema.Namespace), document.Root!.Name);
    }

    [Fact]
    public void A_package_with_two_receivers_and_an_appendix_validates_too()
    {
        var package = SamplePackages.Report() with
        {
            To = [new EdxmlOrgan("000.00.00.H75", "Ủy ban nhân dân tỉnh Đồng Nai"), new EdxmlOrgan("000.00.05.H75", "Sở Nội vụ tỉnh Đồng Nai")],
            Attachments =
            [
                .. SamplePackages.Report().Attachments,
                new EdxmlAttachment("cid:7-2", "Phu-luc.pdf", "application/pdf", SamplePackages.Pdf, "Phụ lục"),
            ],
        };
        var errors = new List<string>();

        XDocument.Parse(SamplePackages.Xml(package)).Validate(EdxmlSchema.Schemas, (_, e) => errors.Add(e.Message));

        Assert.Empty(errors);
    }

    [Fact]
    public void What_is_written_is_read_back_the_same()
    {
        var sent = SamplePackages.Report();

        var read = EdxmlReader.Read(EdxmlWriter.Write(sent));

        Assert.Null(read.Problem);
        var got = read.Package!;
        Assert.Equal(sent.From, got.From);
        Assert.Equal(sent.To, got.To);
        Assert.Equal(sent.DocumentId, got.DocumentId);
        Assert.Equal("15/BC-UBND", got.Number);
        Assert.Equal(sent.Place, got.Place);
        Assert.Equal(sent.PromulgationDate, got.PromulgationDate);
        Assert.Equal(sent.TypeName, got.TypeName);
        Assert.Equal(sent.Subject, got.Subject);
        Assert.Equal(sent.SignerName, got.SignerName);
        Assert.Equal(sent.SignerPosition, got.SignerPosition);
        Assert.Equal(sent.SentAt, got.SentAt);
        var file = Assert.Single(got.Attachments);
        Assert.Equal(SamplePackages.Pdf, file.Content);
        Assert.Equal("BC-15-2026-UBND-phuong-Phuoc-Tan.pdf", file.Name);
        Assert.Equal("Văn bản chính", file.Description);
    }

    [Fact]
    public void The_schema_in_the_decision_record_is_the_one_embedded()
    {
        var record = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "decisions", "0035-document-exchange.md"));

        Assert.Contains(EdxmlSchema.Text().Trim(), record.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12/KH-UBND", "12", "KH-UBND")]
    [InlineData(" 7 / BC-UBND ", "7", "BC-UBND")]
    public void A_printed_number_splits_into_number_and_symbol(string printed, string number, string notation) =>
        Assert.Equal((number, notation), EdxmlPackage.SplitNumber(printed));

    [Theory]
    [InlineData("KH-UBND")]
    [InlineData("/KH-UBND")]
    [InlineData("12/")]
    [InlineData("12a/KH-UBND")]
    public void A_number_without_its_two_parts_does_not_split(string printed) => Assert.Null(EdxmlPackage.SplitNumber(printed));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Loa.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Loa.slnx not found above " + AppContext.BaseDirectory);
    }
}
