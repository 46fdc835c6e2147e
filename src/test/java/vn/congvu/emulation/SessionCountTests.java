package vn.congvu.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a proposal's counts may be shown, and how many members a quorum needs. */
class SessionCountTests {

	@ParameterizedTest(name = "{0} for, {1} against, {2} recused of {3} members: shown {4}")
	@CsvSource({
			"3, 0, 0, 5, true", // three voters: no single vote can be told
			"2, 1, 0, 5, true",
			"2, 0, 0, 5, false", // two of five voted: the count would tell both votes
			"1, 0, 0, 5, false",
			"0, 1, 0, 4, false",
			"1, 1, 1, 3, true", // every member took part: the whole council's count
			"2, 0, 1, 3, true",
			"1, 0, 2, 3, true",
			"2, 0, 1, 4, false", // quorum met with a recusal, but two voters and one absent
			"0, 0, 0, 3, false" })
	void aCountIsPublishedWithThreeVotersOrEveryMember(int approvals, int rejections, int recusals, int members,
			boolean shown) {
		assertThat(SessionCount.published(approvals, rejections, recusals, members)).isEqualTo(shown);
	}

	@ParameterizedTest(name = "{0}% of {1} members: {2}, two thirds counted as two thirds")
	@CsvSource({ "66.67, 3, 2", "66.67, 4, 3", "66.67, 5, 4", "66.67, 6, 4", "66.67, 9, 6", "66.67, 7, 5", "50, 4, 2", "50, 5, 3",
			"100, 7, 7", "90, 10, 9" })
	void aQuorumIsItsShareOfAllMembersRoundedUp(String percent, int members, int needed) {
		assertThat(SessionCount.quorum(new BigDecimal(percent), members)).isEqualTo(needed);
	}
}
