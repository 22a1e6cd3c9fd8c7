using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Loa.Demo.Signing;
using Loa.Signing;
using Loa.Text;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Utilities.Collections;
using Org.BouncyCastle.X509;
using CmsAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using CmsAttributeTable = Org.BouncyCastle.Asn1.Cms.AttributeTable;

namespace Loa.TestSigning;

/// <summary>
/// Signs a PDF the way a signing agent does: appends one incremental update (the original bytes stay as they are) with a
/// signature field whose widget shows the signature image in its place (or, on an appendix, the text-only stamp), a stamp
/// annotation with the seal, and a PAdES baseline B-B signature: CMS SignedData (ETSI.CAdES.detached, SHA-256, with
/// signing-certificate-v2) over the whole file but the /Contents hole.
/// </summary>
public static partial class PdfIncrementalSigner
{
    private const int ContentsBytes = 8192;
    private static readonly string[] TrailerKeys = ["Info", "ID"];
    private const string RangePlaceholder = "/ByteRange [0 0000000000 0000000000 0000000000]";

    public static byte[] Sign(byte[] pdf, FilePlaces places, TestIdentity identity, byte[]? signatureImage = null, byte[]? sealImage = null,
        DateTime? now = null)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = Trailer(text);
        var size = Int(Value(trailer, "Size") ?? throw new InvalidDataException("no /Size"));
        var root = Ref(Value(trailer, "Root") ?? throw new InvalidDataException("no /Root"));
        var previous = Int(StartXrefPattern().Matches(text)[^1].Groups[1].Value);
        var catalog = Dictionary(Object(text, root));
        var place = places.Signature ?? places.Stamp ?? throw new ArgumentException("no place to sign", nameof(places));
        var pageNumber = PageObject(text, Ref(Value(catalog, "Pages")!), place.Page);
        var page = Dictionary(Object(text, pageNumber));
        var time = now ?? DateTime.UtcNow;

        var next = size;
        var objects = new List<(int Number, byte[] Body)>();
        int Add(byte[] body)
        {
            objects.Add((next, body));
            return next++;
        }

        var signatureNumber = Add(Ascii($"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached {RangePlaceholder} "
            + $"/Contents <{new string('0', ContentsBytes * 2)}> /M ({PdfDate(time)}) /Name ({Ascii7(identity.Certificate.SubjectDN.ToString())}) >>"));
        var appearance = places.Signature is { } s
            ? ImageAppearance(s, SignatureImages.ForPdf(signatureImage ?? SignatureImages.Signature())!, Add)
            : StampAppearance(places.Stamp!, places.StampLines ?? [], Add);
        var widget = Add(Ascii($"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Chu ky so {time:yyyyMMddHHmmss}) /V {signatureNumber} 0 R /F 132 "
            + $"/Rect [{Rect(place)}] /P {pageNumber} 0 R /AP << /N {appearance} 0 R >> >>"));
        var annotations = new List<int> { widget };
        if (places.Seal is { } seal)
        {
            var sealAppearance = ImageAppearance(seal, SignatureImages.ForPdf(sealImage ?? SignatureImages.Seal())!, Add);
            annotations.Add(Add(Ascii($"<< /Type /Annot /Subtype /Stamp /Name /Seal /F 4 /Rect [{Rect(seal)}] /P {pageNumber} 0 R "
                + $"/AP << /N {sealAppearance} 0 R >> >>")));
        }

        var references = string.Join(' ', annotations.Select(a => $"{a} 0 R"));
        objects.Add((pageNumber, Ascii(WithArrayItems(page, "Annots", references))));
        objects.Add((root, Ascii(WithAcroForm(catalog, widget))));

        using var output = new MemoryStream();
        output.Write(pdf);
        if (pdf[^1] != '\n')
        {
            output.WriteByte((byte)'\n');
        }

        var offsets = new List<(int Number, long Offset)>();
        foreach (var (number, body) in objects)
        {
            offsets.Add((number, output.Position));
            output.Write(Ascii($"{number} 0 obj\n"));
            output.Write(body);
            output.Write(Ascii("\nendobj\n"));
        }

