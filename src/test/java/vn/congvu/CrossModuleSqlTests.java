package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL reads another module's data only through the views that module publishes
 * ({@code <schema>.published_*}), never its tables: each module may then change its tables behind its views.
 */
class CrossModuleSqlTests {

	private static final Set<String> SCHEMAS = Set.of("platform", "orgunit", "staff", "feedback", "conduct",
			"evaluation", "emulation", "reformindex", "portal", "reporting");
	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);
	private static final Pattern TABLE = Pattern.compile("\\b(platform|orgunit|staff|feedback|conduct|evaluation|emulation|reformindex|portal|reporting)\\.([a-z_]+)\\b");

	@Test
	void sqlReadsOtherModulesOnlyThroughTheirPublishedViews() throws IOException {
		Path root = Path.of("src/main/java/vn/congvu");
		List<String> found = new ArrayList<>();
		int statements = 0;
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				String module = root.relativize(file).getName(0).toString();
				Matcher literal = STRING.matcher(Files.readString(file));
				while (literal.find()) {
					String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
					Matcher table = TABLE.matcher(text);
					while (table.find()) {
						statements++;
						if (!table.group(1).equals(module) && SCHEMAS.contains(table.group(1))
								&& !table.group(2).startsWith("published_")) {
							found.add(root.relativize(file) + ": " + table.group());
						}
					}
				}
			}
		}
		assertThat(statements).as("the scan finds the project's SQL").isGreaterThan(100);
		assertThat(found).isEmpty();
	}
}
