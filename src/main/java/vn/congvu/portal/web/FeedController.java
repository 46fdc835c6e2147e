package vn.congvu.portal.web;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.congvu.platform.PublicAddress;
import vn.congvu.platform.PublicPages;
import vn.congvu.portal.Polls;
import vn.congvu.portal.PublishedNews;
import vn.congvu.portal.Sites;

/**
 * What machines read: the news as RSS 2.0 and Atom (every site, or one), the sitemap of the public pages, and
 * robots.txt, which opens the public pages to search engines and keeps them out of the officers' side. A page-side
 * controller: a feed of a site that does not exist answers with the "not found" page, not with an API problem.
 */
@Controller
@ResponseBody
class FeedController {

	private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	/** RFC 3339 as Atom requires it: seconds always written, the offset as +07:00. */
	private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
		.withZone(vn.congvu.shared.VietnameseDates.VIETNAM);

	private final PublishedNews news;
	private final Sites sites;
	private final Polls polls;
	private final List<PublicPages> modulePages;
	private final PublicAddress address;
	private final java.time.Clock clock;

	FeedController(PublishedNews news, Sites sites, Polls polls, List<PublicPages> modulePages, PublicAddress address,
			java.time.Clock clock) {
		this.news = news;
		this.sites = sites;
		this.polls = polls;
		this.modulePages = modulePages;
		this.address = address;
		this.clock = clock;
	}

	@GetMapping("/public/news/feed.rss")
	ResponseEntity<String> rss(@RequestParam(required = false) @Nullable Long site) throws XMLStreamException {
		String title = title(site);
		List<PublishedNews.Summary> items = news.list(site, null, null, 0).rows();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("rss");
		xml.writeAttribute("version", "2.0");
		xml.writeStartElement("channel");
		element(xml, "title", title);
		element(xml, "link", base() + (site == null ? "/public/news" : "/public/sites/" + site));
		element(xml, "description", title);
		element(xml, "language", "vi");
		for (PublishedNews.Summary item : items) {
			xml.writeStartElement("item");
			element(xml, "title", item.title());
			element(xml, "link", base() + "/public/news/" + item.id());
			element(xml, "guid", base() + "/public/news/" + item.id());
			element(xml, "description", item.summary());
			element(xml, "category", item.categoryName());
			element(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(item.publishAt()));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok().contentType(RSS).body(out.toString());
	}

	@GetMapping("/public/news/feed.atom")
	ResponseEntity<String> atom(@RequestParam(required = false) @Nullable Long site) throws XMLStreamException {
		List<PublishedNews.Summary> items = news.list(site, null, null, 0).rows();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		String self = base() + "/public/news/feed.atom" + (site == null ? "" : "?site=" + site);
		element(xml, "title", title(site));
		element(xml, "id", self);
		link(xml, "self", self);
		element(xml, "updated", RFC_3339.format(items.isEmpty()
				? java.time.OffsetDateTime.parse("2025-07-01T00:00:00+07:00") : items.get(0).updatedAt()));
		for (PublishedNews.Summary item : items) {
			xml.writeStartElement("entry");
			element(xml, "title", item.title());
			element(xml, "id", base() + "/public/news/" + item.id());
			link(xml, "alternate", base() + "/public/news/" + item.id());
			element(xml, "published", RFC_3339.format(item.publishAt()));
			element(xml, "updated", RFC_3339.format(item.updatedAt().isAfter(item.publishAt()) ? item.updatedAt()
					: item.publishAt()));
			xml.writeStartElement("author");
			element(xml, "name", item.unitName());
			xml.writeEndElement();
			element(xml, "summary", item.summary());
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok().contentType(ATOM).body(out.toString());
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		for (String path : List.of("/public/sites", "/public/news", "/public/figures", "/public/reform-index",
				"/public/good-examples", "/public/contacts", "/public/polls", "/public/verify")) {
			url(xml, base() + path, null);
		}
		for (Sites.Entry entry : sites.directory()) {
			url(xml, base() + "/public/sites/" + entry.unitId(), null);
			for (Sites.Page page : sites.pages(entry.unitId())) {
				url(xml, base() + "/public/sites/" + entry.unitId() + "/pages/" + page.slug(),
						page.updatedAt().toLocalDate().toString());
			}
		}
		for (PublishedNews.Summary item : news.all(45_000)) {
			url(xml, base() + "/public/news/" + item.id(), item.updatedAt().toLocalDate().toString());
		}
		java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
		for (Polls.Poll poll : polls.all()) {
			if (!poll.opensAt().isAfter(now)) {
				java.time.OffsetDateTime changed = poll.closesAt().isBefore(now) ? poll.closesAt() : poll.opensAt();
				url(xml, base() + "/public/polls/" + poll.id(), changed.atZoneSameInstant(
						vn.congvu.shared.VietnameseDates.VIETNAM).toLocalDate().toString());
			}
		}
		for (PublicPages pages : modulePages) {
			for (PublicPages.Entry page : pages.publicPages()) {
				url(xml, base() + page.path(), page.lastModified() == null ? null : page.lastModified().toString());
			}
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok().contentType(XML).body(out.toString());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("""
				User-agent: *
				Allow: /public/
				Allow: /css/
				Allow: /js/
				Allow: /webjars/
				Allow: /favicon.svg
				Disallow: /
				Sitemap: %s/sitemap.xml
				""".formatted(base()));
	}

	private String title(@Nullable Long site) {
		return site == null ? "Tin tức" : "Tin tức – " + sites.site(site).unit().name();
	}

	/** Absolute links come from the configured public address, never from the request's host. */
	private String base() {
		return address.base();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

	private static void url(XMLStreamWriter xml, String loc, @Nullable String lastmod) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", loc);
		if (lastmod != null) {
			element(xml, "lastmod", lastmod);
		}
		xml.writeEndElement();
	}
}
