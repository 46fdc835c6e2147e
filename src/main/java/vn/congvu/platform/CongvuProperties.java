package vn.congvu.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings read from the environment: {@code CONGVU_DATA_DIR}, {@code CONGVU_DB_URL}, {@code CONGVU_DB_USER},
 * {@code CONGVU_DB_PASSWORD}, {@code CONGVU_DEMO}, {@code CONGVU_ADMIN_PASSWORD}.
 *
 * @param dataDir where the embedded database and uploaded files live
 * @param dbUrl JDBC URL of an external PostgreSQL server; blank means "start the embedded one"
 * @param dbUser user for the external server
 * @param dbPassword password for the external server
 * @param demo whether to load the demo data set on an empty database; blank means "only with the embedded database"
 * @param adminPassword password for the first administrator; blank means "generate one and print it once"
 */
@ConfigurationProperties("congvu")
public record CongvuProperties(Path dataDir, String dbUrl, String dbUser, String dbPassword, String demo,
		String adminPassword) {

	public boolean embeddedDatabase() {
		return dbUrl == null || dbUrl.isBlank();
	}

	/** Demo data is on by default with the embedded database, off with an external one unless asked for. */
	public boolean demoData() {
		return (demo == null || demo.isBlank()) ? embeddedDatabase() : Boolean.parseBoolean(demo.strip());
	}
}
