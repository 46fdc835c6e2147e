package vn.congvu.conduct.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitManagement;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.NotPermittedException;

/**
 * Codes of conduct set up in the app, on real PostgreSQL: articles are added until the code is given to a unit; a new
 * version starts with the old articles and ends the old version; which articles inspections check can change. The
 * codes here apply to the public, so the staff codes other tests choose from stay as the demo made them.
 */
class CodeEditingIntegrationTests extends IntegrationTestSupport {

	private static final Viewer ADMIN = new Viewer("test-admin", "Test", Role.ADMINISTRATOR, null, "/", null, false);

	@Autowired CodeEditing editing;
	@Autowired CodesOfConduct codes;
	@Autowired OrgUnitManagement units;

	@Test
	void aCodeIsWrittenGivenAndReplacedByANewVersion() {
		LocalDate today = LocalDate.now(clock);
		long ward = units.create(ADMIN, new NewOrgUnit("CE-1", "Phường Thử Quy Tắc", OrgUnitType.WARD, null, today.minusYears(1)));
		long first = editing.create(ADMIN, new CodeEditing.NewCode("CE-QT-1", "Quy tắc nơi công cộng thử", "1/QĐ-UBND",
				today.minusDays(40), "PUBLIC", today.minusDays(30), null));
		assertThatThrownBy(() -> editing.give(ADMIN, first, ward, today)).hasMessage("codes.noArticles");
		editing.addArticle(ADMIN, first, new CodeOfConductView.Article("Chương I", 1, "Phạm vi", "Áp dụng ở nơi công cộng.").general());
		editing.addArticle(ADMIN, first, new CodeOfConductView.Article("Chương II", 2, "Giữ vệ sinh", "Không xả rác."));
		assertThatThrownBy(() -> editing.addArticle(ADMIN, first, new CodeOfConductView.Article("Chương II", 2, "Trùng",
				"Trùng số."))).hasMessage("codes.articleNumberTaken");
		editing.give(ADMIN, first, ward, today);
		assertThat(editing.assignments(first)).extracting(CodeEditing.Assignment::unitName)
			.containsExactly("Phường Thử Quy Tắc");
		assertThatThrownBy(() -> editing.addArticle(ADMIN, first, new CodeOfConductView.Article("Chương II", 3,
				"Thêm", "Thêm điều."))).hasMessage("codes.alreadyGiven");

		editing.setChecked(ADMIN, first, 1, true);
		assertThat(codes.find(first).articles()).allMatch(CodeOfConductView.Article::checkedAtInspections);
		assertThatThrownBy(() -> editing.setChecked(ADMIN, first, 9, true)).hasMessage("codes.noSuchArticle");

		assertThatThrownBy(() -> editing.create(ADMIN, new CodeEditing.NewCode("CE-QT-2", "Bản mới", "2/QĐ-UBND",
				today.minusDays(40), "PUBLIC", today.minusDays(30), first))).hasMessage("codes.versionBeforePrevious");
		long second = editing.create(ADMIN, new CodeEditing.NewCode("CE-QT-2", "Quy tắc nơi công cộng thử (sửa đổi)",
				"2/QĐ-UBND", today.minusDays(3), "PUBLIC", today, first));
		assertThat(codes.find(second).articles()).extracting(CodeOfConductView.Article::title)
			.containsExactly("Phạm vi", "Giữ vệ sinh");
		assertThat(codes.find(first).validTo()).isEqualTo(today);
		assertThatThrownBy(() -> editing.create(ADMIN, new CodeEditing.NewCode("CE-QT-2", "Trùng mã", "3/QĐ",
				today, "PUBLIC", today, null))).hasMessage("codes.codeTaken");
		assertThatThrownBy(() -> editing.create(headOf(ward), new CodeEditing.NewCode("CE-QT-3", "Không được", "3/QĐ",
				today, "PUBLIC", today, null))).isInstanceOf(NotPermittedException.class);
	}
}
