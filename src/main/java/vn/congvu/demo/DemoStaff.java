package vn.congvu.demo;

import static vn.congvu.demo.HoanKiemUnits.DEMO_START;
import static vn.congvu.demo.HoanKiemUnits.REFORM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.staff.Leadership;
import vn.congvu.staff.NewStaffMember;
import vn.congvu.staff.StaffCategory;
import vn.congvu.staff.StaffManagement;

/**
 * Fictional staff for the demo: leaders and civil servants of the district, its divisions and its wards before the
 * reform, then the transfer of ward staff to the new wards on 1 July 2025.
 */
@Component
class DemoStaff {

	private static final vn.congvu.platform.Viewer SYSTEM = vn.congvu.platform.Viewer.system();

	private static final String[] WARD_POSTS = { "Văn phòng – Thống kê", "Tư pháp – Hộ tịch", "Địa chính – Xây dựng",
			"Văn hóa – Xã hội", "Tài chính – Kế toán", "Chỉ huy trưởng quân sự", "Bộ phận một cửa" };
	private static final String[] DIVISION_POSTS = { "Chuyên viên", "Chuyên viên chính", "Cán sự" };

	private final StaffManagement staff;
	private final OrgUnitQueries units;
	private final DemoPeople people = new DemoPeople();
	private final Map<Long, List<Long>> wardStaff = new java.util.HashMap<>();
	private final List<Long> districtStaff = new ArrayList<>();
	private final Map<String, Long> newWardHeads = new java.util.HashMap<>();
	private int sequence = 1;

	DemoStaff(StaffManagement staff, OrgUnitQueries units) {
		this.staff = staff;
		this.units = units;
	}

	void beforeReform(long district, Map<String, Long> divisions, Map<String, Long> oldWards) {
		districtStaff.add(add(district, "Chủ tịch UBND quận", Leadership.HEAD, StaffCategory.CADRE));
		for (int i = 0; i < 3; i++) {
			districtStaff.add(add(district, "Phó Chủ tịch UBND quận", Leadership.DEPUTY, StaffCategory.CADRE));
		}
		for (long division : divisions.values()) {
			districtStaff.add(add(division, "Trưởng phòng", Leadership.HEAD, StaffCategory.CIVIL_SERVANT));
			districtStaff.add(add(division, "Phó Trưởng phòng", Leadership.DEPUTY, StaffCategory.CIVIL_SERVANT));
			for (int i = 0; i < 6; i++) {
				districtStaff.add(add(division, DIVISION_POSTS[people.nextInt(DIVISION_POSTS.length)], null,
						StaffCategory.CIVIL_SERVANT));
			}
		}
		for (long ward : oldWards.values()) {
			List<Long> ids = new ArrayList<>();
			ids.add(add(ward, "Chủ tịch UBND phường", Leadership.HEAD, StaffCategory.CADRE));
			ids.add(add(ward, "Phó Chủ tịch UBND phường", Leadership.DEPUTY, StaffCategory.CADRE));
			ids.add(add(ward, "Phó Chủ tịch UBND phường", Leadership.DEPUTY, StaffCategory.CADRE));
			for (int i = 0; i < 10; i++) {
				ids.add(add(ward, WARD_POSTS[i % WARD_POSTS.length], null, StaffCategory.CIVIL_SERVANT));
			}
			ids.add(add(ward, "Nhân viên hợp đồng", null, StaffCategory.WORKER));
			wardStaff.put(ward, ids);
		}
	}

	/**
	 * Every old ward's staff move to the new ward that took the whole ward, or the first one that took a part; the
	 * district's staff are shared out among the new wards, as happened when the district level ended.
	 */
	void afterReform(Map<String, Long> oldWards) {
		Map<String, String> destination = new java.util.HashMap<>();
		HoanKiemUnits.LINEAGE.forEach((newCode, sources) -> sources.forEach((oldCode, whole) -> {
			if (whole || !destination.containsKey(oldCode)) {
				destination.put(oldCode, newCode);
			}
		}));
		java.util.Set<String> headed = new java.util.HashSet<>();
		oldWards.forEach((oldCode, oldId) -> {
			String newCode = destination.get(oldCode);
			long newWard = units.byCode(newCode, REFORM).id();
			for (long person : wardStaff.getOrDefault(oldId, List.of())) {
				boolean head = headed.add(newCode);
				if (head) {
					newWardHeads.put(newCode, person);
				}
				staff.transfer(SYSTEM, person, newWard, head ? "Chủ tịch UBND phường" : "Công chức phường",
						head ? Leadership.HEAD : null, REFORM);
			}
		});
		List<Long> newWards = HoanKiemUnits.NEW_WARDS.keySet().stream().sorted()
			.map(code -> units.byCode(code, REFORM).id()).toList();
		for (int i = 0; i < districtStaff.size(); i++) {
			staff.transfer(SYSTEM, districtStaff.get(i), newWards.get(i % newWards.size()),
					i < 4 ? "Phó Chủ tịch UBND phường" : "Công chức phường", i < 4 ? Leadership.DEPUTY : null, REFORM);
		}
	}

	/**
	 * Links the demo's unit-head accounts to the people who head their units, so that the rules about one's own
	 * records (nobody approves their own scorecard) know who they are: the head of the new Hoàn Kiếm ward, and the
	 * chairman of the former Hàng Bạc ward.
	 */
	void linkHeads(vn.congvu.platform.Accounts accounts, Map<String, Long> oldWards) {
		accounts.linkStaff("phuonghoankiem", newWardHeads.get("00070"));
		accounts.linkStaff("truongcuanam", newWardHeads.get("00082"));
		accounts.linkStaff("phuonghangbac", wardStaff.get(oldWards.get("00061")).get(0));
	}

	private long add(long unit, String position, @Nullable Leadership leadership, StaffCategory category) {
		DemoPeople.Person person = people.next();
		String code = String.format("HK%05d", sequence++);
		LocalDate from = DEMO_START.plusDays(people.nextInt(4000));
		return staff.create(SYSTEM, new NewStaffMember(code, person.fullName(), category, person.gender(), person.birthDate(),
				null, unit, position, leadership, from));
	}
}
