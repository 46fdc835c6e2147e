package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key exists in Vietnamese and English, and every literal key a template uses exists. */
class MessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> vietnamese = keys("/messages.properties");
		Set<String> english = keys("/messages_en.properties");
		assertThat(vietnamese).as("keys missing in English").isSubsetOf(english);
		assertThat(english).as("keys missing in Vietnamese").isSubsetOf(vietnamese);
		assertThat(vietnamese).hasSizeGreaterThan(100);
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Set<String> seen = new TreeSet<>();
			Set<String> twice = new TreeSet<>();
			try (InputStream in = MessagesTests.class.getResourceAsStream(bundle)) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					int equals = line.indexOf('=');
					if (equals > 0 && !line.startsWith("#") && !seen.add(line.substring(0, equals).strip())) {
						twice.add(line.substring(0, equals).strip());
					}
				}
			}
			assertThat(seen).as(bundle).hasSizeGreaterThan(100);
			assertThat(twice).as(bundle + ": a second definition silently replaces the first").isEmpty();
		}
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Properties properties = load(bundle);
			properties.forEach((key, value) -> assertThat(value.toString()).as(bundle + " " + key).isNotBlank());
		}
	}

	/** In a message with arguments a straight apostrophe starts a quoted part: what follows it would show raw. */
	@Test
	void noMessageWithArgumentsHasAStraightApostrophe() throws IOException {
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Properties properties = load(bundle);
			for (String key : properties.stringPropertyNames()) {
				String message = properties.getProperty(key);
				if (message.matches("(?s).*\\{\\d.*") && message.replace("''", "").contains("'")) {
					org.assertj.core.api.Assertions.fail(bundle + ": " + key + " has a straight apostrophe: " + message);
				}
			}
		}
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = keys("/messages.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(50);
		assertThat(known).containsAll(used);
	}

	@Test
	void everyEnumLabelExistsForEveryConstant() throws IOException {
		Set<String> known = keys("/messages.properties");
		Class<?>[] labelled = { vn.congvu.orgunit.OrgUnitType.class, vn.congvu.orgunit.ReorganisationKind.class,
				vn.congvu.staff.StaffCategory.class, vn.congvu.staff.Gender.class, vn.congvu.staff.Leadership.class,
				vn.congvu.platform.Role.class, vn.congvu.conduct.discipline.DisciplinaryMeasure.class,
				vn.congvu.feedback.ReportKind.class, vn.congvu.feedback.ReportStatus.class,
				vn.congvu.feedback.SatisfactionElement.class, vn.congvu.conduct.inspections.InspectionKind.class,
				vn.congvu.conduct.violations.ViolationStatus.class, vn.congvu.conduct.violations.ViolationHandling.class,
				vn.congvu.conduct.violations.ViolationSeverity.class, vn.congvu.conduct.inspections.ChecklistResult.class,
				vn.congvu.conduct.inspections.CorrectiveActionStatus.class, vn.congvu.conduct.discipline.CaseStage.class,
				vn.congvu.conduct.discipline.PostponementReason.class };
		for (Class<?> type : labelled) {
			for (Object constant : type.getEnumConstants()) {
				assertThat(known).contains("enum." + type.getSimpleName() + "." + ((Enum<?>) constant).name());
			}
		}
	}

	private static Set<String> keys(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream(bundle)) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
