package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.congvu.conduct.discipline.CaseStage;
import vn.congvu.conduct.violations.ViolationStatus;
import vn.congvu.feedback.ReportStatus;

/**
 * The audit log speaks in words: every action the code records, and every kind of record it names, has words in
 * Vietnamese and English. Actions built from a state ("violation." + the new status) are expanded from the states
 * they can reach; a new action built that way fails here until its states are listed.
 */
class AuditActionWordsTests {

	/** {@code audit.record("action", "entity"} and the two actions of a {@code cond ? "a" : "b"} first argument. */
	private static final Pattern LITERAL = Pattern.compile("audit\\.record\\(\\s*\"([\\w.]+)\",\\s*\"(\\w+)\"");
	private static final Pattern CHOICE = Pattern
		.compile("audit\\.record\\([^\"]*\\?\\s*\"([\\w.]+)\"\\s*:\\s*\"([\\w.]+)\",\\s*\"(\\w+)\"");
	private static final Pattern BUILT = Pattern.compile("audit\\.record\\(\\s*\"([\\w]+\\.)\"\\s*\\+[^,]+,\\s*\"(\\w+)\"");

	/** The states each built action can name, lower-cased as the code writes them. */
	private static final Map<String, List<String>> BUILT_STATES = Map.of(
			"violation.", states(ViolationStatus.values(), "RECORDED"),
			"case.", states(CaseStage.values(), "OPENED"),
			"report.", states(ReportStatus.values(), "RECEIVED"),
			"scorecard.", List.of("self", "supervisor", "head"),
			"article.", List.of("in_review", "scheduled", "draft", "unpublished"),
			"example.", List.of("published", "returned", "withdrawn"));

	@Test
	void everyRecordedActionAndRecordKindHasWords() throws IOException {
		Set<String> keys = new TreeSet<>();
		Set<String> built = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher literal = LITERAL.matcher(source);
				while (literal.find()) {
					keys.add("audit.action." + literal.group(1));
					keys.add("audit.entity." + literal.group(2));
				}
				Matcher choice = CHOICE.matcher(source);
				while (choice.find()) {
					keys.add("audit.action." + choice.group(1));
					keys.add("audit.action." + choice.group(2));
					keys.add("audit.entity." + choice.group(3));
				}
				Matcher prefix = BUILT.matcher(source);
				while (prefix.find()) {
					built.add(prefix.group(1));
					keys.add("audit.entity." + prefix.group(2));
				}
			}
		}
		assertThat(built).as("actions built from a state").isEqualTo(BUILT_STATES.keySet());
		BUILT_STATES.forEach((prefix, states) -> states.forEach(state -> keys.add("audit.action." + prefix + state)));
		assertThat(keys).hasSizeGreaterThan(150);
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Properties messages = new Properties();
			try (var in = getClass().getResourceAsStream(bundle)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(messages.stringPropertyNames()).as(bundle).containsAll(keys);
		}
	}

	private static List<String> states(Enum<?>[] values, String initial) {
		return Arrays.stream(values).map(Enum::name).filter(name -> !name.equals(initial))
			.map(name -> name.toLowerCase(Locale.ROOT)).toList();
	}
}
