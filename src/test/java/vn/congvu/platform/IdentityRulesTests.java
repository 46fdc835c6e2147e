package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.congvu.shared.InvalidInputException;

/** The rules about who is who: chosen passwords, where a replayed form goes back to, the public address. */
class IdentityRulesTests {

	@ParameterizedTest(name = "[{0}] for {1} → {2}")
	@CsvSource(delimiter = ';', value = {
			"aaaaaaaaaa;             noivu;    account.password.weak",
			"1234567890;             noivu;    account.password.weak",
			"abcdefghijk;            noivu;    account.password.weak",
			"qwertyuiop;             noivu;    account.password.weak",
			"password123;            noivu;    account.password.weak",
			"noivu12345;             noivu;    account.password.weak",
			"tranthilan1990;         tran.thi.lan; account.password.weak",
			"short;                  noivu;    account.password.tooShort",
			"Ngựa-vằn ăn 7 cây mía;  noivu;    ok",
			"k7Qm-zt4X-pw9R;         noivu;    ok",
			"phố cổ mưa phùn tháng giêng; noivu; ok" })
	void aChosenPasswordMustBeHardToGuess(String password, String username, String expected) {
		if (expected.equals("ok")) {
			PasswordStrength.require(password, username, "Trần Thị Lan");
		}
		else {
			assertThatThrownBy(() -> PasswordStrength.require(password, username, "Trần Thị Lan"))
				.isInstanceOf(InvalidInputException.class)
				.extracting(ex -> ((InvalidInputException) ex).messageKey()).isEqualTo(expected);
		}
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', value = {
			"http://localhost:8080/staff?page=2;                   /staff?page=2",
			"http://localhost:8080/evaluation/tasks;               /evaluation/tasks",
			"http://localhost.attacker.invalid:8080/staff;         /",
			"http://localhost:8081/staff;                          /",
			"https://localhost:8080/staff;                         /",
			"http://attacker.invalid/http://localhost:8080/;       /",
			"http://localhost:8080//attacker.invalid/x;            /",
			"javascript:alert(1);                                  /",
			"'not a uri ^';                                        /" })
	void aReplayedFormGoesBackOnlyToAPageOfTheSameOrigin(String referer, String expected) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/staff");
		request.setScheme("http");
		request.setServerName("localhost");
		request.setServerPort(8080);
		assertThat(OnceOnlyForms.sameOrigin(request, referer)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', nullValues = "null", value = {
			"https://congvu.hanoi.gov.vn/;  https://congvu.hanoi.gov.vn/public/news/5",
			"https://congvu.hanoi.gov.vn;   https://congvu.hanoi.gov.vn/public/news/5",
			"'';                            http://localhost:8090/public/news/5",
			"null;                          http://localhost:8090/public/news/5" })
	void everyAbsoluteLinkStartsAtTheConfiguredAddress(String configured, String expected) {
		PublicAddress address = new PublicAddress(configured, 8090);
		assertThat(address.url("/public/news/5")).isEqualTo(expected);
		assertThat(address.isOwn(expected)).isTrue();
		assertThat(address.isOwn("http://attacker.invalid/public/news/5")).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "ftp://congvu.vn", "congvu.vn", "https://congvu.vn/?a=1",
			"https://user@congvu.vn" })
	void aPublicAddressThatIsNoWebAddressStopsTheStart(String configured) {
		assertThatThrownBy(() -> PublicAddress.parse(configured, 8080)).isInstanceOf(IllegalStateException.class);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', value = { "08001; true", "08006; true", "57P01; true", "57P03; true",
			"23505; false", "42P01; false", "40001; false" })
	void databaseStatesThatMeanTryAgainLater(String state, boolean unavailable) {
		assertThat(DatabaseTrouble.isUnavailable(new java.sql.SQLException("x", state))).isEqualTo(unavailable);
		// as it arrives when the rollback on a dead connection fails after the statement did
		assertThat(DatabaseTrouble.isUnavailable(new org.springframework.transaction.TransactionSystemException(
				"Could not roll back JDBC transaction", new java.sql.SQLException("Connection is closed", state))))
			.isEqualTo(unavailable);
	}
}
