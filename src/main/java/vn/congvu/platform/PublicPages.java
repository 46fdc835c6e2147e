package vn.congvu.platform;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Trang công khai: a module's public pages that search engines should know, gathered into the sitemap. Each module
 * that publishes pages of its own (the PAR Index publications, the polls) lists them through a bean of this type,
 * so the portal's sitemap names them without reading another module's data.
 */
public interface PublicPages {

	/** The pages, each by its path (e.g. {@code /public/reform-index/3}) and the day it last changed, if known. */
	List<Entry> publicPages();

	/** A public page: its path and the day it last changed ({@code null} when unknown). */
	record Entry(String path, @Nullable LocalDate lastModified) {
	}
}
