package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/** Every message key that Java code raises (invalid input, conflicts, not found) exists in both languages. */
class MessageKeysInCodeTests {

	private static final Pattern RAISED = Pattern
		.compile("(?:InvalidInputException|ConflictException|NotPermittedException)\\(\\s*\"([\\w.]+)\"");
	/** Keys handed to {@code TextLimits.requireReason(text, "key", max)}. */
	private static final Pattern REASON = Pattern.compile("requireReason\\([^,]+,\\s*\"([\\w.]+)\"");
	private static final Pattern NOT_FOUND = Pattern.compile("RecordNotFoundException\\(\\s*\"(\\w+)\"");

	@Test
	void everyRaisedKeyHasAMessage() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher raised = RAISED.matcher(source);
				while (raised.find()) {
					used.add(raised.group(1));
				}
				Matcher reason = REASON.matcher(source);
				while (reason.find()) {
					used.add(reason.group(1));
				}
				Matcher notFound = NOT_FOUND.matcher(source);
				while (notFound.find()) {
					used.add("error.notFound." + notFound.group(1));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(20);
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Properties messages = new Properties();
			try (var in = getClass().getResourceAsStream(bundle)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(messages.stringPropertyNames()).as(bundle).containsAll(used);
		}
	}
}
