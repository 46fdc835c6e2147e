package vn.congvu.reformindex;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.reporting.EarlierDocuments;
import vn.congvu.shared.VietnameseDates;

/** PAR publications signed before the register of outgoing documents: recognised by the SHA-256 stored with them. */
@Component
class EarlierPublications implements EarlierDocuments {

	private final JdbcClient jdbc;

	EarlierPublications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> describe(String sha256) {
		return jdbc.sql("select year, published_at from reformindex.publication where pdf_sha256 = :s")
			.param("s", sha256)
			.query((rs, n) -> "Kết quả chỉ số cải cách hành chính năm " + rs.getInt("year") + ", công bố ngày "
					+ VietnameseDates.formatDay(rs.getObject("published_at", OffsetDateTime.class)))
			.optional();
	}
}