        var xref = output.Position;
        var table = new StringBuilder("xref\n");
        foreach (var (number, offset) in offsets.OrderBy(o => o.Number))
        {
            table.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        var extra = string.Concat(TrailerKeys.Select(k => Value(trailer, k) is { } v ? $" /{k} {v}" : ""));
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {next} /Root {root} 0 R /Prev {previous}{extra} >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Ascii(table.ToString()));
        return Seal(output.ToArray(), identity, time);
    }

    /// <summary>Fills /ByteRange and writes the CMS into the /Contents hole.</summary>
    private static byte[] Seal(byte[] file, TestIdentity identity, DateTime time)
    {
        var text = Encoding.Latin1.GetString(file);
        var rangeAt = text.LastIndexOf(RangePlaceholder, StringComparison.Ordinal);
        var holeStart = text.IndexOf("/Contents <", rangeAt, StringComparison.Ordinal) + "/Contents ".Length;
        var holeEnd = text.IndexOf('>', holeStart) + 1;
        var range = $"/ByteRange [0 {holeStart} {holeEnd} {file.Length - holeEnd}]".PadRight(RangePlaceholder.Length);
        Encoding.ASCII.GetBytes(range).CopyTo(file, rangeAt);

        var covered = new byte[holeStart + (file.Length - holeEnd)];
        Array.Copy(file, 0, covered, 0, holeStart);
        Array.Copy(file, holeEnd, covered, holeStart, file.Length - holeEnd);
        var cms = Cms(covered, identity, time);
        var hex = Convert.ToHexStringLower(cms);
        if (hex.Length > ContentsBytes * 2)
        {
            throw new InvalidOperationException("signature larger than its place");
        }

        Encoding.ASCII.GetBytes(hex).CopyTo(file, holeStart + 1);
        return file;
    }

    /// <summary>CMS SignedData, detached, SHA-256 with RSA, signed attributes content-type, signing-time, messageDigest, signing-certificate-v2.</summary>
    public static byte[] Cms(byte[] covered, TestIdentity identity, DateTime signingTime)
    {
        var essId = new EssCertIDv2(SHA256.HashData(identity.CertificateDer));
        var attributes = new Asn1EncodableVector
        {
            new CmsAttribute(PkcsObjectIdentifiers.IdAASigningCertificateV2, new DerSet(new SigningCertificateV2(essId))),
            new CmsAttribute(
                Org.BouncyCastle.Asn1.Cms.CmsAttributes.SigningTime, new DerSet(new Org.BouncyCastle.Asn1.Cms.Time(signingTime.ToUniversalTime()))),
        };
        var generator = new CmsSignedDataGenerator();
        generator.AddSignerInfoGenerator(new SignerInfoGeneratorBuilder()
            .WithSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new CmsAttributeTable(attributes)))
            .Build(new Asn1SignatureFactory("SHA256WITHRSA", identity.PrivateKey), identity.Certificate));
        generator.AddCertificates(CollectionUtilities.CreateStore(new List<X509Certificate> { identity.Certificate, identity.Issuer }));
        return generator.Generate(new CmsProcessableByteArray(covered), false).GetEncoded(Asn1Encodable.Der);
    }

    private static int ImageAppearance(PdfRect place, PdfImage image, Func<byte[], int> add)
    {
        var mask = add(Stream($"/Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} /ColorSpace /DeviceGray "
            + "/BitsPerComponent 8", image.Alpha));
        var picture = add(Stream($"/Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} /ColorSpace /DeviceRGB "
            + $"/BitsPerComponent 8 /SMask {mask} 0 R", image.Rgb));
        var draw = Ascii($"q {Num(place.Width)} 0 0 {Num(place.Height)} 0 0 cm /Im Do Q");
        return add(Stream($"/Type /XObject /Subtype /Form /BBox [0 0 {Num(place.Width)} {Num(place.Height)}] "
            + $"/Resources << /XObject << /Im {picture} 0 R >> >>", draw, compress: false));
    }

    /// <summary>The organisation's text-only stamp: its lines in Times 10 (the test signer writes them without diacritics).</summary>
    private static int StampAppearance(PdfRect place, IReadOnlyList<string> lines, Func<byte[], int> add)
    {
        var font = add(Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"));
        var content = new StringBuilder("BT /F1 10 Tf 12 TL ");
        content.Append(CultureInfo.InvariantCulture, $"2 {Num(place.Height - 12)} Td ");
        foreach (var line in lines)
        {
            content.Append(CultureInfo.InvariantCulture, $"({Ascii7(line)}) Tj T* ");
        }

        content.Append("ET");
        return add(Stream($"/Type /XObject /Subtype /Form /BBox [0 0 {Num(place.Width)} {Num(place.Height)}] "
            + $"/Resources << /Font << /F1 {font} 0 R >> >>", Ascii(content.ToString()), compress: false));
    }

    private static byte[] Stream(string dictionary, byte[] data, bool compress = true)
    {
        var body = data;
        if (compress)
        {
            using var packed = new MemoryStream();
            using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal))
            {
                zlib.Write(data);
            }

            body = packed.ToArray();
        }

        var head = Ascii($"<< {dictionary}{(compress ? " /Filter /FlateDecode" : "")} /Length {body.Length} >>\nstream\n");
        return [.. head, .. body, .. Ascii("\nendstream")];
    }

    private static string WithArrayItems(string dictionary, string key, string items)
    {
        var match = Regex.Match(dictionary, $@"/{key}\s*\[", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (match.Success)
        {
            return dictionary.Insert(match.Index + match.Length, items + " ");
        }

        if (Regex.IsMatch(dictionary, $@"/{key}\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            throw new NotSupportedException($"/{key} by reference");
        }

        return dictionary[..dictionary.LastIndexOf(">>", StringComparison.Ordinal)] + $" /{key} [{items}] >>";
    }

    private static string WithAcroForm(string catalog, int field)
    {
        if (catalog.Contains("/AcroForm", StringComparison.Ordinal))
        {
            var withFields = Regex.Match(catalog, @"/AcroForm\s*<<(.*?)/Fields\s*\[", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
            if (!withFields.Success)
            {
                throw new NotSupportedException("/AcroForm without an inline /Fields array");
            }

            var withField = catalog.Insert(withFields.Index + withFields.Length, $"{field} 0 R ");
            return withField.Contains("/SigFlags", StringComparison.Ordinal) ? withField : withField.Replace("/AcroForm <<", "/AcroForm << /SigFlags 3",
                StringComparison.Ordinal);
        }

        return catalog[..catalog.LastIndexOf(">>", StringComparison.Ordinal)] + $" /AcroForm << /Fields [{field} 0 R] /SigFlags 3 >> >>";
    }

    /// <summary>The object number of page <paramref name="wanted"/> (from 1), walking the page tree.</summary>
    private static int PageObject(string text, int pages, int wanted)
    {
        var seen = 0;
        int? Walk(int node)
        {
            var dictionary = Dictionary(Object(text, node));
            if (!Regex.IsMatch(dictionary, @"/Type\s*/Pages\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                return ++seen == wanted ? node : null;
            }

            var kids = Value(dictionary, "Kids") ?? "[]";
            foreach (Match kid in ReferencePattern().Matches(kids))
            {
                if (Walk(Int(kid.Groups[1].Value)) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        return Walk(pages) ?? throw new InvalidDataException($"no page {wanted}");
    }

    /// <summary>The last trailer dictionary, or the dictionary of the last cross-reference stream.</summary>
    private static string Trailer(string text)
    {
        var at = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (at >= 0)
        {
            return Dictionary(text[at..]);
        }

        var xref = Int(StartXrefPattern().Matches(text)[^1].Groups[1].Value);
        return Dictionary(text[xref..]);
    }

    private static string Object(string text, int number)
    {
        var matches = Regex.Matches(text, $@"(?<![0-9]){number}\s+0\s+obj\b", RegexOptions.None, TimeSpan.FromSeconds(5));
        if (matches.Count == 0)
        {
            throw new NotSupportedException($"object {number} is not a plain object (object streams are not supported by the test signer)");
        }

        var start = matches[^1].Index + matches[^1].Length;
        return text[start..text.IndexOf("endobj", start, StringComparison.Ordinal)];
    }

    /// <summary>The first balanced &lt;&lt; … &gt;&gt; in <paramref name="text"/>.</summary>
    private static string Dictionary(string text)
    {
        var start = text.IndexOf("<<", StringComparison.Ordinal);
        var depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] == '<' && text[i + 1] == '<')
            {
                depth++;
                i++;
            }
            else if (text[i] == '>' && text[i + 1] == '>')
            {
                depth--;
                i++;
                if (depth == 0)
                {
                    return text[start..(i + 1)];
                }
            }
        }

        throw new InvalidDataException("unbalanced dictionary");
    }

    private static string? Value(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, $@"/{key}\s*(\[[^\]]*\]|\d+\s+\d+\s+R|\d+|/[^\s/<>\[\]]+)", RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups[1].Value : null;
    }

    private static int Ref(string reference) => Int(reference.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);

    private static int Int(string value) => int.Parse(value.Trim(), CultureInfo.InvariantCulture);

    private static string Rect(PdfRect r) => $"{Num(r.X)} {Num(r.Y)} {Num(r.Right)} {Num(r.Top)}";

    private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string PdfDate(DateTime utc) => $"D:{utc:yyyyMMddHHmmss}+00'00'";

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>Text for a PDF literal string in a standard font: without diacritics, parentheses and backslashes escaped.</summary>
    private static string Ascii7(string text)
    {
        var plain = new string(VietnameseText.Nfc(text).Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => c switch { 'đ' => 'd', 'Đ' => 'D', _ when c < 127 && c >= 32 => c, _ => '?' })
            .ToArray());
        return plain.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal)
            .Replace(")", "\\)", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"(\d+)\s+\d+\s+R")]
    private static partial Regex ReferencePattern();
}
