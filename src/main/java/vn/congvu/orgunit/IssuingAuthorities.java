package vn.congvu.orgunit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.congvu.platform.OfficialDocument;

/**
 * How a unit is named at the head of its documents (Decree 30/2020/NĐ-CP): an administrative unit issues through its
 * People's Committee ("Ủy ban nhân dân phường Cửa Nam", under "Ủy ban nhân dân thành phố Hà Nội"); a division or a
 * public service unit issues in its own name, under the People's Committee of the administrative unit it belongs to.
 * The place written before the date is the province's name ("Hà Nội").
 */
@Component
public class IssuingAuthorities {

	private static final Locale VI = Locale.forLanguageTag("vi");
	private static final List<String> ADMINISTRATIVE_PREFIXES = List.of("Thành phố ", "Tỉnh ", "Quận ", "Huyện ",
			"Thị xã ", "Phường ", "Xã ", "Thị trấn ", "Đặc khu ");

	private final OrgUnitQueries units;

	IssuingAuthorities(OrgUnitQueries units) {
		this.units = units;
	}

	/** The authority that issues in the unit's name, and the one above it. */
	public OfficialDocument.Authority of(long unitId) {
		List<OrgUnitView> line = lineage(unitId);
		OrgUnitView unit = line.getFirst();
		if (administrative(unit)) {
			OrgUnitView above = line.stream().skip(1).filter(IssuingAuthorities::administrative).findFirst().orElse(null);
			return new OfficialDocument.Authority(above == null ? null : committee(above), committee(unit));
		}
		OrgUnitView home = line.stream().filter(IssuingAuthorities::administrative).findFirst().orElse(null);
		return new OfficialDocument.Authority(home == null ? null : committee(home), unit.name());
	}

	/** Whether the unit issues through a People's Committee (a province, a district before 2025, a ward, commune or special zone). */
	public boolean hasCommittee(long unitId) {
		return administrative(units.find(unitId));
	}

	/** The place written before a document's date: the province's name without "Thành phố" or "Tỉnh". */
	public String placeOf(long unitId) {
		List<OrgUnitView> line = lineage(unitId);
		OrgUnitView province = line.stream().filter(u -> u.type() == OrgUnitType.PROVINCE).findFirst()
			.orElse(line.getLast());
		return withoutPrefix(province.name());
	}

	/** The People's Committee of an administrative unit: "Ủy ban nhân dân phường Cửa Nam". */
	static String committee(OrgUnitView unit) {
		String name = unit.name();
		for (String prefix : ADMINISTRATIVE_PREFIXES) {
			if (name.startsWith(prefix)) {
				return "Ủy ban nhân dân " + prefix.toLowerCase(VI) + name.substring(prefix.length());
			}
		}
		return "Ủy ban nhân dân " + name;
	}

	private static String withoutPrefix(String name) {
		for (String prefix : List.of("Thành phố ", "Tỉnh ")) {
			if (name.startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

	private static boolean administrative(OrgUnitView unit) {
		return unit.type().hasCommittee();
	}

	/** The unit, then its parent, up to the root. */
	private List<OrgUnitView> lineage(long unitId) {
		List<OrgUnitView> line = new ArrayList<>();
		@Nullable Long next = unitId;
		while (next != null && line.size() < 20) {
			OrgUnitView unit = units.find(next);
			line.add(unit);
			next = unit.parentId();
		}
		return Collections.unmodifiableList(line);
	}
}
