package vn.congvu.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.PagesToCheck;
import vn.congvu.TestAccounts;
import vn.congvu.feedback.HarassmentReports;
import vn.congvu.platform.Role;

/**
 * Every form of every page, generated from the handler mappings as the route-wide checks are: each page is opened as
 * an administrator, an officer, a ward's head, a leader and a citizen; each form with something to type is sent once per address with a value
 * a user could get wrong in every field (text, a number out of range, a day long past, the last choice of each list).
 * When the form is refused, the page it comes back to must show that form with every value as it was typed; an error
 * page instead (a 4xx or 5xx that drops the work) is a failure. Forms the server accepts are counted, not judged.
 * Runs last: it posts to every form.
 */
@Order(Integer.MAX_VALUE)
class KeptFormsIntegrationTests extends IntegrationTestSupport {

	/** Fields whose value is not the user's typing. */
	private static final Set<String> NOT_TYPED = Set.of("hidden", "submit", "button", "reset", "image", "password");

	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
	@Autowired JdbcClient jdbc;
	@Autowired HarassmentReports reports;

	private final Set<String> seen = new LinkedHashSet<>();
	private final List<String> failures = new ArrayList<>();
	private final List<String> kept = new ArrayList<>();
	private final List<String> accepted = new ArrayList<>();

	@Test
	void everyRefusedFormComesBackAsTyped() {
		List<String> pages = PagesToCheck.all(mapping, jdbc, true, reports, LocalDate.now(clock));
		Map<String, FormClient> users = new LinkedHashMap<>();
		users.put("administrator", new FormClient(baseUrl()).signIn(testAccounts.create(Role.ADMINISTRATOR, null),
				TestAccounts.PASSWORD));
		users.put("officer", new FormClient(baseUrl()).signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null),
				TestAccounts.PASSWORD));
		long cuaNam = scopeUnits.byCode("00082", LocalDate.of(2025, 7, 1)).id();
		users.put("unit head", new FormClient(baseUrl()).signIn(testAccounts.create(Role.UNIT_HEAD, cuaNam),
				TestAccounts.PASSWORD));
		users.put("leader", new FormClient(baseUrl()).signIn(testAccounts.create(Role.LEADER, null),
				TestAccounts.PASSWORD));
		users.put("citizen", new FormClient(baseUrl()));
		users.forEach((who, user) -> {
			for (String path : pages) {
				if (who.equals("citizen") != (path.startsWith("/public") || path.startsWith("/kiosk"))) {
					continue;
				}
				FormClient.Reply page = user.get(path);
				if (page.status() == 200) {
					for (Element form : page.page().select("form[method=post]")) {
						walk(user, page, form);
					}
				}
			}
		});
		System.out.printf("Form walk: %d forms with something to type; %d refused and shown again as typed, "
				+ "%d accepted, %d lost the typed work%n", seen.size(), kept.size(), accepted.size(), failures.size());
		kept.forEach(line -> System.out.println("  kept      " + line));
		accepted.forEach(line -> System.out.println("  accepted  " + line));
		assertThat(failures).as("forms whose refusal lost what was typed").isEmpty();
		assertThat(kept).as("refused forms checked (the walk must reach the forms)").hasSizeGreaterThan(40);
	}

	private void walk(FormClient user, FormClient.Reply page, Element form) {
		String action = form.attr("action").isEmpty() ? page.url().replaceFirst("^https?://[^/]+", "")
				: form.attr("action").replaceFirst("^https?://[^/]+", "");
		String route = action.replaceAll("/[^/?]*\\d[^/?]*(?=/|$|\\?)", "/{n}");
		List<Element> typed = form.select("input, textarea, select").stream()
			.filter(field -> !field.attr("name").isEmpty() && !field.hasAttr("disabled")
					&& !NOT_TYPED.contains(field.attr("type").toLowerCase(Locale.ROOT))
					&& !field.attr("type").equalsIgnoreCase("file") && !field.tagName().equals("select"))
			.toList();
		if (typed.isEmpty() || !seen.add(route)) {
			return;
		}
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		Map<String, String> expected = new LinkedHashMap<>();
		int n = 0;
		for (Element field : form.select("input, textarea, select")) {
			String name = field.attr("name");
			String type = field.tagName().equals("input") ? field.attr("type").toLowerCase(Locale.ROOT) : field.tagName();
			if (name.isEmpty() || field.hasAttr("disabled") || Set.of("submit", "button", "reset", "image").contains(type)) {
				continue;
			}
			String value = switch (type) {
				case "hidden" -> field.val();
				case "file" -> null;
				case "select" -> field.select("option").stream().map(o -> o.hasAttr("value") ? o.attr("value") : o.text())
					.filter(v -> !v.isEmpty()).reduce((first, last) -> last).orElse("");
				case "checkbox" -> field.hasAttr("value") ? field.attr("value") : "on";
				case "radio" -> form.select("input[type=radio][name=" + name + "]").last() == field
						? (field.hasAttr("value") ? field.attr("value") : "on") : null;
				case "number" -> "-987654";
				case "date" -> "1900-01-01";
				case "month" -> "1900-01";
				case "time" -> "03:07";
				case "email" -> "giu.lai." + (++n) + "@example.invalid";
				case "url" -> "https://example.invalid/giu-lai-" + (++n);
				case "textarea" -> "Giữ lại " + (++n) + "\nDòng thứ hai";
				default -> "Giữ lại " + (++n);
			};
			if (type.equals("file")) {
				fields.add(Map.entry("file:" + name, ""));
			}
			else if (value != null) {
				fields.add(Map.entry(name, value));
				if (!type.equals("hidden") && !type.equals("checkbox") && !type.equals("radio")) {
					expected.putIfAbsent(name, value);
				}
			}
		}
		boolean multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
		FormClient.Reply answer = user.post(action, fields, page.url(), multipart);
		String cell = route + " (from " + page.url().replaceFirst("^https?://[^/]+", "") + ")";
		if (answer.status() != 200 && answer.status() / 100 != 3) {
			failures.add(cell + ": answered " + answer.status() + " instead of the form again");
			return;
		}
		FormClient.Reply shown = user.follow(answer); // a page shown at once (200) is itself the form again
		Document again = shown.page();
		boolean refused = !again.select(".alert.error, .field-problem").isEmpty();
		if (!refused) {
			accepted.add(cell);
			return;
		}
		Element same = again.select("form[method=post]").stream()
			.filter(f -> f.attr("action").replaceFirst("^https?://[^/]+", "").equals(action))
			.findFirst().orElse(null);
		if (same == null) {
			failures.add(cell + ": refused, and the page it came back to (" + shown.url() + ") has not the form");
			return;
		}
		List<String> lost = new ArrayList<>();
		expected.forEach((name, value) -> {
			Element field = same.selectFirst("[name=" + name + "]");
			String now = field == null ? null : field.tagName().equals("textarea") ? field.wholeText()
					: field.tagName().equals("select") ? field.select("option[selected]").val() : field.val();
			if (field != null && !value.equals(now) && !(field.tagName().equals("textarea") && now.equals(value + "\n"))) {
				lost.add(name + "=" + now);
			}
		});
		if (lost.isEmpty() && !expected.isEmpty()) {
			kept.add(cell + " (" + expected.size() + " values)");
		}
		else if (!lost.isEmpty()) {
			failures.add(cell + ": refused, but not as typed: " + lost);
		}
	}
}
