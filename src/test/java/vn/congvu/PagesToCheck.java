package vn.congvu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page the application serves, as addresses the checkers (vnu, axe) can open: the GET routes without variables,
 * and those with variables filled with a record of the demo (in Cửa Nam ward where the kind belongs to a unit, so that
 * a ward's accounts open them too). A new kind of record id fails here until it is given a sample, so no page escapes
 * the checks. Not pages: the API, files (xlsx, pdf, attachments, photos), job progress, the kiosk and the login.
 * A quiz attempt, which only its taker opens, is checked by {@code QuizBrowserTests}.
 */
public final class PagesToCheck {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			"^/(api|v3|kiosk|error|login)(/.*)?$|.*\\.(xlsx|pdf|csv|json|xml|txt|rss|atom)$"
					+ "|.*/(files|photos|attachments|evidence)/.*|.*/conduct/evidence/.*|.*\\{job}.*"
					// only the person taking a quiz opens their attempt, while it runs: QuizBrowserTests runs axe on it
					+ "|/emulation/quizzes/attempts/.*");

	private PagesToCheck() {
	}

	/**
	 * The addresses, sorted; {@code withPublic} keeps the pages under {@code /public}. The demo has no harassment
	 * report (citizens file them), so one is filed in Cửa Nam when there is none, as a citizen would.
	 */
	public static List<String> all(RequestMappingHandlerMapping mapping, JdbcClient jdbc, boolean withPublic,
			vn.congvu.feedback.HarassmentReports reports, java.time.LocalDate today) {
		if (jdbc.sql("select count(*) from feedback.report").query(Long.class).single() == 0) {
			long cuaNam = Long.parseLong(one(jdbc, "select id from orgunit.org_unit where code = '00082' and valid_to is null"));
			reports.file(new vn.congvu.feedback.NewReport(cuaNam, vn.congvu.feedback.ReportKind.EXTRA_DOCUMENTS, today,
					"Cán bộ yêu cầu bổ sung giấy tờ nhiều lần (phản ánh để kiểm tra trang)", false, "Người phản ánh thử",
					"0900000000"));
		}
		Map<String, String> samples = samples(jdbc);
		List<String> patterns = mapping.getHandlerMethods().keySet().stream()
			.filter(info -> info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
			.flatMap(info -> info.getPatternValues().stream())
			.filter(path -> !NOT_A_PAGE.matcher(path).matches() && (withPublic || !path.startsWith("/public")))
			.distinct().sorted().toList();
		List<String> paths = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String pattern : patterns) {
			StringBuilder path = new StringBuilder();
			Matcher variable = VARIABLE.matcher(pattern);
			boolean filled = true;
			while (variable.find()) {
				String kind = kindBefore(pattern, variable.start());
				String value = samples.get(kind);
				if (value == null) {
					unknown.add(pattern + " (" + kind + ")");
					filled = false;
					break;
				}
				variable.appendReplacement(path, value);
			}
			if (filled) {
				variable.appendTail(path);
				paths.add(path.toString());
			}
		}
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("pages with a kind of record id that has no sample in PagesToCheck: " + unknown);
		}
		return paths;
	}

	/** The path segment before a variable names its kind: {@code /conduct/cases/{id}} is a case. */
	private static String kindBefore(String pattern, int variableStart) {
		String before = pattern.substring(0, variableStart - 1);
		return before.substring(before.lastIndexOf('/') + 1);
	}

	/** One record of the demo for each kind of record id, in Cửa Nam where the kind belongs to a unit. */
	public static Map<String, String> samples(JdbcClient jdbc) {
		String cuaNam = one(jdbc, "select id from orgunit.org_unit where code = '00082' and valid_to is null");
		Map<String, String> samples = new LinkedHashMap<>();
		for (String kind : List.of("units", "contacts", "sites")) {
			samples.put(kind, cuaNam);
		}
		samples.put("staff", one(jdbc, "select staff_id from platform.account where username = 'phuongcuanam'"));
		samples.put("cases", one(jdbc, "select min(id) from conduct.disciplinary_case"));
		samples.put("codes", one(jdbc, "select min(id) from conduct.code_of_conduct"));
		samples.put("inspections", one(jdbc, "select min(id) from conduct.inspection_plan where unit_id = " + cuaNam));
		samples.put("violations", one(jdbc, "select min(id) from conduct.violation where unit_id = " + cuaNam));
		samples.put("campaigns", one(jdbc, "select min(id) from emulation.campaign"));
		samples.put("quizzes", one(jdbc, "select min(id) from emulation.quiz"));
		samples.put("sessions", one(jdbc, "select min(id) from emulation.session"));
		samples.put("scorecards", one(jdbc, "select min(id) from evaluation.scorecard where unit_id = " + cuaNam));
		samples.put("tasks", one(jdbc, "select min(id) from evaluation.task where unit_id = " + cuaNam));
		samples.put("reports", one(jdbc, "select min(id) from feedback.report"));
		samples.put("service-points", "P00082-1");
		samples.put("survey", "P00082-1");
		samples.put("surveys", "SIPAS5");
		samples.put("versions", "1");
		samples.put("news", one(jdbc, "select min(id) from portal.article where unit_id = " + cuaNam));
		samples.put("polls", one(jdbc, "select min(id) from portal.poll"));
		samples.put("pages", "gioi-thieu");
		samples.put("assessments", one(jdbc, "select min(id) from reformindex.assessment where unit_id = " + cuaNam));
		samples.put("methodologies", one(jdbc, "select min(id) from reformindex.methodology"));
		samples.put("reform-index", one(jdbc, "select min(methodology_id) from reformindex.publication"));
		jdbc.sql("""
				insert into orgunit.unit_import (id, uploaded_by, file_name, content, uploaded_at)
				select gen_random_uuid(), 'admin', 'khong-phai-bang-tinh.xlsx', '\\x504b'::bytea, now()
				where not exists (select 1 from orgunit.unit_import where confirmed_at is null)""").update();
		samples.put("import", one(jdbc, "select min(id::text) from orgunit.unit_import where confirmed_at is null"));
		return samples;
	}

	private static String one(JdbcClient jdbc, String sql) {
		Object value = jdbc.sql(sql).query((rs, row) -> rs.getObject(1)).list().getFirst();
		if (value == null) {
			throw new IllegalStateException("the demo has no sample for: " + sql);
		}
		return value.toString();
	}
}
