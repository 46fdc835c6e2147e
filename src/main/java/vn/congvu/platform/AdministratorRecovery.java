package vn.congvu.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./congvu recover-admin} (or {@code java -jar congvu.jar --congvu.recover-admin=true}): run on the server
 * with Congvu stopped, it gives the account {@code admin} the password in {@code CONGVU_ADMIN_PASSWORD} (or a random
 * one, printed once), enables and unlocks it, writes that to the audit log, and exits.
 */
@Component
@Order(1)
class AdministratorRecovery implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorRecovery.class);

	private final AccountAdministration administration;
	private final CongvuProperties properties;
	private final ConfigurableApplicationContext context;
	private final boolean wanted;

	AdministratorRecovery(AccountAdministration administration, CongvuProperties properties,
			ConfigurableApplicationContext context, @Value("${congvu.recover-admin:false}") boolean wanted) {
		this.administration = administration;
		this.properties = properties;
		this.context = context;
		this.wanted = wanted;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted) {
			return;
		}
		String password = administration.recoverAdministrator(properties.adminPassword());
		boolean chosen = properties.adminPassword() != null && !properties.adminPassword().isBlank();
		log.warn("""

				  The administrator account is enabled and unlocked. Sign in as:  admin / {}
				  {}
				""", chosen ? "(the password in CONGVU_ADMIN_PASSWORD)" : password,
				chosen ? "" : "This password is shown only once.");
		System.exit(SpringApplication.exit(context, () -> 0));
	}
}
