package vn.congvu.platform;

import org.junit.jupiter.api.Assumptions;

/**
 * A test that needs a program of the machine (a server, a checker) and does not find it: skipped with a loud notice
 * on a developer's machine, failed in CI ({@code CI=true}), where {@code .ci/run} installs it.
 */
final class MissingTool {

	private MissingTool() {
	}

	static void skipOrFail(String message) {
		if ("true".equals(System.getenv("CI"))) {
			throw new AssertionError(message);
		}
		System.err.println("\n*** SKIPPED: " + message + " ***\n");
		Assumptions.abort(message);
	}
}
