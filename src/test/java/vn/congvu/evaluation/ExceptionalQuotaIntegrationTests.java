package vn.congvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.shared.InvalidInputException;

/**
 * Decree 335/2025 lets a collective with outstanding achievements exceed the 20% cap; a province sets how far when it
 * adds its rule set. Each test adds a rule set far in the future and is rolled back.
 */
@Transactional
class ExceptionalQuotaIntegrationTests extends IntegrationTestSupport {

	@Autowired EvaluationRules rules;

	private EvaluationRules.NewRuleSet rules(String code, String exceptional) {
		return new EvaluationRules.NewRuleSet(code, "Bộ quy định của tỉnh (thử)", "Quyết định của UBND tỉnh (thử)",
				LocalDate.of(2099, 1, 1), LocalDate.of(2099, 1, 1), null, BigDecimal.valueOf(30), BigDecimal.valueOf(70),
				BigDecimal.ZERO, BigDecimal.valueOf(90), BigDecimal.valueOf(70), BigDecimal.valueOf(50), "GOOD",
				BigDecimal.valueOf(20), exceptional == null ? null : new BigDecimal(exceptional), 1, null);
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}, outstanding collective of 12 rated, 10 good → cap {2}")
	@org.junit.jupiter.params.provider.CsvSource({
			"2019-06-01, HN-3814-2018, 4", // 40% of the 12 rated (3814-QĐ/TU)
			"2026-06-01, ND335-2025,   2", // no higher figure found: 20% of the 10 rated good
	})
	void theCapForAnOutstandingCollectiveIsTheRuleSetOfItsDay(LocalDate day, String code, int cap) {
		EvaluationRuleSet inForce = rules.inForce(day);
		assertThat(inForce.code()).isEqualTo(code);
		assertThat(Quota.of(inForce, true, 12, 10, 3).cap()).isEqualTo(cap);
	}

	@Test
	void theDecreeInForceSaysTheAverageOfPeriodsAndLeavesTheExceptionToTheProvince() {
		EvaluationRuleSet decree = rules.inForce(LocalDate.of(2026, 6, 1));
		assertThat(decree.code()).isEqualTo("ND335-2025");
		assertThat(decree.quotaPercentExceptional()).isNull();
		assertThat(decree.unconfirmed()).contains("vượt tỷ lệ 20%").doesNotContain("cách đọc của hệ thống");
		assertThat(Quota.of(decree, true, 12, 10, 3).cap()).as("no higher cap set: 20% of 10 good").isEqualTo(2);
	}

	@Test
	void aProvinceSetsTheCapForOutstandingCollectives() {
		rules.add(vn.congvu.platform.Viewer.system(), rules("TINH-2099", "30"));
		EvaluationRuleSet province = rules.inForce(LocalDate.of(2099, 6, 1));
		assertThat(province.quotaPercentExceptional()).isEqualByComparingTo("30");
		assertThat(Quota.of(province, false, 12, 10, 3).cap()).isEqualTo(2);
		assertThat(Quota.of(province, true, 12, 10, 3).cap()).as("30% of 10 good").isEqualTo(3);
	}

	@Test
	void aCapForOutstandingCollectivesBelowTheUsualOneIsRefused() {
		assertThatThrownBy(() -> rules.add(vn.congvu.platform.Viewer.system(), rules("TINH-2099", "15")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("evaluation.rules.invalidExceptionalQuota");
	}
}
