package vn.congvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;

/**
 * A province that evaluates by quarter (Decree 335/2025 allows it) adds a quarterly rule set: the close then makes one
 * scorecard a person for the whole quarter, from the quarter's tasks and inputs, kept under its first month, with
 * deadlines in the month after it. Rolled back: the rule set never outlives the test.
 */
@Transactional
class QuarterlyPeriodsIntegrationTests extends IntegrationTestSupport {

	@Autowired EvaluationRules rules;
	@Autowired MonthlyClose close;
	@Autowired ScorecardQueries queries;
	@Autowired JdbcClient jdbc;

	@Test
	void aQuarterlyRuleSetClosesTheWholeQuarterIntoOneScorecardAPerson() {
		YearMonth now = YearMonth.now(clock);
		EvaluationPeriod thisQuarter = EvaluationPeriod.containing(now, 3);
		EvaluationPeriod lastQuarter = EvaluationPeriod.containing(thisQuarter.first().minusMonths(1), 3);
		rules.add(Viewer.system(), new EvaluationRules.NewRuleSet("TINH-QUY", "Đánh giá theo quý của tỉnh (thử)",
				"Quyết định của UBND tỉnh (thử)", lastQuarter.firstDay(), lastQuarter.firstDay(), null,
				BigDecimal.valueOf(30), BigDecimal.valueOf(70), BigDecimal.ZERO, BigDecimal.valueOf(90),
				BigDecimal.valueOf(70), BigDecimal.valueOf(50), "GOOD", BigDecimal.valueOf(20), null, 3, null));
		long unit = jdbc.sql("""
				select u.id from orgunit.published_unit u
				where u.valid_to is null
				  and (select count(*) from staff.published_assignment a where a.unit_id = u.id and a.valid_to is null) >= 3
				  and not exists (select 1 from evaluation.scorecard c join orgunit.published_unit w on w.id = c.unit_id
				                  where w.path like u.path || '%' and c.month between :from and :to)
				order by u.level desc, u.code limit 1""").param("from", lastQuarter.firstDay())
			.param("to", lastQuarter.lastDay()).query(Long.class).single();

		int created = close.close(Viewer.system(), unit, lastQuarter.last(), null);
		assertThat(created).isGreaterThanOrEqualTo(3);
		List<LocalDate> months = jdbc.sql("select distinct month from evaluation.scorecard where unit_id = :u and current")
			.param("u", unit).query(LocalDate.class).list();
		assertThat(months).as("one card a person for the quarter, kept under its first month")
			.containsExactly(lastQuarter.firstDay());
		assertThat(close.close(Viewer.system(), unit, lastQuarter.first().plusMonths(1), null))
			.as("any month of the quarter closes the same quarter: nobody is added again").isZero();

		Viewer officer = scoped(unit);
		List<ScorecardView.Card> cards = queries.ofUnit(officer, unit, lastQuarter.last());
		assertThat(cards).as("the quarter's cards from any of its months").hasSize(created);
		assertThat(queries.periodLabel(cards.getFirst()))
			.isEqualTo("Q" + lastQuarter.quarter() + "/" + lastQuarter.first().getYear());
		assertThat(queries.find(officer, cards.getFirst().id()).period()).isEqualTo(lastQuarter);
		ScorecardView.Deadlines deadlines = queries.deadlines(cards.getFirst());
		assertThat(YearMonth.from(deadlines.self())).as("due in the month after the quarter")
			.isEqualTo(lastQuarter.next());

		if (thisQuarter.first().isBefore(now)) { // an ended month of a quarter still running
			assertThatThrownBy(() -> close.close(Viewer.system(), unit, thisQuarter.first(), null))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("scorecard.quarterNotEnded");
		}
	}
}
