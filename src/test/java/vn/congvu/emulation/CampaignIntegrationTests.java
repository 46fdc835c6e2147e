package vn.congvu.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.CompetitionRanking;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/** A campaign of the city: wards register once, reviews score within each criterion's maximum and rank with ties. */
class CampaignIntegrationTests extends IntegrationTestSupport {

	@Autowired Campaigns campaigns;
	@Autowired OrgUnitQueries units;

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Test
	void wardsRegisterOnceAndTheReviewRanksThemWithTies() {
		long hanoi = units.byCode("01", REFORM).id();
		Viewer officer = new Viewer("test-officer", "Cán bộ thi đua", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		LocalDate today = LocalDate.now(clock);
		LocalDate start = today.minusDays(30);
		assertThatThrownBy(() -> campaigns.launch(officer, new Campaigns.NewCampaign(hanoi, "Phong trào thử", "Mục tiêu",
				"Luật Thi đua, khen thưởng", "KH-01", start, start, start.minusDays(1),
				List.of(new Campaigns.NewCriterion("Tiêu chí", BigDecimal.TEN))))).hasMessageContaining("campaign.dates");
		long id = campaigns.launch(officer, new Campaigns.NewCampaign(hanoi, "Phong trào thử " + System.nanoTime(),
				"Mục tiêu của phong trào", "Luật Thi đua, khen thưởng", "KH-01", start, start, today.plusDays(30),
				List.of(new Campaigns.NewCriterion("Kỷ cương", BigDecimal.valueOf(60)),
						new Campaigns.NewCriterion("Hài lòng", BigDecimal.valueOf(40)))));
		long cuaNam = units.byCode("00082", REFORM).id();
		long hongHa = units.byCode("00097", REFORM).id();
		long hoanKiem = units.byCode("00070", REFORM).id();
		for (long ward : List.of(cuaNam, hongHa, hoanKiem)) {
			campaigns.register(headOf(ward), id, ward, "Cam kết không để cán bộ vi phạm quy tắc ứng xử");
		}
		assertThatThrownBy(() -> campaigns.register(headOf(cuaNam), id, cuaNam, "Đăng ký lần thứ hai cho phường"))
			.hasMessageContaining("campaign.alreadyRegistered");
		assertThatThrownBy(() -> campaigns.register(headOf(cuaNam), id, hongHa, "Đăng ký thay phường khác"))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> campaigns.register(officer, id, hanoi, "Thành phố tự đăng ký phong trào của mình"))
			.hasMessageContaining("campaign.notCovered");

		Campaigns.View view = campaigns.view(officer, id);
		long discipline = view.criteria().get(0).id();
		long satisfaction = view.criteria().get(1).id();
		assertThatThrownBy(() -> campaigns.score(officer, id, "MIDTERM", today, cuaNam,
				Map.of(discipline, BigDecimal.valueOf(61), satisfaction, BigDecimal.TEN), null))
			.hasMessageContaining("campaign.pointsOutOfRange");
		assertThatThrownBy(() -> campaigns.score(headOf(cuaNam), id, "MIDTERM", today, cuaNam,
				Map.of(discipline, BigDecimal.TEN, satisfaction, BigDecimal.TEN), null)).isInstanceOf(NotPermittedException.class);
		score(officer, id, today, cuaNam, discipline, "55", satisfaction, "35.5");
		score(officer, id, today, hongHa, discipline, "50.5", satisfaction, "40");
		score(officer, id, today, hoanKiem, discipline, "60", satisfaction, "35");
		List<CompetitionRanking.Ranked<Campaigns.UnitScores>> ranking = campaigns.view(officer, id).reviews().get(0).ranking();
		assertThat(ranking).extracting(r -> r.item().unitId()).containsExactly(hoanKiem, cuaNam, hongHa);
		assertThat(ranking).extracting(CompetitionRanking.Ranked::rank).containsExactly(1, 2, 2);
		assertThat(campaigns.view(headOf(cuaNam), id).reviews().get(0).ranking()).as("a ward sees its own row")
			.singleElement().satisfies(r -> assertThat(r.item().unitId()).isEqualTo(cuaNam));
	}

	private void score(Viewer officer, long id, LocalDate day, long unit, long first, String a, long second, String b) {
		Map<Long, BigDecimal> points = new HashMap<>();
		points.put(first, new BigDecimal(a));
		points.put(second, new BigDecimal(b));
		campaigns.score(officer, id, "MIDTERM", day, unit, points, "Báo cáo sơ kết");
	}
}
