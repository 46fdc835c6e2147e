package vn.congvu.demo;

import static vn.congvu.demo.HoanKiemUnits.DEMO_START;
import static vn.congvu.demo.HoanKiemUnits.REFORM;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitManagement;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.orgunit.ReorganisationCommand;
import vn.congvu.orgunit.ReorganisationCommand.Edge;
import vn.congvu.orgunit.ReorganisationKind;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.CongvuProperties;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;

/** Loads the Hoàn Kiếm demo data set on an empty database, in one transaction, and prints the demo accounts. */
@Component
@Order(1)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final CongvuProperties properties;
	private final OrgUnitQueries unitQueries;
	private final OrgUnitManagement units;
	private final DemoStaff demoStaff;
	private final DemoFeedback demoFeedback;
	private final DemoConduct demoConduct;
	private final DemoSampleWork sampleWork;
	private final Accounts accounts;
	private final DemoLogins demoLogins;
	private final TransactionTemplate transaction;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final DemoEvaluation demoEvaluation;
	private final DemoEmulation demoEmulation;
	private final DemoRecognition demoRecognition;
	private final DemoReformIndex demoReformIndex;
	private final DemoPortal demoPortal;

	DemoDataLoader(DemoEvaluation demoEvaluation, DemoEmulation demoEmulation, DemoRecognition demoRecognition,
			DemoReformIndex demoReformIndex, DemoPortal demoPortal, CongvuProperties properties, OrgUnitQueries unitQueries, OrgUnitManagement units,
			DemoStaff demoStaff, DemoFeedback demoFeedback, DemoConduct demoConduct, DemoSampleWork sampleWork,
			Accounts accounts, DemoLogins demoLogins,
			TransactionTemplate transaction, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.demoEvaluation = demoEvaluation;
		this.demoEmulation = demoEmulation;
		this.demoRecognition = demoRecognition;
		this.demoReformIndex = demoReformIndex;
		this.demoPortal = demoPortal;
		this.jdbc = jdbc;
		this.demoFeedback = demoFeedback;
		this.demoConduct = demoConduct;
		this.sampleWork = sampleWork;
		this.properties = properties;
		this.unitQueries = unitQueries;
		this.units = units;
		this.demoStaff = demoStaff;
		this.accounts = accounts;
		this.demoLogins = demoLogins;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoData() || unitQueries.count() > 0) {
			return;
		}
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> load());
		Map<String, String> logins = demoLogins.takeAll();
		jdbc.sql("analyze").update(); // fresh statistics for the planner rather than waiting for autovacuum
		log.info("Loaded the Hoàn Kiếm demo data in {} ms", (System.nanoTime() - started) / 1_000_000);
		StringBuilder table = new StringBuilder("\n  Demo accounts and kiosk links (shown once):\n");
		logins.forEach((user, password) -> table.append(String.format("    %-22s %s%n", user, password)));
		log.warn(table.toString());
	}

	private void load() {
		long hanoi = units.create(Viewer.system(), new NewOrgUnit("01", "Thành phố Hà Nội", OrgUnitType.PROVINCE, null, DEMO_START));
		long district = units.create(Viewer.system(), new NewOrgUnit("002", "Quận Hoàn Kiếm", OrgUnitType.DISTRICT, hanoi, DEMO_START));
		Map<String, Long> divisions = new LinkedHashMap<>();
		for (String[] division : HoanKiemUnits.DIVISIONS) {
			divisions.put(division[0], units.create(Viewer.system(),
					new NewOrgUnit(division[0], division[1], OrgUnitType.DIVISION, district, DEMO_START)));
		}
		Map<String, Long> oldWards = new LinkedHashMap<>();
		HoanKiemUnits.OLD_WARDS.forEach((code, name) -> oldWards.put(code,
				units.create(Viewer.system(), new NewOrgUnit(code, name, OrgUnitType.WARD, district, DEMO_START))));
		demoStaff.beforeReform(district, divisions, oldWards);

		List<NewOrgUnit> newWards = new ArrayList<>();
		HoanKiemUnits.NEW_WARDS.forEach((code, name) ->
				newWards.add(new NewOrgUnit(code, name, OrgUnitType.WARD, hanoi, REFORM)));
		List<Edge> edges = new ArrayList<>();
		HoanKiemUnits.LINEAGE.forEach((newCode, sources) -> sources.forEach((oldCode, whole) ->
				edges.add(whole ? Edge.whole(oldWards.get(oldCode), newCode) : Edge.part(oldWards.get(oldCode), newCode))));
		units.reorganise(Viewer.system(), new ReorganisationCommand(ReorganisationKind.MERGE, REFORM, HoanKiemUnits.RESOLUTION,
				HoanKiemUnits.RESOLUTION_DATE, "Sắp xếp đơn vị hành chính cấp xã của Hà Nội năm 2025", newWards, edges)
				.withoutCarryingPeople()); // the demo stages who went where (DemoStaff.afterReform)
		List<Edge> dissolved = new ArrayList<>();
		divisions.values().forEach(id -> dissolved.add(Edge.dissolved(id)));
		dissolved.add(Edge.dissolved(district));
		units.reorganise(Viewer.system(), new ReorganisationCommand(ReorganisationKind.DISSOLVE, REFORM, HoanKiemUnits.RESOLUTION,
				HoanKiemUnits.RESOLUTION_DATE, "Kết thúc hoạt động của chính quyền cấp huyện", List.of(), dissolved)
				.withoutCarryingPeople());
		demoStaff.afterReform(oldWards);
		demoAccounts(hanoi, oldWards);
		demoStaff.linkHeads(accounts, oldWards);
		demoFeedback.load(oldWards).forEach((kiosk, token) -> demoLogins.note("kiosk " + kiosk, "#token=" + token));
		demoConduct.load();
		sampleWork.load();
		demoEvaluation.load(unitQueries.byCode("00082", REFORM).id());
		demoEmulation.load(hanoi, unitQueries.byCode("00082", REFORM).id());
		demoEmulation.loadCampaigns(hanoi);
		demoEmulation.loadQuiz(hanoi);
		demoRecognition.load(hanoi, unitQueries.byCode("00082", REFORM).id());
		demoReformIndex.load(hanoi);
		demoPortal.load(hanoi);
		demoPortal.loadSites(hanoi, district, unitQueries.byCode("00070", REFORM).id(),
				unitQueries.byCode("00082", REFORM).id());
	}

	private void demoAccounts(long hanoi, Map<String, Long> oldWards) {
		long hoanKiemWard = unitQueries.byCode("00070", REFORM).id();
		long cuaNamWard = unitQueries.byCode("00082", REFORM).id();
		demoLogins.create("lanhdao", "Lãnh đạo thành phố (demo)", Role.LEADER, hanoi);
		demoLogins.create("noivu", "Cán bộ Sở Nội vụ (demo)", Role.HOME_AFFAIRS_OFFICER, hanoi);
		demoLogins.create("kiemtra", "Thành viên đoàn kiểm tra (demo)", Role.INSPECTOR, hanoi);
		demoLogins.create("phuonghoankiem", "Thủ trưởng phường Hoàn Kiếm (demo)", Role.UNIT_HEAD, hoanKiemWard);
		demoLogins.create("phuongcuanam", "Công chức phường Cửa Nam (demo)", Role.STAFF, cuaNamWard);
		demoLogins.create("bientap", "Biên tập viên phường Cửa Nam (demo)", Role.EDITOR, cuaNamWard);
		demoLogins.create("truongcuanam", "Thủ trưởng phường Cửa Nam (demo)", Role.UNIT_HEAD, cuaNamWard);
		demoLogins.create("phuonghangbac", "Phường Hàng Bạc cũ (demo)", Role.UNIT_HEAD, oldWards.get("00061"));
	}
}
