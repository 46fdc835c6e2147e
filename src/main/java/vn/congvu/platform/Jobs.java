package vn.congvu.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Tác vụ nền: long work (imports, exports, recomputations) runs here instead of in the request. Progress is kept in
 * the database, so any app node can show the progress bar.
 */
@Service
public class Jobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Jobs.class);

	private final JdbcClient jdbc;
	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final TransactionTemplate ownTransaction;
	private final MeterRegistry metrics;

	Jobs(JdbcClient jdbc, PlatformTransactionManager transactions, MeterRegistry metrics) {
		this.jdbc = jdbc;
		this.metrics = metrics;
		// Progress is written in its own transaction, so pollers see it while the job's work is still uncommitted.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** What a job reports while it runs. */
	public interface Progress {

		void update(int done, int total);
	}

	/** The work of a job: returns a result text (often JSON) shown when it ends. */
	@FunctionalInterface
	public interface Work {

		String run(Progress progress) throws Exception;
	}

	/** A job as its owner sees it. */
	public record JobView(UUID id, String kind, String owner, String status, int done, int total,
			@Nullable String result) {

		public int percent() {
			return total <= 0 ? (finished() ? 100 : 0) : Math.min(100, done * 100 / total);
		}

		public boolean finished() {
			return "SUCCEEDED".equals(status) || "FAILED".equals(status);
		}
	}

	/** Starts {@code work} in the background for the viewer and returns the job id at once. */
	public UUID start(Viewer viewer, String kind, Work work) {
		UUID id = UUID.randomUUID();
		String owner = viewer.username();
		jdbc.sql("insert into platform.job (id, kind, owner, status) values (:id, :kind, :owner, 'RUNNING')")
			.param("id", id).param("kind", kind).param("owner", owner).update();
		SecurityContext context = SecurityContextHolder.getContext();
		executor.submit(() -> {
			SecurityContextHolder.setContext(context);
			Timer.Sample timing = Timer.start(metrics);
			String outcome = "failed";
			try {
				String result = work.run((done, total) -> ownTransaction.executeWithoutResult(status -> jdbc
					.sql("update platform.job set done = :done, total = :total where id = :id")
					.param("done", done).param("total", total).param("id", id).update()));
				finish(id, "SUCCEEDED", result);
				outcome = "succeeded";
			}
			catch (Exception ex) {
				log.error("Job {} ({}) failed", id, kind, ex);
				finish(id, "FAILED", null);
			}
			finally {
				timing.stop(Timer.builder("congvu.jobs").description("Background jobs (close, round, imports), run to their end")
					.tag("kind", kind).tag("outcome", outcome).register(metrics));
				SecurityContextHolder.clearContext();
			}
		});
		return id;
	}

	/** The job if the viewer started it; anyone else's job answers "not found". */
	public JobView find(Viewer viewer, UUID id) {
		return jdbc.sql("select id, kind, owner, status, done, total, result from platform.job where id = :id")
			.param("id", id).query(Rows.as(JobView.class)).optional()
			.filter(job -> job.owner().equals(viewer.username()))
			.orElseThrow(() -> new RecordNotFoundException("job", id));
	}

	private void finish(UUID id, String status, @Nullable String result) {
		jdbc.sql("update platform.job set status = :status, result = :result, finished_at = now() where id = :id")
			.param("status", status).param("result", result).param("id", id).update();
	}

	@Override
	public void destroy() {
		executor.close();
	}
}
