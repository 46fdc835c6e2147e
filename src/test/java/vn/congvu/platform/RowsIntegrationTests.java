package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;

/** Rows become records by column name, with the conversions the pages rely on, on the real database. */
class RowsIntegrationTests extends IntegrationTestSupport {

	@Autowired JdbcClient jdbc;

	enum Level { GOOD, EXCELLENT }

	record Line(long staffId, String fullName, Level level, BigDecimal totalPoints, @Nullable LocalDate endedOn,
			OffsetDateTime at, boolean leader, String[] reasons, @Nullable String notSelected) {
	}

	@Test
	void columnsMeetComponentsByNameWhateverTheirOrder() {
		List<Line> lines = jdbc.sql("""
				select true as leader, timestamptz '2026-01-02 03:04:05+07' as at, 'EXCELLENT' as level,
				       x.n as staff_id, 'Nguyễn Thị Hà ' || x.n as full_name, 92.50 + x.n as total_points,
				       case when x.n = 2 then date '2026-03-31' end as ended_on,
				       array['ok.grade|GOOD', 'no.pendingCase'] as reasons
				from generate_series(1, 3) as x (n) order by x.n""").query(Rows.as(Line.class)).list();
		assertThat(lines).hasSize(3);
		Line second = lines.get(1);
		assertThat(second.staffId()).isEqualTo(2);
		assertThat(second.fullName()).isEqualTo("Nguyễn Thị Hà 2");
		assertThat(second.level()).isEqualTo(Level.EXCELLENT);
		assertThat(second.totalPoints()).isEqualByComparingTo("94.50");
		assertThat(second.endedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(second.at().toInstant()).isEqualTo(OffsetDateTime.parse("2026-01-02T03:04:05+07:00").toInstant());
		assertThat(second.leader()).isTrue();
		assertThat(second.reasons()).containsExactly("ok.grade|GOOD", "no.pendingCase");
		assertThat(second.notSelected()).as("a component without a column").isNull();
		assertThat(lines.get(0).endedOn()).isNull();
	}
}
