package vn.congvu.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Nhật ký thao tác: an append-only, hash-chained log of every write. Each entry is written in the transaction of the
 * write it describes, so a rolled-back write leaves no entry and a committed one always has one.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);
	private static final long CHAIN_LOCK = 0x636f6e67767541L; // serialises appends so the chain has no forks

	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** A stored entry. */
	public record Entry(long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
			String entityId, @Nullable String beforeState, @Nullable String afterState, String prevHash, String hash) {

		/** When it happened, in Vietnam's time. */
		public java.time.LocalDateTime localTime() {
			return occurredAt.atZoneSameInstant(ClockConfiguration.VIETNAM).toLocalDateTime();
		}
	}

	/** Records a write by the current user; {@code before}/{@code after} are serialised to JSON. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Object entityId, @Nullable Object before,
			@Nullable Object after) {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query(Object.class).single();
		String prev = jdbc.sql("select hash from platform.audit_entry order by id desc limit 1").query(String.class)
			.optional().orElse(GENESIS);
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String actor = CurrentUser.actorName();
		String beforeJson = toJson(before);
		String afterJson = toJson(after);
		String id = String.valueOf(entityId);
		String hash = hash(prev, at, actor, action, entityType, id, beforeJson, afterJson);
		jdbc.sql("""
				insert into platform.audit_entry
				  (occurred_at, actor, action, entity_type, entity_id, before_state, after_state, prev_hash, hash)
				values (:at, :actor, :action, :type, :id, :before, :after, :prev, :hash)""")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("actor", actor).param("action", action)
			.param("type", entityType).param("id", id).param("before", beforeJson).param("after", afterJson)
			.param("prev", prev).param("hash", hash).update();
	}

	/** What happened to one record, oldest first: its history as a record's page shows it. */
	@Transactional(readOnly = true)
	public List<Entry> historyOf(String entityType, Object entityId) {
		return jdbc.sql("""
				select * from platform.audit_entry where entity_type = :type and entity_id = :id order by id""")
			.param("type", entityType).param("id", String.valueOf(entityId)).query(Rows.as(Entry.class)).list();
	}

	/** The newest entries first. */
	@Transactional(readOnly = true)
	public List<Entry> latest(int limit, int offset) {
		return jdbc.sql("select * from platform.audit_entry order by id desc limit :limit offset :offset")
			.param("limit", limit).param("offset", offset).query(Rows.as(Entry.class)).list();
	}

	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("select count(*) from platform.audit_entry").query(Long.class).single();
	}

	/** Walks the whole chain; returns the id of the first entry whose link or content does not check out. */
	@Transactional(readOnly = true)
	public Optional<Long> firstBrokenLink() {
		String[] expectedPrev = { GENESIS };
		Long[] broken = { null };
		jdbc.sql("select * from platform.audit_entry order by id").query(Rows.as(Entry.class)).stream().forEach(e -> {
			if (broken[0] != null) {
				return;
			}
			String recomputed = hash(e.prevHash(), e.occurredAt().toInstant(), e.actor(), e.action(), e.entityType(),
					e.entityId(), e.beforeState(), e.afterState());
			if (!e.prevHash().equals(expectedPrev[0]) || !recomputed.equals(e.hash())) {
				broken[0] = e.id();
			}
			expectedPrev[0] = e.hash();
		});
		return Optional.ofNullable(broken[0]);
	}

	static String hash(String prev, Instant at, String actor, String action, String type, String id,
			@Nullable String before, @Nullable String after) {
		String content = String.join("\u001f", prev, at.toString(), actor, action, type, id, String.valueOf(before),
				String.valueOf(after));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private @Nullable String toJson(@Nullable Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}
}
