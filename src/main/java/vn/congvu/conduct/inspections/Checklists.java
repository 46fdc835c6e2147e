package vn.congvu.conduct.inspections;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds a visit's checklist when it starts: one item per article checked at inspections of the staff codes of
 * conduct given to the unit (or to a unit above it), then the items every public-duty inspection looks at. Inspectors may add free items later.
 */
@Component
class Checklists {

	static final List<String> STANDARD_ITEMS = List.of(
			"Niêm yết công khai thủ tục hành chính, phí, lệ phí tại nơi tiếp nhận hồ sơ",
			"Công khai số điện thoại đường dây nóng, hộp thư góp ý",
			"Bố trí thiết bị hoặc mã QR để người dân đánh giá sự hài lòng");

	private final JdbcClient jdbc;

	Checklists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void createFor(long planId) {
		jdbc.sql("""
				insert into conduct.checklist_item (plan_id, position, article_id, label)
				select :plan, row_number() over (order by c.code, a.number), a.id,
				       'Điều ' || a.number || '. ' || a.title || ' – ' || a.summary
				from conduct.inspection_plan p
				join orgunit.published_unit target on target.id = p.unit_id
				join conduct.code_assignment ca on true
				join orgunit.published_unit assigned on assigned.id = ca.unit_id and target.path like assigned.path || '%'
				join conduct.code_of_conduct c on c.id = ca.code_id and c.audience = 'STAFF'
				join conduct.code_article a on a.code_id = c.id and a.checked_at_inspections
				where p.id = :plan""").param("plan", planId).update();
		for (String item : STANDARD_ITEMS) {
			add(planId, item);
		}
	}

	long add(long planId, String label) {
		return jdbc.sql("""
				insert into conduct.checklist_item (plan_id, position, label)
				select :plan, coalesce(max(position), 0) + 1, :label from conduct.checklist_item where plan_id = :plan
				returning id""").param("plan", planId).param("label", label).query(Long.class).single();
	}
}
