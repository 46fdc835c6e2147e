package vn.congvu.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * the database, so any app node can show the progress bar. A job always ends: done, or failed with a reason its owner
 * can read (a message key) and the page where it can be run again — whatever went wrong, an exhausted heap included.
 * Each node beats for its running jobs every ten seconds; a job whose node fell silent for a minute (stopped, killed,
 * cut off) is ended as interrupted by whichever node notices.
 */
@Service
public class Jobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Jobs.class);

	private final JdbcClient jdbc;
	static final Duration HEARTBEAT = Duration.ofSeconds(10);
	static final Duration SILENCE = Duration.ofSeconds(60);

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
	private final Set<UUID> running = ConcurrentHashMap.newKeySet();
	private final ScheduledExecutorService heart = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("jobs-heartbeat").factory());

	private final TransactionTemplate ownTransaction;
	private final MeterRegistry metrics;

	Jobs(JdbcClient jdbc, PlatformTransactionManager transactions, MeterRegistry metrics) {
		this.jdbc = jdbc;
		this.metrics = metrics;
		// Progress is written in its own transaction, so pollers see it while the job's work is still uncommitted.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		heart.scheduleWithFixedDelay(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
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
	public record JobView(UUID id, String kind, String owner, JobStatus status, int done, int total,
			@Nullable String result, @Nullable String failure, @Nullable String retryPath) {

		public int percent() {
			return total <= 0 ? (finished() ? 100 : 0) : Math.min(100, done * 100 / total);
		}

		public boolean finished() {
			return status.finished();
		}
	}

	/**
	 * Starts {@code work} in the background for the viewer and returns the job id at once; {@code retryPath} is the
	 * page where the viewer can start it again should it fail.
	 */
	public UUID start(Viewer viewer, String kind, String retryPath, Work work) {
		UUID id = UUID.randomUUID();
		String owner = viewer.username();
		jdbc.sql("""
				insert into platform.job (id, kind, owner, status, retry_path, heartbeat_at)
				values (:id, :kind, :owner, 'RUNNING', :retry, now())""")
			.param("id", id).param("kind", kind).param("owner", owner).param("retry", retryPath).update();
		SecurityContext context = SecurityContextHolder.getContext();
		running.add(id);
		executor.submit(() -> {
			SecurityContextHolder.setContext(context);
			Timer.Sample timing = Timer.start(metrics);
			String outcome = "failed";
			try {
				String result = work.run((done, total) -> ownTransaction.executeWithoutResult(status -> jdbc
					.sql("update platform.job set done = :done, total = :total where id = :id")
					.param("done", done).param("total", total).param("id", id).update()));
				finish(id, JobStatus.SUCCEEDED, result, null);
				outcome = "succeeded";
			}
			catch (Throwable failure) { // an Error too: a job that ran out of memory must not stay "running"
				log.error("Job {} ({}) failed", id, kind, failure);
				finishFailed(id, JobFailure.reasonOf(failure));
			}
			finally {
				running.remove(id);
				timing.stop(Timer.builder("congvu.jobs").description("Background jobs (close, round, imports), run to their end")
					.tag("kind", kind).tag("outcome", outcome).register(metrics));
				SecurityContextHolder.clearContext();
			}
		});
		return id;
	}

	/** The job if the viewer started it; anyone else's job answers "not found". */
	public JobView find(Viewer viewer, UUID id) {
		return jdbc.sql("""
				select id, kind, owner, status, done, total, result, failure, retry_path from platform.job where id = :id""")
			.param("id", id).query(Rows.as(JobView.class)).optional()
			.filter(job -> job.owner().equals(viewer.username()))
			.orElseThrow(() -> new RecordNotFoundException("job", id));
	}

	/** Ends a running job; only a running one moves (the statement says so too, against a concurrent sweep). */
	private void finish(UUID id, JobStatus status, @Nullable String result, @Nullable String failure) {
		JobStatus.RUNNING.requireMoveTo(status);
		jdbc.sql("""
				update platform.job set status = :status, result = :result, failure = :failure, finished_at = now()
				where id = :id and status = :running""")
			.param("status", status.name()).param("result", result).param("failure", failure).param("id", id)
			.param("running", JobStatus.RUNNING.name()).update();
	}

	/** Records the failure, trying again for a while if the database is what failed (it may come back). */
	private void finishFailed(UUID id, String reason) {
		for (int attempt = 0; attempt < 30; attempt++) {
			try {
				finish(id, JobStatus.FAILED, null, reason);
				return;
			}
			catch (RuntimeException unreachable) {
				log.warn("Job {} failed and its failure could not be recorded yet: {}", id, unreachable.getMessage());
				try {
					Thread.sleep(HEARTBEAT.toMillis());
				}
				catch (InterruptedException stop) {
					Thread.currentThread().interrupt();
					return; // the silence of its heartbeat will end it on any node
				}
			}
		}
	}

	/** This node's jobs are alive; those of a node silent for a minute are ended as interrupted. */
	void beat() {
		try {
			if (!running.isEmpty()) {
				jdbc.sql("update platform.job set heartbeat_at = now() where id = any(:ids) and status = 'RUNNING'")
					.param("ids", running.toArray(UUID[]::new)).update();
			}
			int ended = endSilentJobs();
			if (ended > 0) {
				log.warn("{} background job(s) were running on a node that fell silent; ended as interrupted", ended);
			}
		}
		catch (RuntimeException databaseAway) {
			log.debug("Job heartbeat skipped: {}", databaseAway.getMessage());
		}
	}

	/** Ends as interrupted the running jobs whose heartbeat has been silent longer than {@link #SILENCE}. */
	int endSilentJobs() {
		return jdbc.sql("""
				update platform.job set status = 'FAILED', failure = 'job.failed.interrupted', finished_at = now()
				where status = 'RUNNING' and coalesce(heartbeat_at, created_at) < now() - make_interval(secs => :silence)""")
			.param("silence", SILENCE.toSeconds()).update();
	}

	@Override
	public void destroy() {
		heart.shutdownNow();
		executor.close();
	}
}
