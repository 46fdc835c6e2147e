package vn.congvu.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first administrator on an empty database, with {@code CONGVU_ADMIN_PASSWORD} or, when that is not
 * set, a random password printed once. There is never a fixed default password.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;
	private final CongvuProperties properties;
	private final TransactionTemplate transaction;

	FirstAdministrator(Accounts accounts, CongvuProperties properties, TransactionTemplate transaction) {
		this.accounts = accounts;
		this.properties = properties;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.any()) {
			return;
		}
		boolean given = properties.adminPassword() != null && !properties.adminPassword().isBlank();
		String password = given ? properties.adminPassword() : Accounts.randomPassword();
		transaction.executeWithoutResult(
				status -> accounts.create("admin", "Quản trị hệ thống", Role.ADMINISTRATOR, null, password));
		if (given) {
			log.info("Created the administrator account 'admin' with the password from CONGVU_ADMIN_PASSWORD");
		}
		else {
			log.warn("""

					  Created the administrator account.  Sign in as:  admin / {}
					  This password is shown only once. Set CONGVU_ADMIN_PASSWORD to choose it yourself.
					""", password);
		}
	}
}
