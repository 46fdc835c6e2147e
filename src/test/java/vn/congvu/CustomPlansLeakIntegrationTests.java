package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.conduct.violations.ViolationFilter;
import vn.congvu.conduct.violations.ViolationStatistics;
import vn.congvu.feedback.SatisfactionQueries;
import vn.congvu.platform.Role;

/**
 * The reads planned for their own dates and filters leave the transaction as they found it: a custom-plan setting
 * left on made every later foreign-key check of the monthly close plan afresh (four times slower).
 */
class CustomPlansLeakIntegrationTests extends IntegrationTestSupport {

	@Autowired
	SatisfactionQueries satisfaction;

	@Autowired
	ViolationStatistics violations;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSatisfactionAndViolationReadsPutThePlanSettingBack() {
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		LocalDate today = LocalDate.now(clock);
		String[] seen = transaction.execute(status -> {
			String before = setting();
			satisfaction.byOfficerWithEnoughRatings(viewer(), today.minusMonths(3), today);
			String afterSatisfaction = setting();
			violations.summary(viewer(), new ViolationFilter(today.minusYears(1), today, null, null, null, null));
			return new String[] { before, afterSatisfaction, setting() };
		});
		assertThat(seen).containsExactly("auto", "auto", "auto");
		signOut();
	}

	private String setting() {
		return jdbc.sql("select current_setting('plan_cache_mode')").query(String.class).single();
	}
}
