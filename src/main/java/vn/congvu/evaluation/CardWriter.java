package vn.congvu.evaluation;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a period's new scorecards as they are drafted. Drafts go by {@code COPY} into two temporary tables of the
 * close's transaction (a batch at a time, no statement per row, no foreign-key check yet), then three set-based
 * statements move them into the scorecards, their suggested stage and their sources, where every constraint applies.
 * Memory stays one batch whatever the number of people; each card's id comes from the scorecards' own sequence as
 * its row is copied.
 */
final class CardWriter {

	static final int BATCH = 5_000;

	private final JdbcClient jdbc;
	private final CopyManager copy;
	private final StringBuilder cards = new StringBuilder();
	private final StringBuilder sources = new StringBuilder();
	private int pending;
	private int written;

	/** Prepares the temporary tables on the connection of the current transaction (dropped when it ends). */
	CardWriter(JdbcClient jdbc, Connection transactional) throws SQLException {
		this.jdbc = jdbc;
		this.copy = transactional.unwrap(PGConnection.class).getCopyAPI();
		try (Statement sql = transactional.createStatement()) {
			// a caller's transaction may close several months (the demo does): each close starts from empty tables
			sql.execute("drop table if exists closing_card, closing_source");
			sql.execute("""
					create temporary table closing_card (
					    card_id bigint not null default nextval('evaluation.scorecard_id_seq'), staff_id bigint not null,
					    unit_id bigint not null, category text not null, leader boolean not null, supervisor bigint,
					    general numeric not null, results numeric not null, bonus numeric not null, total numeric not null,
					    grade text not null, disciplined boolean not null) on commit drop""");
			sql.execute("""
					create temporary table closing_source (staff_id bigint not null, part text not null,
					    source text not null, label text not null, points numeric not null) on commit drop""");
		}
	}

	/** Adds a draft; every {@link #BATCH} drafts are copied to the server. */
	void add(CardDrafts.CardDraft d) {
		row(cards, d.staffId(), d.unitId(), d.category(), d.leader(), d.supervisor(), d.general(), d.results(),
				d.bonus(), d.total(), d.grade().name(), d.disciplined());
		for (String[] source : d.inputs()) {
			row(sources, d.staffId(), source[0], source[1], source[2], new BigDecimal(source[3]));
		}
		if (++pending == BATCH) {
			flush();
		}
	}

	/** How many drafts have been added so far. */
	int added() {
		return written + pending;
	}

	/** Copies what is left, then writes the scorecards, stages and sources; returns how many scorecards. */
	int finish(YearMonth month, long ruleSetId, OffsetDateTime now) {
		flush();
		jdbc.sql("""
				insert into evaluation.scorecard (id, staff_id, month, unit_id, rule_set_id, staff_category, leader,
				    supervisor_staff_id, status, general_points, results_points, bonus_points, total, grade, disciplined,
				    created_at)
				select card_id, staff_id, :month, unit_id, :rules, category, leader, supervisor, 'DRAFT', general, results,
				       bonus, total, grade, disciplined, :now
				from closing_card order by card_id""")
			.param("month", month.atDay(1)).param("rules", ruleSetId).param("now", now).update();
		jdbc.sql("""
				insert into evaluation.scorecard_stage (scorecard_id, stage, general_points, results_points, bonus_points,
				    actor, at)
				select card_id, 'SUGGESTED', general, results, bonus, 'Hệ thống', :now from closing_card order by card_id""")
			.param("now", now).update();
		jdbc.sql("""
				insert into evaluation.scorecard_input (scorecard_id, part, source, label, points)
				select c.card_id, s.part, s.source, s.label, s.points
				from closing_source s join closing_card c on c.staff_id = s.staff_id order by c.card_id""").update();
		return written;
	}

	private void flush() {
		if (pending == 0) {
			return;
		}
		try {
			copy.copyIn("copy closing_card (staff_id, unit_id, category, leader, supervisor, general, results, bonus, "
					+ "total, grade, disciplined) from stdin", new StringReader(cards.toString()));
			copy.copyIn("copy closing_source (staff_id, part, source, label, points) from stdin",
					new StringReader(sources.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not copy the drafted scorecards: " + ex.getMessage(), ex);
		}
		written += pending;
		pending = 0;
		cards.setLength(0);
		sources.setLength(0);
	}

	/** One line of PostgreSQL's text format: tab-separated, {@code \N} for null, backslash escapes. */
	private static void row(StringBuilder out, @Nullable Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				out.append("\\N");
				continue;
			}
			String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
			for (int c = 0; c < text.length(); c++) {
				char ch = text.charAt(c);
				switch (ch) {
					case '\\' -> out.append("\\\\");
					case '\t' -> out.append("\\t");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					default -> out.append(ch);
				}
			}
		}
		out.append('\n');
	}
}
