package vn.congvu.platform;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs one query with a plan made for its actual parameters ({@code plan_cache_mode = force_custom_plan}), and only
 * that query: the setting is put back before anything else runs in the transaction. Left on, it made every later
 * foreign-key check of the transaction plan its lookup afresh: the monthly close, which reads the satisfaction index
 * before writing 100,000 scorecards, took four times as long in those checks (11 s instead of 3 s).
 */
public final class CustomPlans {

	private CustomPlans() {
	}

	/** The query's result, planned for its own values; must run inside the caller's transaction to take effect. */
	public static <T> T run(JdbcClient jdbc, Supplier<T> query) {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		T result = query.get();
		// not in a finally: a query that failed has aborted the transaction, which forgets the setting anyway
		jdbc.sql("set local plan_cache_mode to default").update();
		return result;
	}
}
