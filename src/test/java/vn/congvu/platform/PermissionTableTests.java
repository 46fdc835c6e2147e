package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds {@link Permission} to the table in {@code platform/permissions.csv}: every role × every permission, written
 * out by hand. A new role or permission without its column or row fails here, so nobody gets a right by default.
 */
class PermissionTableTests {

	private static final Map<String, Map<String, Boolean>> TABLE = read();

	@Test
	void theTableNamesEveryRoleAndEveryPermissionOnce() {
		assertThat(TABLE.keySet()).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(Permission.values()).map(Enum::name).toList());
		TABLE.forEach((permission, row) -> assertThat(row.keySet()).as(permission)
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Enum::name).toList()));
	}

	static Stream<Arguments> cells() {
		return Arrays.stream(Permission.values())
			.flatMap(p -> Arrays.stream(Role.values()).map(r -> Arguments.of(p, r)));
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("cells")
	void aLinkedAccountHoldsWhatTheTableSays(Permission permission, Role role) {
		Boolean expected = TABLE.getOrDefault(permission.name(), Map.of()).get(role.name());
		assertThat(expected).as("a row and a column for %s × %s", permission, role).isNotNull();
		Viewer linked = new Viewer("u", "U", role, 7L, "/1/7/", 42L, false);
		assertThat(linked.may(permission)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("cells")
	void anAccountOfAUnitThatNamesNobodyJudgesNobody(Permission permission, Role role) {
		Viewer unlinked = new Viewer("u", "U", role, 7L, "/1/7/", null, false);
		boolean expected = TABLE.get(permission.name()).get(role.name())
				&& (!permission.judgesPeople() || role.oversees());
		assertThat(unlinked.may(permission)).isEqualTo(expected);
	}

	@Test
	void theNamedChecksAskTheTable() {
		Viewer editor = new Viewer("bientap", "B", Role.EDITOR, 7L, "/1/7/", 42L, false);
		assertThat(List.of(editor.mayReadUnitScorecards(), editor.mayReadSatisfaction(),
				editor.mayReadDisciplineRules(), editor.mayReadCorrectiveActions(), editor.mayApproveScorecards(),
				editor.mayAssignTasks(), editor.mayHandleReports())).containsOnly(false);
		assertThat(editor.mayWriteNews()).isTrue();
		Viewer unlinkedHead = new Viewer("head", "H", Role.UNIT_HEAD, 7L, "/1/7/", null, false);
		assertThat(unlinkedHead.mayApproveScorecards()).isFalse();
		assertThat(unlinkedHead.mayReadUnitScorecards()).isTrue();
		Viewer wardOfficer = new Viewer("o", "O", Role.HOME_AFFAIRS_OFFICER, 7L, "/1/7/", null, false);
		assertThat(wardOfficer.mayManageSurveys()).isFalse();
		assertThat(Viewer.system().mayManageSurveys()).isTrue();
	}

	private static Map<String, Map<String, Boolean>> read() {
		try (InputStream in = PermissionTableTests.class.getResourceAsStream("/platform/permissions.csv")) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
			String[] roles = lines.get(0).split(",");
			Map<String, Map<String, Boolean>> table = new LinkedHashMap<>();
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = line.split(",");
				assertThat(cells).as(line).hasSize(roles.length);
				Map<String, Boolean> row = new LinkedHashMap<>();
				for (int i = 1; i < cells.length; i++) {
					assertThat(cells[i]).as(line).isIn("yes", "no");
					row.put(roles[i], cells[i].equals("yes"));
				}
				assertThat(table.put(cells[0], row)).as("one row for " + cells[0]).isNull();
			}
			return table;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
