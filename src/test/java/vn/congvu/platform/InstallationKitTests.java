package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The installation kit ({@code dist/}, packed by {@code ./congvu package}): its environment file documents every
 * setting the application reads, its systemd units pass {@code systemd-analyze verify} without a single remark, and its
 * launcher is valid shell.
 */
class InstallationKitTests {

	private static final Path DIST = Path.of("dist");
	/** Read by tests and the recovery command, not by an installed service. */
	private static final Set<String> NOT_SETTINGS = Set.of("congvu.clock.fixed", "congvu.recover-admin");

	@Test
	void theEnvironmentFileListsEverySetting() throws IOException {
		String envFile = Files.readString(DIST.resolve("congvu.env"));
		Set<String> listed = new TreeSet<>();
		Matcher line = Pattern.compile("(?m)^#?([A-Z][A-Z0-9_]+)=").matcher(envFile);
		while (line.find()) {
			listed.add(line.group(1));
		}
		Set<String> read = settingsRead();
		assertThat(read).hasSizeGreaterThan(30).contains("CONGVU_DB_READ_URL", "CONGVU_OIDC_ISSUER",
				"CONGVU_REMINDERS_HOUR");
		assertThat(listed).containsAll(read);
		assertThat(envFile).contains("CONGVU_PUBLIC_URL=https://").contains("CONGVU_DEMO=false");
	}

	@Test
	void theSystemdUnitsVerify() throws Exception {
		Path analyze = Path.of("/usr/bin/systemd-analyze");
		if (!Files.isExecutable(analyze)) {
			MissingTool.skipOrFail("The installation kit's check needs systemd-analyze (Debian's systemd)");
		}
		// the units name /opt/congvu; here they are checked against a copy of the kit in a folder of the test's own
		Path kit = Files.createTempDirectory("congvu-kit");
		Files.createDirectories(kit.resolve("bin"));
		Files.copy(DIST.resolve("congvu"), kit.resolve("bin/congvu"));
		List<String> command = new ArrayList<>(List.of(analyze.toString(), "verify"));
		for (String unit : List.of("congvu.service", "congvu-backup.service", "congvu-backup.timer")) {
			Files.writeString(kit.resolve(unit), Files.readString(DIST.resolve(unit)).replace("/opt/congvu",
					kit.toString()));
			command.add(kit.resolve(unit).toString());
		}
		Process verify = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(output).as("systemd-analyze verify says nothing of a good unit").isEmpty();
		assertThat(verify.exitValue()).isZero();
		String service = Files.readString(DIST.resolve("congvu.service"));
		assertThat(service).contains("User=congvu", "Restart=on-failure", "EnvironmentFile=/etc/congvu/congvu.env",
				"ProtectSystem=strict", "ReadWritePaths=/var/lib/congvu");
	}

	@Test
	void theLauncherIsValidShell() throws Exception {
		Process check = new ProcessBuilder("sh", "-n", DIST.resolve("congvu").toString()).redirectErrorStream(true)
			.start();
		String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(check.waitFor()).as(output).isZero();
		assertThat(Files.isExecutable(DIST.resolve("congvu"))).isTrue();
	}

	/** The environment variables the application reads: its properties' placeholders and its own settings. */
	private static Set<String> settingsRead() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
			properties.load(in);
		}
		Set<String> read = new TreeSet<>();
		Pattern placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)");
		for (String value : properties.stringPropertyNames().stream().map(properties::getProperty).toList()) {
			Matcher m = placeholder.matcher(value);
			while (m.find()) {
				read.add(m.group(1));
			}
		}
		Pattern setting = Pattern.compile("\"\\$\\{(congvu\\.[a-z0-9.-]+)");
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = setting.matcher(Files.readString(source));
				while (m.find()) {
					String key = m.group(1);
					if (!NOT_SETTINGS.contains(key) && !properties.containsKey(key)) {
						read.add(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
					}
				}
			}
		}
		return read;
	}
}
