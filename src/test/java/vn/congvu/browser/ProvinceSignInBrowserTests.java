package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import testsupport.ProvinceIdentityProvider;

/**
 * Signing in with the province's accounts, against real servers started here: an OpenID Connect provider (its own
 * sign-in page, PKCE required of Congvu) and an LDAP directory (UnboundID's in-memory server). The person is found by
 * an e-mail address (OIDC) or a staff code (LDAP) on a staff record with a linked account, which gives the role;
 * anyone else is told no account is linked. Signing out of Congvu signs out of the provider too.
 */
class ProvinceSignInBrowserTests extends BrowserTestSupport {

	private static ConfigurableApplicationContext provider;
	private static InMemoryDirectoryServer directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonSignsInWithTheProvinceAccountAndSignsOutOfBoth() {
		String email = "can.bo.cuanam@hanoi.example";
		long staffId = staffOf("phuongcuanam");
		String before = jdbc.sql("select email from staff.staff_member where id = :id").param("id", staffId)
			.query(String.class).optional().orElse(null);
		jdbc.sql("update staff.staff_member set email = :e where id = :id").param("e", email).param("id", staffId)
			.update();
		try {
			startProvider(Map.of("cuanam.canbo", new String[] { "idp-password-1", email.toUpperCase() },
					"nguoi.ngoai", new String[] { "idp-password-2", "nguoi.ngoai@elsewhere.example" },
					"tu.khai", new String[] { "idp-password-3", email, "unverified" }));
			String idp = "http://127.0.0.1:" + System.getProperty("congvu.test.idp-port");
			page.navigate(baseUrl() + "/login");
			page.locator("#province-sign-in").click();
			assertThat(page).hasURL(Pattern.compile(idp.replace(".", "\\.") + "/login.*"));
			page.locator("#username").fill("cuanam.canbo");
			page.locator("#password").fill("idp-password-1");
			page.locator("button[type=submit]").click();
			assertThat(page.locator("h1")).hasText("Việc của tôi");
			assertThat(page).hasURL(baseUrl() + "/");
			page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
				.setPath(Path.of("target", "screenshots", "province-sign-in-my-work.png")));
			org.assertj.core.api.Assertions.assertThat(page.navigate(baseUrl() + "/admin/accounts").status())
				.as("the linked account's role, not the provider's, decides").isEqualTo(403);

			page.navigate(baseUrl() + "/");
			page.locator("form[action='/logout'] button").click();
			assertThat(page).hasURL(baseUrl() + "/login?logout");
			assertThat(page.locator(".alert.info")).hasText("Bạn đã đăng xuất.");
			page.locator("#province-sign-in").click();
			// the provider's session ended too: it asks for the password again
			assertThat(page).hasURL(Pattern.compile(idp.replace(".", "\\.") + "/login.*"));

			page.locator("#username").fill("nguoi.ngoai");
			page.locator("#password").fill("idp-password-2");
			page.locator("button[type=submit]").click();
			assertThat(page).hasURL(baseUrl() + "/login?unlinked");
			assertThat(page.locator(".alert.error")).containsText("chưa được gắn với tài khoản nào");

			context.clearCookies(); // a new visit: nobody signed in at the provider either
			page.navigate(baseUrl() + "/login");
			page.locator("#province-sign-in").click();
			page.locator("#username").fill("tu.khai");
			page.locator("#password").fill("idp-password-3");
			page.locator("button[type=submit]").click();
			// the address is the linked person's, but the provider has not verified it: it names nobody
			assertThat(page).hasURL(baseUrl() + "/login?unlinked");
			org.assertj.core.api.Assertions.assertThat(page.navigate(baseUrl() + "/").url())
				.as("nobody is signed in").startsWith(baseUrl() + "/login");
		}
		finally {
			jdbc.sql("update staff.staff_member set email = :e where id = :id").param("e", before)
				.param("id", staffId).update();
		}
	}

	@Test
	void aPersonSignsInWithTheDirectoryPassword() throws Exception {
		String code = jdbc.sql("select s.staff_code from staff.staff_member s join platform.account a on a.staff_id = s.id "
				+ "where a.username = 'thiduacuanam1'").query(String.class).single();
		startDirectory(code);
		page.navigate(baseUrl() + "/login");
		page.locator("#username").fill("thidua.ldap");
		page.locator("#password").fill("sai-mat-khau");
		page.locator(".login-box form button[type=submit]").click();
		assertThat(page).hasURL(baseUrl() + "/login?error");

		page.locator("#username").fill("thidua.ldap");
		page.locator("#password").fill("ldap-password-1");
		page.locator(".login-box form button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Việc của tôi");
		page.locator("form[action='/logout'] button").click();
		assertThat(page).hasURL(baseUrl() + "/login?logout");

		page.locator("#username").fill("khong.gan");
		page.locator("#password").fill("ldap-password-2");
		page.locator(".login-box form button[type=submit]").click();
		assertThat(page).hasURL(baseUrl() + "/login?unlinked");
	}

	private long staffOf(String username) {
		return jdbc.sql("select staff_id from platform.account where username = :u").param("u", username)
			.query(Long.class).single();
	}

	private synchronized void startProvider(Map<String, String[]> people) {
		if (provider == null) {
			provider = ProvinceIdentityProvider.start(Integer.getInteger("congvu.test.idp-port"), baseUrl(), people);
		}
	}

	private static synchronized void startDirectory(String staffCode) throws Exception {
		if (directory != null) {
			return;
		}
		InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=hanoi,dc=example");
		config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
				java.net.InetAddress.getLoopbackAddress(), Integer.getInteger("congvu.test.ldap-port"), null));
		config.setSchema(null); // the entries below use common attributes without loading a schema
		directory = new InMemoryDirectoryServer(config);
		directory.add("dn: dc=hanoi,dc=example", "objectClass: domain", "dc: hanoi");
		directory.add("dn: ou=people,dc=hanoi,dc=example", "objectClass: organizationalUnit", "ou: people");
		directory.add("dn: uid=thidua.ldap,ou=people,dc=hanoi,dc=example", "objectClass: inetOrgPerson",
				"uid: thidua.ldap", "cn: Thi dua", "sn: Thi dua", "userPassword: ldap-password-1",
				"employeeNumber: " + staffCode);
		directory.add("dn: uid=khong.gan,ou=people,dc=hanoi,dc=example", "objectClass: inetOrgPerson",
				"uid: khong.gan", "cn: Khong gan", "sn: Khong gan", "userPassword: ldap-password-2",
				"employeeNumber: NO-SUCH-CODE");
		directory.startListening();
	}
}
