using System.Globalization;
using System.Text;
using System.Xml;
using Loa.Articles;
using Loa.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.News;

/// <summary>The commune's news as an Atom 1.0 feed (RFC 4287): the latest public articles, with absolute addresses.</summary>
public sealed class FeedModel(LoaDbContext db, TimeProvider time) : PortalPageModel(db)
{
    public const int Entries = 20;

    private const string Atom = "http://www.w3.org/2005/Atom";

    public async Task<IActionResult> OnGetAsync()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var articles = await Db.Articles.AsNoTracking().Include(a => a.Category)
            .Where(a => a.CommuneId == Commune.Id).Where(Article.IsPublic(now))
            .OrderByDescending(a => a.PublishAt).ThenByDescending(a => a.Id)
            .Take(Entries)
            .ToListAsync(HttpContext.RequestAborted);
        var site = $"{Request.Scheme}://{Request.Host}";
        var news = $"{site}{Commune.Path}/news";

        var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "vi");
            xml.WriteAttributeString("xml", "base", null, site + "/");
            xml.WriteElementString("title", Atom, $"Tin cải cách hành chính – {Commune.Name}");
            xml.WriteElementString("subtitle", Atom, $"Tin, bài về cải cách hành chính của {Commune.GovernmentShort}, {Commune.ProvinceName}");
            Link(xml, "self", "application/atom+xml", $"{news}/feed");
            Link(xml, "alternate", "text/html", news);
            xml.WriteElementString("id", Atom, news);
            xml.WriteElementString("updated", Atom, Stamp(articles.Count == 0 ? now : articles.Max(Updated)));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, Commune.GovernmentShort);
            xml.WriteElementString("uri", Atom, site + Commune.Path);
            xml.WriteEndElement();
            foreach (var article in articles)
            {
                var url = $"{news}/{article.Id}-{article.Slug}";
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, article.Title);
                Link(xml, "alternate", "text/html", url);
                xml.WriteElementString("id", Atom, $"{news}/{article.Id}");
                xml.WriteElementString("published", Atom, Stamp(article.PublishAt!.Value));
                xml.WriteElementString("updated", Atom, Stamp(Updated(article)));
                if (article.Category is { } category)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", category.Name);
                    xml.WriteEndElement();
                }

                if (!string.IsNullOrEmpty(article.Summary))
                {
                    xml.WriteStartElement("summary", Atom);
                    xml.WriteAttributeString("type", "text");
                    xml.WriteString(article.Summary);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(article.Body);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        Response.Headers.CacheControl = "public, max-age=300";
        return File(output.ToArray(), "application/atom+xml; charset=utf-8");
    }

    /// <summary>Last changed as the public sees it: never before it was published.</summary>
    private static DateTime Updated(Article article) => article.UpdatedAt > article.PublishAt!.Value ? article.UpdatedAt : article.PublishAt.Value;

    private static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
