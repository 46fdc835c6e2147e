package vn.congvu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Accounts;
import vn.congvu.staff.StaffQueries;

/**
 * The demo can finish its own flows: every member of a council that decides (the ward's emulation council, the PAR
 * appraisal council) signs in with an account linked to their staff record, the ward heads' accounts are the heads'
 * own, and README's account table lists exactly the demo's accounts.
 */
class DemoAccountsIntegrationTests extends IntegrationTestSupport {

	@Autowired JdbcClient jdbc;
	@Autowired Accounts accounts;
	@Autowired StaffQueries staff;
	@Autowired OrgUnitQueries units;

	@Test
	void everyCouncilMemberHasAnAccountOfTheirOwn() {
		List<Long> members = jdbc.sql("""
				select staff_id from emulation.council_member
				union select c.staff_id from reformindex.council_member c
				join reformindex.methodology m on m.id = c.methodology_id where m.status = 'IN_USE'""")
			.query(Long.class).list();
		assertThat(members).hasSizeGreaterThanOrEqualTo(7);
		assertThat(members).allSatisfy(member -> assertThat(accounts.usernameOfStaff(member))
			.as("staff %d signs in", member).isPresent());
	}

	@Test
	void theWardHeadsSignInAsThemselves() {
		LocalDate today = LocalDate.now(clock);
		for (String[] head : List.of(new String[] { "truongcuanam", "00082" }, new String[] { "phuonghoankiem", "00070" })) {
			long ward = units.byCode(head[1], today).id();
			assertThat(accounts.staffIdOf(head[0])).as(head[0]).isEqualTo(staff.headOf(ward, today));
		}
	}

	@Test
	void readmeListsEveryDemoAccount() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		String table = readme.substring(readme.indexOf("| account | role | sees |"));
		table = table.substring(0, table.indexOf("\n\n"));
		List<String> listed = new java.util.ArrayList<>();
		for (String row : table.lines().skip(2).toList()) {
			Matcher name = Pattern.compile("`([a-z0-9]+)`").matcher(row.split("\\|")[1]);
			while (name.find()) {
				listed.add(name.group(1));
			}
		}
		List<String> demo = jdbc.sql("select username from platform.account where display_name like '%(demo)'")
			.query(String.class).list();
		assertThat(listed).as("README's table").containsAll(demo).contains("admin");
		assertThat(demo).as("demo accounts").containsAll(listed.stream().filter(u -> !u.equals("admin")).toList());
	}
}
