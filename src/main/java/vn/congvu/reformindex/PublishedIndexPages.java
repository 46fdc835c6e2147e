package vn.congvu.reformindex;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.platform.PublicPages;
import vn.congvu.shared.VietnameseDates;

/** The published PAR Index results, for the sitemap: each publication's page, dated by its publication. */
@Component
class PublishedIndexPages implements PublicPages {

	private final IndexPublications publications;

	PublishedIndexPages(IndexPublications publications) {
		this.publications = publications;
	}

	@Override
	public List<Entry> publicPages() {
		return publications.publications().stream()
			.map(p -> new Entry("/public/reform-index/" + p.id(),
					p.publishedAt().atZoneSameInstant(VietnameseDates.VIETNAM).toLocalDate()))
			.toList();
	}
}
