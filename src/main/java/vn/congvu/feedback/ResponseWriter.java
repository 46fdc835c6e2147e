package vn.congvu.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.GroupCommit;
import vn.congvu.platform.ServiceUnavailableException;
import vn.congvu.shared.ConflictException;

/**
 * Writes ratings with group commit: requests that arrive while a commit is under way wait in a queue and are written
 * together in the next transaction, so one disk flush acknowledges many ratings. A caller's future completes only
 * after its transaction has committed (with {@code synchronous_commit=on}), so a 201 always means "durably stored".
 */
@Component
class ResponseWriter extends GroupCommit<ResponseWriter.Pending> {

	private static final Logger log = LoggerFactory.getLogger(ResponseWriter.class);
	static final int MAX_BATCH = 500;
	static final int WRITERS = Integer.getInteger("congvu.feedback.writers", 2);

	/** A validated rating waiting to be written. */
	record NewResponse(UUID id, @Nullable UUID clientRef, long servicePointId, long unitId, long surveyId,
			Channel channel, @Nullable Long kioskId, @Nullable String receiptCode, @Nullable String comment,
			boolean burst, Instant receivedAt, Map<String, Integer> answers) {
	}

	record Pending(NewResponse response, CompletableFuture<UUID> result) {
	}

	/** Stores a batch of ratings, each counted for the officer on duty at its desk when it was given. */
	private static final String INSERT_RESPONSES = """
			insert into feedback.response (id, client_ref, service_point_id, unit_id, staff_id, survey_id, channel,
			    kiosk_id, receipt_code, comment, burst, received_at)
			select r.id, r.ref, r.point, r.unit,
			       %s,
			       r.survey, r.channel, r.kiosk, r.receipt, r.comment, r.burst, to_timestamp(r.micros / 1e6)
			from unnest(:ids::uuid[], :refs::uuid[], :points::bigint[], :units::bigint[], :surveys::bigint[],
			            :channels::varchar[], :kiosks::bigint[], :receipts::varchar[], :comments::text[],
			            :bursts::boolean[], :micros::bigint[])
			     as r (id, ref, point, unit, survey, channel, kiosk, receipt, comment, burst, micros)
			on conflict do nothing
			returning id
			""".formatted(OfficerOnDuty.staffId("r.point", "to_timestamp(r.micros / 1e6)"));

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final AuditLog audit;

	/**
	 * Two writers: while one commits (waiting for the disk, holding the audit chain), the other prepares the next
	 * batch, so the disk is never idle.
	 */
	ResponseWriter(JdbcClient jdbc, TransactionTemplate transaction, AuditLog audit) {
		super("feedback-writer", 20_000, MAX_BATCH, WRITERS, false);
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.audit = audit;
	}

	/** Queues a rating; the future gives its id once committed (or the stored id for a repeated clientRef). */
	CompletableFuture<UUID> submit(NewResponse response) {
		CompletableFuture<UUID> result = new CompletableFuture<>();
		if (!offer(new Pending(response, result))) {
			result.completeExceptionally(new ServiceUnavailableException(2, null));
		}
		return result;
	}

	@Override
	protected void write(List<Pending> batch) {
		Map<UUID, UUID> stored;
		long t0 = System.nanoTime();
		try {
			stored = transaction.execute(status -> insert(batch));
			if (log.isDebugEnabled()) {
				log.debug("Stored a batch of {} ratings in {} µs", batch.size(), (System.nanoTime() - t0) / 1000);
			}
		}
		catch (RuntimeException ex) {
			if (refused(ex) && batch.size() > 1) {
				// The database refused something in the batch: write each rating alone, so that one bad rating
				// fails only its own request and never the others written with it.
				batch.forEach(pending -> write(List.of(pending)));
				return;
			}
			log.warn("Could not store {} ratings: {}", batch.size(), ex.getMessage());
			batch.forEach(p -> p.result().completeExceptionally(refused(ex)
					? new vn.congvu.shared.InvalidInputException("feedback.refused")
					: new ServiceUnavailableException(5, ex)));
			return;
		}
		for (Pending pending : batch) {
			UUID id = stored.get(pending.response().id());
			if (id != null) {
				pending.result().complete(id);
			}
			else {
				pending.result().completeExceptionally(
						new ConflictException("feedback.receiptUsed", pending.response().receiptCode()));
			}
		}
	}

