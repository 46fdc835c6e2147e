package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.congvu.platform.Role;

/**
 * On a phone, one form per module is sent with three mistakes the server finds (the browser's own checks are switched
 * off with {@code novalidate}, as a script or an old browser would send it). The page comes back with every typed
 * value, a message just above each wrong field, and a summary listing the three.
 */
class RefusedFormsBrowserTests extends BrowserTestSupport {

	@Test
	void aTaskWithThreeMistakesComesBackAsTyped() {
		long hanoi = scopeUnits.byCode("01", LocalDate.of(2025, 7, 1)).id();
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, hanoi));
		page.navigate(baseUrl() + "/evaluation/tasks");
		page.locator("#assign-form").evaluate("form => form.noValidate = true");
		page.locator("#task-unit").selectOption(String.valueOf(hanoi));
		page.locator("#task-title").fill("Rà soát hồ sơ một cửa quý IV");
		page.locator("#task-product").fill(""); // mistake 1: no expected product
		page.locator("#task-owner").fill("KHONG-CO-AI"); // mistake 2: nobody has this code
		page.locator("#task-coworkers").fill("");
		page.locator("#task-steps").fill("Bước 1: lập danh sách\nBước 2: đối chiếu");
		page.locator("#task-origin").selectOption("CONFERENCE");
		page.locator("#task-ref").fill("Kết luận giao ban số 12");
		page.locator("#task-due").fill("31/02/2027"); // mistake 3: no such day
		page.locator("#assign-form button[type=submit]").click();

		assertThat(page.locator("#task-error li")).hasCount(3);
		assertThat(page.locator("#task-unit")).hasValue(String.valueOf(hanoi));
		assertThat(page.locator("#task-title")).hasValue("Rà soát hồ sơ một cửa quý IV");
		assertThat(page.locator("#task-owner")).hasValue("KHONG-CO-AI");
		assertThat(page.locator("#task-steps")).hasValue("Bước 1: lập danh sách\nBước 2: đối chiếu");
		assertThat(page.locator("#task-origin")).hasValue("CONFERENCE");
		assertThat(page.locator("#task-ref")).hasValue("Kết luận giao ban số 12");
		assertThat(page.locator("#task-due")).hasValue("31/02/2027");
		assertThat(page.locator("#problem-expectedProduct")).isVisible();
		assertThat(page.locator("#problem-ownerCode")).containsText("KHONG-CO-AI");
		assertThat(page.locator("#problem-dueOn")).containsText("31/02/2027");
		assertThat(page.locator("#task-due")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#task-due")).hasAttribute("aria-describedby", "task-due-hint problem-dueOn");
		assertThat(page.locator("#task-title")).not().hasAttribute("aria-invalid", "true");
	}

	@Test
	void anAccountWithThreeMistakesComesBackAsTyped() {
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.ADMINISTRATOR, null));
		page.navigate(baseUrl() + "/admin/accounts");
		page.locator("#account-form").evaluate("form => form.noValidate = true");
		page.locator("#acc-username").fill("Tên Sai"); // mistake 1: capitals, a space, a diacritic
		page.locator("#acc-name").fill("Nguyễn Thị Hoa");
		page.locator("#acc-role").selectOption("UNIT_HEAD");
		page.locator("#acc-scope").selectOption(""); // mistake 2: a unit head needs a unit
		page.locator("#acc-staff").fill(""); // mistake 3: and the staff record of the person
		page.locator("#account-form button[type=submit]").click();

		assertThat(page.locator("#account-error li")).hasCount(3);
		assertThat(page.locator("#acc-username")).hasValue("Tên Sai");
		assertThat(page.locator("#acc-name")).hasValue("Nguyễn Thị Hoa");
		assertThat(page.locator("#acc-role")).hasValue("UNIT_HEAD");
		for (String field : new String[] { "username", "scopeUnitId", "staffCode" }) {
			assertThat(page.locator("#problem-" + field)).isVisible();
		}
		assertThat(page.locator("#acc-username")).hasAttribute("aria-describedby", "acc-username-hint problem-username");
		assertThat(page.locator("#acc-name")).not().hasAttribute("aria-invalid", "true");
	}

	@Test
	void anInitiativeWithThreeMistakesComesBackAsTyped() {
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/emulation/initiatives");
		page.locator("details:has(#initiative-form) > summary").click();
		page.locator("#initiative-form").evaluate("form => form.noValidate = true");
		page.locator("#i-staff").fill("KHONG-CO-AI"); // mistake 1: nobody has this code
		page.locator("#i-title").fill("Số hóa sổ tiếp nhận hồ sơ");
		page.locator("#i-scope").selectOption("PROVINCE");
		page.locator("#i-on").fill("01/01/2099"); // mistake 2: recognised in the future
		page.locator("#i-by").fill(""); // mistake 3: by nobody
		page.locator("#i-ref").fill("15/QĐ-HĐSK");
		page.locator("#initiative-form button[type=submit]").click();

		assertThat(page.locator("#initiative-error li")).hasCount(3);
		assertThat(page.locator("#i-staff")).hasValue("KHONG-CO-AI");
		assertThat(page.locator("#i-title")).hasValue("Số hóa sổ tiếp nhận hồ sơ");
		assertThat(page.locator("#i-scope")).hasValue("PROVINCE");
		assertThat(page.locator("#i-on")).hasValue("01/01/2099");
		assertThat(page.locator("#i-ref")).hasValue("15/QĐ-HĐSK");
		for (String field : new String[] { "staffCode", "recognizedOn", "recognizedBy" }) {
			assertThat(page.locator("#problem-" + field)).isVisible();
		}
		page.locator("#initiative-error a[href='#problem-recognizedBy']").click();
		assertThat(page.locator("#i-by")).isFocused();
	}

	@Test
	void aViolationWithThreeMistakesComesBackAsTyped() {
		long cuaNam = scopeUnits.byCode("00082", LocalDate.of(2025, 7, 1)).id();
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/conduct/violations");
		page.locator("#record-form").evaluate("form => form.noValidate = true");
		page.locator("#r-unit").selectOption(String.valueOf(cuaNam));
		page.locator("#r-staff").fill("KHONG-CO-AI"); // mistake 1: nobody in the ward has this code
		page.locator("#r-severity").selectOption("SERIOUS");
		page.locator("#r-description").fill(""); // mistake 2: nothing said of what happened
		page.locator("#r-date").fill("01/01/2099"); // mistake 3: a day to come
		page.locator("#record-form button[type=submit]").click();

		assertThat(page.locator("#violation-error li")).hasCount(3);
		assertThat(page.locator("#r-unit")).hasValue(String.valueOf(cuaNam));
		assertThat(page.locator("#r-staff")).hasValue("KHONG-CO-AI");
		assertThat(page.locator("#r-severity")).hasValue("SERIOUS");
		assertThat(page.locator("#r-date")).hasValue("01/01/2099");
		for (String field : new String[] { "staffCode", "description", "occurredOn" }) {
			assertThat(page.locator("#problem-" + field)).isVisible();
		}
	}

	@Test
	void aNewPersonWithThreeMistakesComesBackAsTyped() {
		long cuaNam = scopeUnits.byCode("00082", LocalDate.of(2025, 7, 1)).id();
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/staff/new");
		page.locator("#person-form").evaluate("form => form.noValidate = true");
		page.locator("#p-code").fill(""); // mistake 1: no staff code
		page.locator("#p-name").fill("Lò Thị Xuân");
		page.locator("#p-category").selectOption("CIVIL_SERVANT");
		page.locator("#p-gender").selectOption("FEMALE");
		page.locator("#p-birth").fill("32/13/1990"); // mistake 2: no such day
		page.locator("#p-email").fill("xuan@cuanam.gov.vn");
		page.locator("#p-unit").selectOption(String.valueOf(cuaNam));
		page.locator("#p-position").fill(""); // mistake 3: no position
		page.locator("#person-form button[type=submit]").click();

		assertThat(page.locator("#person-error li")).hasCount(3);
		assertThat(page.locator("#p-name")).hasValue("Lò Thị Xuân");
		assertThat(page.locator("#p-category")).hasValue("CIVIL_SERVANT");
		assertThat(page.locator("#p-gender")).hasValue("FEMALE");
		assertThat(page.locator("#p-birth")).hasValue("32/13/1990");
		assertThat(page.locator("#p-email")).hasValue("xuan@cuanam.gov.vn");
		assertThat(page.locator("#p-unit")).hasValue(String.valueOf(cuaNam));
		for (String field : new String[] { "staffCode", "birthDate", "position" }) {
			assertThat(page.locator("#problem-" + field)).isVisible();
		}
	}

	@Test
	void aUnitWithThreeMistakesComesBackAsTyped() {
		long cuaNam = scopeUnits.byCode("00082", LocalDate.of(2025, 7, 1)).id();
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.ADMINISTRATOR, null));
		page.navigate(baseUrl() + "/units/new");
		page.locator("#unit-form").evaluate("form => form.noValidate = true");
		page.locator("#u-parent").selectOption(String.valueOf(cuaNam));
		page.locator("#u-code").fill(""); // mistake 1: no code
		page.locator("#u-name").fill("Tổ dân phố số 9");
		page.locator("#u-type").selectOption(""); // mistake 2: no type
		page.locator("#u-from").fill("mùng một tết"); // mistake 3: not a day
		page.locator("#unit-form button[type=submit]").click();

		assertThat(page.locator("#unit-error li")).hasCount(3);
		assertThat(page.locator("#u-parent")).hasValue(String.valueOf(cuaNam));
		assertThat(page.locator("#u-name")).hasValue("Tổ dân phố số 9");
		assertThat(page.locator("#u-from")).hasValue("mùng một tết");
		for (String field : new String[] { "code", "type", "validFrom" }) {
			assertThat(page.locator("#problem-" + field)).isVisible();
		}
	}

	@Test
	void aPollWithThreeMistakesComesBackAsTyped() {
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/portal/polls");
		page.locator("#poll-form").evaluate("form => form.noValidate = true");
		page.locator("#p-question").fill(""); // mistake 1: no question
		page.locator("#p-options").fill("Chỉ một lựa chọn"); // mistake 2: one option
		page.locator("#p-opens").fill("01/12/2026");
		page.locator("#p-closes").fill("30/02/2027"); // mistake 3: no such day
		page.locator("#p-integrity").selectOption("SIGNED_IN");
		page.locator("#p-results").selectOption("AFTER_CLOSE");
		page.locator("#poll-form button[type=submit]").click();

		assertThat(page.locator("#poll-error li")).hasCount(3);
		assertThat(page.locator("#p-options")).hasValue("Chỉ một lựa chọn");
		assertThat(page.locator("#p-opens")).hasValue("01/12/2026");
		assertThat(page.locator("#p-closes")).hasValue("30/02/2027");
		assertThat(page.locator("#p-integrity")).hasValue("SIGNED_IN");
		assertThat(page.locator("#p-results")).hasValue("AFTER_CLOSE");
		for (String field : new String[] { "question", "options", "closesOn" }) {
			assertThat(page.locator("#problem-" + field)).isVisible();
		}
	}

	@Test
	void aUnitContactWithThreeMistakesComesBackAsTyped() {
		long cuaNam = scopeUnits.byCode("00082", LocalDate.of(2025, 7, 1)).id();
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/feedback/contacts/" + cuaNam);
		page.locator("#contact-form").evaluate("form => form.noValidate = true");
		page.locator("#c-hotline").fill("gọi tổ trưởng"); // mistake 1: not a telephone number
		page.locator("#c-email").fill("khong-phai-thu"); // mistake 2: not an address
		page.locator("#c-schedule").fill(""); // mistake 3: no reception hours
		page.locator("#contact-form button[type=submit]").click();

		assertThat(page.locator("#contact-error li")).hasCount(3);
		assertThat(page.locator("#c-hotline")).hasValue("gọi tổ trưởng");
		assertThat(page.locator("#c-email")).hasValue("khong-phai-thu");
		for (String field : new String[] { "hotline", "email", "receptionSchedule" }) {
			assertThat(page.locator("#problem-" + field)).isVisible();
		}
	}

	@Test
	void aMethodologyWithThreeMistakesComesBackAsTyped() {
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/reform-index");
		page.locator("#methodology-form").evaluate("form => form.noValidate = true");
		page.locator("#m-year").fill("1999"); // mistake 1: before the index existed
		page.locator("#m-type-WARD").uncheck(); // communes and special zones ranked together
		page.locator("#m-type-COMMUNE").check();
		page.locator("#m-type-SPECIAL_ZONE").check();
		page.locator("#m-name").fill("Chỉ số CCHC cấp xã (bản nháp)");
		page.locator("#m-basis").fill(""); // mistake 2: no legal basis
		page.locator("#m-survey").fill("ba mươi"); // mistake 3: not a number
		page.locator("#m-caveat").fill("Số liệu điều tra xã hội học do Sở cung cấp.");
		page.locator("#methodology-form button[type=submit]").click();

		assertThat(page.locator("#methodology-error li")).hasCount(3);
		assertThat(page.locator("#m-year")).hasValue("1999");
		assertThat(page.locator("#m-type-WARD")).not().isChecked();
		assertThat(page.locator("#m-type-COMMUNE")).isChecked();
		assertThat(page.locator("#m-type-SPECIAL_ZONE")).isChecked();
		assertThat(page.locator("#m-name")).hasValue("Chỉ số CCHC cấp xã (bản nháp)");
		assertThat(page.locator("#m-survey")).hasValue("ba mươi");
		assertThat(page.locator("#m-caveat")).hasValue("Số liệu điều tra xã hội học do Sở cung cấp.");
		for (String field : new String[] { "year", "legalBasis", "surveyPoints" }) {
			assertThat(page.locator("#problem-" + field)).isVisible();
		}
	}
}
