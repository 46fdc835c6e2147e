package vn.congvu.portal;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import vn.congvu.shared.InvalidInputException;

/**
 * The text of an article or a page, as an editor writes it: plain text (a blank line starts a paragraph) or HTML.
 * HTML that does not parse cleanly (an unclosed or misplaced tag) is refused with where it went wrong, so that a
 * page is never published differently from what its editor meant; what parses is cleaned with jsoup's safelist
 * (no scripts, styles, frames, event attributes or pictures from elsewhere: pictures are uploaded).
 */
final class ArticleHtml {

	static final int MAX_CHARS = 200_000;

	private static final Safelist ALLOWED = Safelist.relaxed()
		.removeTags("img")
		.addAttributes("a", "rel")
		.addEnforcedAttribute("a", "rel", "nofollow noopener")
		.addProtocols("a", "href", "https", "http", "mailto", "tel")
		.preserveRelativeLinks(true); // a link to another page of the portal stays as written

	/** Stands for the portal's own address while cleaning, so that relative links can be checked and kept. */
	private static final String BASE = "https://congvu.invalid/";

	private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");

	private ArticleHtml() {
	}

	/** Safe HTML for the page, or a refusal naming the line and column of the first fault. */
	static String clean(String input) {
		String text = input == null ? "" : input.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("article.bodyRequired");
		}
		if (text.length() > MAX_CHARS) {
			throw new InvalidInputException("article.bodyTooLong", MAX_CHARS);
		}
		if (text.indexOf('<') < 0) {
			return paragraphs(text);
		}
		Parser parser = Parser.htmlParser().setTrackErrors(1);
		List<Node> nodes = parser.parseFragmentInput(text, new Element("body"), "");
		if (!parser.getErrors().isEmpty()) {
			ParseError error = parser.getErrors().get(0);
			String[] cursor = error.getCursorPos().split(":");
			throw new InvalidInputException("article.badHtml", cursor[0], cursor.length > 1 ? cursor[1] : "1");
		}
		StringBuilder html = new StringBuilder();
		nodes.forEach(node -> html.append(node.outerHtml()));
		Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
		Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html.toString(), BASE, ALLOWED, compact));
		clean.outputSettings(compact);
		clean.select("a:not([href])").unwrap(); // a link whose address was removed keeps its words only
		return clean.body().html();
	}

	/** The words of some article HTML, for searching and for summaries. */
	static String text(String html) {
		return Jsoup.parseBodyFragment(html).text();
	}

	private static String paragraphs(String text) {
		Document document = Document.createShell("");
		document.outputSettings().prettyPrint(false);
		for (String paragraph : BLANK_LINE.split(text)) {
			Element p = document.body().appendElement("p");
			String[] lines = paragraph.strip().split("\\R");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					p.appendElement("br");
				}
				p.appendText(lines[i].strip());
			}
		}
		return document.body().html();
	}
}
