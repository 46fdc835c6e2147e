package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.TestAccounts;
import vn.congvu.WebSession;
import vn.congvu.shared.InvalidInputException;

/**
 * A background job always ends: whatever it throws (an exhausted heap included) it ends as failed with a reason its
 * owner reads on the progress page and a way to run it again; a job whose node fell silent is ended by another.
 */
class JobFailuresIntegrationTests extends IntegrationTestSupport {

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	static Object[][] failures() {
		return new Object[][] { { new OutOfMemoryError("Java heap space"), "job.failed.memory" },
				{ new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")), "job.failed.memory" },
				{ new DataAccessResourceFailureException("connection refused"), "job.failed.database" },
				{ new InvalidInputException("scorecard.monthNotEnded"), "job.failed.refused" },
				{ new IllegalArgumentException("a defect"), "job.failed.unexpected" },
				{ new StackOverflowError(), "job.failed.unexpected" } };
	}

	@ParameterizedTest(name = "{1} from {0}")
	@MethodSource("failures")
	void whateverAJobThrowsItEndsFailedWithAReasonAndAWayToRunItAgain(Throwable thrown, String reason) {
		String owner = testAccounts.create(Role.ADMINISTRATOR, null);
		signInAs(owner, Role.ADMINISTRATOR, null);
		UUID id = jobs.start(viewer(), "test.failing", "/evaluation", progress -> {
			progress.update(3, 10);
			if (thrown instanceof Error error) {
				throw error;
			}
			throw (RuntimeException) thrown;
		});
		Jobs.JobView job = awaitEnd(id);
		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.failure()).isEqualTo(reason);
		assertThat(job.retryPath()).isEqualTo("/evaluation");
		assertThat(job.result()).isNull();
		signOut();
	}

	@Test
	void theProgressPageTellsTheOwnerWhyAndOffersToRunTheCloseAgain() {
		String owner = testAccounts.create(Role.ADMINISTRATOR, null);
		signInAs(owner, Role.ADMINISTRATOR, null);
		UUID id = jobs.start(viewer(), "evaluation.close", "/evaluation/units/1/calibration?month=2026-10", progress -> {
			throw new OutOfMemoryError("Java heap space");
		});
		awaitEnd(id);
		signOut();
		WebSession session = new WebSession(baseUrl());
		session.signIn(owner, TestAccounts.PASSWORD);
		String page = session.get("/evaluation/close/" + id).body();
		assertThat(page).contains("Tác vụ cần nhiều bộ nhớ hơn máy chủ hiện có nên đã dừng")
			.contains("không có dữ liệu nào được ghi").contains("Mã tham chiếu: " + id)
			.contains("href=\"/evaluation/units/1/calibration?month=2026-10\"").contains("Chạy lại")
			.doesNotContain("Java heap space").doesNotContain("data-hx-get"); // it has ended: no more polling
		WebSession someoneElse = new WebSession(baseUrl());
		someoneElse.signIn(testAccounts.create(Role.ADMINISTRATOR, null), TestAccounts.PASSWORD);
		assertThat(someoneElse.get("/evaluation/close/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void aJobWhoseNodeFellSilentEndsAsInterruptedWhileALiveOneRuns() {
		UUID silent = UUID.randomUUID();
		UUID alive = UUID.randomUUID();
		jdbc.sql("""
				insert into platform.job (id, kind, owner, status, retry_path, heartbeat_at, created_at)
				values (:silent, 'evaluation.close', 'someone', 'RUNNING', '/evaluation', now() - interval '61 seconds',
				        now() - interval '5 minutes'),
				       (:alive, 'evaluation.close', 'someone', 'RUNNING', '/evaluation', now() - interval '20 seconds',
				        now() - interval '5 minutes')""").param("silent", silent).param("alive", alive).update();
		assertThat(jobs.endSilentJobs()).isGreaterThanOrEqualTo(1);
		assertThat(statusAndFailure(silent)).isEqualTo("FAILED job.failed.interrupted");
		assertThat(statusAndFailure(alive)).isEqualTo("RUNNING null");
		jdbc.sql("update platform.job set status = 'FAILED' where id = :id").param("id", alive).update();
	}

	@Test
	void aRunningJobKeepsItsHeartbeatFresh() throws InterruptedException {
		String owner = testAccounts.create(Role.ADMINISTRATOR, null);
		signInAs(owner, Role.ADMINISTRATOR, null);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		UUID id = jobs.start(viewer(), "test.slow", "/evaluation", progress -> {
			release.await();
			return "ok";
		});
		jdbc.sql("update platform.job set heartbeat_at = now() - interval '10 minutes' where id = :id").param("id", id)
			.update();
		jobs.beat();
		assertThat(statusAndFailure(id)).isEqualTo("RUNNING null");
		assertThat(jdbc.sql("select heartbeat_at > now() - interval '5 seconds' from platform.job where id = :id")
			.param("id", id).query(Boolean.class).single()).isTrue();
		release.countDown();
		assertThat(awaitEnd(id).status()).isEqualTo(JobStatus.SUCCEEDED);
		signOut();
	}

	private String statusAndFailure(UUID id) {
		return jdbc.sql("select status || ' ' || coalesce(failure, 'null') from platform.job where id = :id")
			.param("id", id).query(String.class).single();
	}

	private Jobs.JobView awaitEnd(UUID id) {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			Jobs.JobView job = jobs.find(viewer(), id);
			if (job.finished()) {
				return job;
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("job " + id + " did not end within 30 s");
	}
}
