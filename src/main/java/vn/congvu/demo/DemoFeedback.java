package vn.congvu.demo;

import static vn.congvu.demo.HoanKiemUnits.DEMO_START;
import static vn.congvu.demo.HoanKiemUnits.REFORM;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.congvu.feedback.Channel;
import vn.congvu.feedback.FeedbackIntake;
import vn.congvu.feedback.HistoricalRating;
import vn.congvu.feedback.ServicePoints;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Demo desks and ratings: a one-stop desk for each old ward (until the reform), two for each new ward, a duty roster,
 * one kiosk per new ward, published contacts, and ratings since the reform, mostly satisfied.
 */
@Component
class DemoFeedback {

	private static final vn.congvu.platform.Viewer SYSTEM = vn.congvu.platform.Viewer.system();

	private static final ZoneId VIETNAM = vn.congvu.shared.VietnameseDates.VIETNAM;
	private static final String[] COMMENTS = { "Cán bộ hướng dẫn tận tình, nhanh gọn.", "Phải chờ hơi lâu vào buổi sáng.",
			"Thủ tục rõ ràng, cảm ơn phường.", "Nên có thêm ghế ngồi chờ.", "Được trả kết quả đúng hẹn.",
			"Bị yêu cầu bổ sung giấy tờ hai lần." };

	private final ServicePoints servicePoints;
	private final FeedbackIntake intake;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final Clock clock;
	private final Random random = new Random(10_2019L);

	DemoFeedback(ServicePoints servicePoints, FeedbackIntake intake, OrgUnitQueries units, StaffQueries staff,
			Clock clock) {
		this.servicePoints = servicePoints;
		this.intake = intake;
		this.units = units;
		this.staff = staff;
		this.clock = clock;
	}

	/** Creates the desks, kiosks and ratings; returns the kiosk addresses with their tokens, to print once. */
	Map<String, String> load(Map<String, Long> oldWards) {
		oldWards.forEach((code, id) -> servicePoints.create(SYSTEM, "HK-" + code, "Bộ phận một cửa",
				id, null, false, DEMO_START, REFORM));
		Map<String, String> kiosks = new LinkedHashMap<>();
		List<String> desks = new ArrayList<>();
		int n = 1;
		for (String code : HoanKiemUnits.NEW_WARDS.keySet().stream().sorted().toList()) {
			long ward = units.byCode(code, REFORM).id();
			String hotline = String.format("024 0000 %04d", n++);
			servicePoints.setContact(SYSTEM, ward, hotline, "tiepdan.p" + code + "@demo.congvu.vn",
					"Chủ tịch UBND phường tiếp công dân sáng thứ Năm hằng tuần, 8:00–11:30, tại trụ sở phường.");
			List<StaffRow> people = staff.page(SYSTEM, new StaffFilter(LocalDate.now(clock), null, ward), 0, 6).rows();
			for (int desk = 1; desk <= 2; desk++) {
				String deskCode = "P" + code + "-" + desk;
				long point = servicePoints.create(SYSTEM, deskCode, "Bộ phận một cửa – quầy " + desk, ward, hotline, false,
						REFORM, null);
				desks.add(deskCode);
				dutyRoster(point, people, desk);
				if (desk == 1) {
					kiosks.put("/kiosk/" + deskCode, servicePoints.registerKiosk(SYSTEM, deskCode, "Máy tính bảng quầy 1"));
				}
			}
		}
		intake.importHistorical(ratings(desks));
		return kiosks;
	}

	/** Two officers take turns at each desk, half a year each, from the reform until the end of 2027. */
	private void dutyRoster(long point, List<StaffRow> people, int desk) {
		OffsetDateTime from = REFORM.atStartOfDay(VIETNAM).toOffsetDateTime();
		OffsetDateTime end = LocalDate.of(2028, 1, 1).atStartOfDay(VIETNAM).toOffsetDateTime();
		int turn = 0;
		while (from.isBefore(end) && !people.isEmpty()) {
			OffsetDateTime to = from.plusMonths(6);
			StaffRow officer = people.get((desk * 2 + turn) % people.size());
			servicePoints.assignDuty(SYSTEM, point, officer.id(), from, to.isAfter(end) ? end : to);
			from = to;
			turn = 1 - turn;
		}
	}

	private List<HistoricalRating> ratings(List<String> desks) {
		List<HistoricalRating> ratings = new ArrayList<>();
		Instant start = REFORM.atStartOfDay(VIETNAM).toInstant();
		long span = Duration.between(start, clock.instant()).toSeconds();
		for (int i = 0; i < 2400 && span > 0; i++) {
			String desk = desks.get(random.nextInt(desks.size()));
			Instant at = start.plusSeconds((long) (random.nextDouble() * span));
			int mood = 1 + random.nextInt(100); // desk-dependent tilt so the wards differ
			int base = mood <= 6 + desk.hashCode() % 5 ? 1 + random.nextInt(2) : mood <= 20 ? 3 : 4 + random.nextInt(2);
			String comment = random.nextInt(8) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null;
			if (random.nextBoolean()) {
				Map<String, Integer> answers = new LinkedHashMap<>();
				answers.put("OVERALL", base);
				if (base <= 2) {
					answers.put(List.of("REASON_WAITING", "REASON_ATTITUDE", "REASON_EXTRA_DOCUMENTS",
							"REASON_LATE_RESULT").get(random.nextInt(4)), 1);
				}
				ratings.add(new HistoricalRating(desk, "KIOSK", Channel.KIOSK, answers, comment, at));
			}
			else {
				Map<String, Integer> answers = new LinkedHashMap<>();
				for (String element : List.of("ACCESS", "PROCEDURE", "OFFICER", "RESULT", "FEEDBACK_HANDLING")) {
					answers.put(element, Math.max(1, Math.min(5, base + random.nextInt(3) - 1)));
				}
				ratings.add(new HistoricalRating(desk, "SIPAS5", Channel.QR, answers, comment, at));
			}
		}
		return ratings;
	}
}