	/**
	 * Whether the database refused the data itself (SQL states 22: data exception, 23: constraint) rather than being
	 * away: a refusal is the sender's fault (400), anything else means "try later" (503).
	 */
	private static boolean refused(RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
				return true;
			}
		}
		return false;
	}

	/** Writes ratings at once in the caller's transaction (imports of earlier ratings, e.g. paper surveys). */
	int writeNow(List<NewResponse> responses) {
		return insert(responses.stream().map(r -> new Pending(r, new CompletableFuture<>())).toList()).size();
	}

	/** Inserts the batch in one statement per table; returns, per queued id, the id that now holds the rating. */
	private Map<UUID, UUID> insert(List<Pending> batch) {
		int n = batch.size();
		UUID[] ids = new UUID[n];
		UUID[] refs = new UUID[n];
		Long[] points = new Long[n];
		Long[] units = new Long[n];
		Long[] surveys = new Long[n];
		String[] channels = new String[n];
		Long[] kiosks = new Long[n];
		String[] receipts = new String[n];
		String[] comments = new String[n];
		Boolean[] bursts = new Boolean[n];
		Long[] micros = new Long[n];
		List<UUID> answerIds = new ArrayList<>();
		List<String> answerCodes = new ArrayList<>();
		List<Integer> answerValues = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			NewResponse r = batch.get(i).response();
			ids[i] = r.id();
			refs[i] = r.clientRef();
			points[i] = r.servicePointId();
			units[i] = r.unitId();
			surveys[i] = r.surveyId();
			channels[i] = r.channel().name();
			kiosks[i] = r.kioskId();
			receipts[i] = r.receiptCode();
			comments[i] = r.comment();
			bursts[i] = r.burst();
			micros[i] = r.receivedAt().getEpochSecond() * 1_000_000 + r.receivedAt().getNano() / 1_000;
			r.answers().forEach((code, value) -> {
				answerIds.add(r.id());
				answerCodes.add(code);
				answerValues.add(value);
			});
		}
		// The officer on duty at that desk at that moment is found in the same statement.
		Set<UUID> inserted = new HashSet<>(jdbc.sql(INSERT_RESPONSES)
			.param("ids", ids).param("refs", refs).param("points", points).param("units", units)
			.param("surveys", surveys).param("channels", channels).param("kiosks", kiosks)
			.param("receipts", receipts).param("comments", comments).param("bursts", bursts)
			.param("micros", micros).query(UUID.class).list());
		List<Integer> keep = new ArrayList<>();
		for (int i = 0; i < answerIds.size(); i++) {
			if (inserted.contains(answerIds.get(i))) {
				keep.add(i);
			}
		}
		if (!keep.isEmpty()) {
			jdbc.sql("""
					insert into feedback.answer (response_id, question_code, value)
					select * from unnest(:ids::uuid[], :codes::varchar[], :values::int[])""")
				.param("ids", keep.stream().map(answerIds::get).toArray(UUID[]::new))
				.param("codes", keep.stream().map(answerCodes::get).toArray(String[]::new))
				.param("values", keep.stream().map(answerValues::get).toArray(Integer[]::new)).update();
		}
		Map<UUID, UUID> result = new HashMap<>();
		List<UUID> retried = new ArrayList<>();
		for (Pending pending : batch) {
			NewResponse r = pending.response();
			if (inserted.contains(r.id())) {
				result.put(r.id(), r.id());
			}
			else if (r.clientRef() != null) {
				retried.add(r.clientRef());
			}
		}
		if (!retried.isEmpty()) {
			Map<UUID, UUID> byRef = new HashMap<>();
			jdbc.sql("select client_ref, id from feedback.response where client_ref = any(:refs::uuid[])")
				.param("refs", retried.toArray(UUID[]::new))
				.query((rs, i) -> byRef.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
			batch.stream().map(Pending::response).filter(r -> !inserted.contains(r.id()) && r.clientRef() != null)
				.forEach(r -> {
					UUID existing = byRef.get(r.clientRef());
					if (existing != null) {
						result.put(r.id(), existing);
					}
				});
		}
		if (!inserted.isEmpty()) {
			audit.record("feedback.received", "responseBatch", inserted.size(), null,
					Map.of("responses", inserted.stream().map(UUID::toString).sorted().toList()));
		}
		return result;
	}
}
