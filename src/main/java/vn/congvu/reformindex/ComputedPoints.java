package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.feedback.SatisfactionIndex;
import vn.congvu.feedback.SatisfactionQueries;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;

/**
 * Points that come from data rather than from a person: the share of one-stop dossiers settled on time in the year
 * (from the imported monthly statistics), the satisfaction index of the unit's citizens in the year (feedback's
 * published figures), and the share of corrective actions done by their due day (announced by conduct), each times
 * the line's maximum; and the survey component from the satisfaction index.
 */
@Component
class ComputedPoints {

	/** Fewer answers than this in a year give no satisfaction figure (too few to say anything). */
	static final int MIN_RESPONSES = 30;

	private final JdbcClient jdbc;
	private final SatisfactionQueries satisfaction;
	private final OrgUnitQueries units;

	ComputedPoints(JdbcClient jdbc, SatisfactionQueries satisfaction, OrgUnitQueries units) {
		this.jdbc = jdbc;
		this.satisfaction = satisfaction;
		this.units = units;
	}

	record Survey(@Nullable BigDecimal points, String source, @Nullable Integer answers) {
	}

	BigDecimal points(Item item, long unitId, int year) {
		@Nullable Double share = share(item, unitId, year);
		return share == null ? BigDecimal.ZERO.setScale(2)
				: item.maxPoints().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
	}

	String describe(Item item, long unitId, int year) {
		if (item.source() == Item.Source.CORRECTIVE_ON_TIME) {
			Map<String, Object> counts = corrective(unitId, year);
			long due = ((Number) counts.get("due")).longValue();
			return due == 0 ? "Tính từ dữ liệu: không có yêu cầu khắc phục đến hạn trong năm " + year
					: "Tính từ dữ liệu: " + counts.get("in_time") + "/" + due + " yêu cầu khắc phục hoàn thành đúng hạn năm " + year;
		}
		if (item.source() == Item.Source.ONE_STOP_ON_TIME) {
			Map<String, Object> counts = oneStop(unitId, year);
			long received = ((Number) counts.get("received")).longValue();
			return received == 0 ? "Tính từ dữ liệu: chưa có số liệu một cửa của năm " + year
					: "Tính từ dữ liệu: " + counts.get("on_time") + "/" + received + " hồ sơ một cửa đúng hạn năm " + year;
		}
		SatisfactionIndex index = index(unitId, year);
		return index.responses() < MIN_RESPONSES
				? "Tính từ dữ liệu: chưa đủ " + MIN_RESPONSES + " phiếu đánh giá năm " + year + " (" + index.responses() + ")"
				: "Tính từ dữ liệu: chỉ số hài lòng năm " + year + " trên " + index.responses() + " phiếu";
	}

	private @Nullable Double share(Item item, long unitId, int year) {
		if (item.source() == Item.Source.CORRECTIVE_ON_TIME) {
			Map<String, Object> counts = corrective(unitId, year);
			long due = ((Number) counts.get("due")).longValue();
			return due == 0 ? 1.0 : ((Number) counts.get("in_time")).doubleValue() / due; // nothing ordered: full marks
		}
		if (item.source() == Item.Source.ONE_STOP_ON_TIME) {
			Map<String, Object> counts = oneStop(unitId, year);
			long received = ((Number) counts.get("received")).longValue();
			return received == 0 ? null : ((Number) counts.get("on_time")).doubleValue() / received;
		}
		SatisfactionIndex index = index(unitId, year);
		return index.responses() < MIN_RESPONSES ? null : index.overall();
	}

	/** Corrective actions of the unit and the units under it due in the year, and those done by their due day. */
	private Map<String, Object> corrective(long unitId, int year) {
		return jdbc.sql("""
				select count(*) as due,
				       count(*) filter (where c.done and c.rechecked_on <= c.due_on) as in_time
				from reformindex.corrective_action c join orgunit.published_unit u on u.id = c.unit_id
				where u.path like :path || '%' and extract(year from c.due_on) = :y""")
			.param("path", units.pathOf(unitId)).param("y", year).query().singleRow();
	}

	private Map<String, Object> oneStop(long unitId, int year) {
		return jdbc.sql("""
				select coalesce(sum(received), 0) as received, coalesce(sum(on_time), 0) as on_time
				from reformindex.one_stop_month where unit_id = :u and extract(year from month) = :y""")
			.param("u", unitId).param("y", year).query().singleRow();
	}

	private SatisfactionIndex index(long unitId, int year) {
		Viewer unit = new Viewer("system", "Hệ thống", Role.ADMINISTRATOR, unitId, units.pathOf(unitId), null, true);
		return satisfaction.overall(unit, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	Survey survey(long unitId, int year, BigDecimal surveyMax) {
		SatisfactionIndex index = index(unitId, year);
		if (index.responses() < MIN_RESPONSES || index.overall() == null) {
			return new Survey(null, "Chưa đủ " + MIN_RESPONSES + " phiếu đánh giá năm " + year + " (" + index.responses()
					+ "): điểm thẩm định quy đổi về thang 100", null);
		}
		return new Survey(surveyMax.multiply(BigDecimal.valueOf(index.overall())).setScale(2, RoundingMode.HALF_UP),
				"Chỉ số hài lòng năm " + year + " trên " + index.responses() + " phiếu", Math.toIntExact(index.responses()));
	}
}
