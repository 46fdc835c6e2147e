package vn.congvu.emulation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.StoredFiles;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;

/**
 * Gương điển hình, người tốt việc tốt: a unit head or an officer writes the story of a person or a collective, with
 * photos made to web size; an officer other than the writer publishes it or sends it back with a reason, and may
 * withdraw it later. Published stories are public: {@link #published} and {@link #publishedPhoto} are what the
 * portal reads.
 */
@Service
@Transactional
public class GoodExamples {

	/** Photos are kept no larger than this on their longer side: enough for a page, small enough for a phone. */
	static final int PHOTO_SIDE = 1600;
	static final int MAX_PHOTOS = 6;

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final AuditLog audit;
	private final Clock clock;

	GoodExamples(JdbcClient jdbc, OrgUnitQueries units, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	public enum SubjectKind {
		PERSON, GROUP
	}

	public record NewExample(long unitId, @Nullable SubjectKind subjectKind, String subjectName, String headline,
			String story) {
	}

	public record Example(long id, long unitId, String unitName, String subjectKind, String subjectName,
			String headline, String story, String writtenBy, String writtenByUser, OffsetDateTime writtenAt,
			String status, @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt, @Nullable String note,
			Long[] photoIds) {
	}

	/** A published story as the public sees it: no workflow details, no user names. */
	public record PublishedExample(long id, long unitId, String unitName, String subjectKind, String subjectName,
			String headline, String story, OffsetDateTime publishedAt, Long[] photoIds) {
	}

	private static final String SELECT = """
			select e.id, e.unit_id, u.name as unit_name, e.subject_kind, e.subject_name, e.headline, e.story,
			       e.written_by, e.written_by_user, e.written_at, e.status, e.decided_by, e.decided_at, e.note,
			       array(select p.id from emulation.good_example_photo p where p.example_id = e.id order by p.id)
			         as photo_ids
			from emulation.good_example e join orgunit.published_unit u on u.id = e.unit_id
			""";

	public long write(Viewer viewer, NewExample example, List<UploadedFile> photos) {
		NotPermittedException.unless(viewer.mayProposeAwards());
		OrgUnitView unit = units.find(viewer, example.unitId());
		if (example.subjectKind() == null) {
			throw new InvalidInputException("example.subjectKindRequired");
		}
		for (String text : new String[] { example.subjectName(), example.headline(), example.story() }) {
			if (text == null || text.isBlank()) {
				throw new InvalidInputException("example.required");
			}
		}
		TextLimits.require(example.subjectName(), 300);
		TextLimits.require(example.headline(), 300);
		TextLimits.require(example.story(), 20_000);
		if (example.story().strip().length() < 100) {
			throw new InvalidInputException("example.storyTooShort", 100);
		}
		if (photos.isEmpty() || photos.size() > MAX_PHOTOS) {
			throw new InvalidInputException("example.photosCount", MAX_PHOTOS);
		}
		List<UploadedFile> web = photos.stream().map(p -> p.asWebPhoto(PHOTO_SIDE)).toList();
		long id = jdbc.sql("""
				insert into emulation.good_example (unit_id, subject_kind, subject_name, headline, story, written_by,
				    written_by_user, written_at)
				values (:u, :k, :n, :h, :s, :by, :user, :at) returning id""").param("u", unit.id())
			.param("k", example.subjectKind().name()).param("n", example.subjectName().strip())
			.param("h", example.headline().strip()).param("s", example.story().strip())
			.param("by", viewer.displayName()).param("user", viewer.username()).param("at", OffsetDateTime.now(clock))
			.query(Long.class).single();
		StoredFiles.store(jdbc, "emulation.good_example_photo", "example_id", id, web);
		audit.record("example.write", "good_example", id, null,
				Map.of("headline", example.headline().strip(), "photos", web.size()));
		return id;
	}

	/** Stories of the viewer's scope, those waiting first. */
	@Transactional(readOnly = true)
	public List<Example> inScope(Viewer viewer) {
		return jdbc.sql(SELECT + """
				where u.path like :scope || '%'
				order by (e.status = 'SUBMITTED') desc, coalesce(e.decided_at, e.written_at) desc limit 200""")
			.param("scope", viewer.scopePath()).query(Rows.as(Example.class)).list();
	}

	@Transactional(readOnly = true)
	public Example find(Viewer viewer, long id) {
		return jdbc.sql(SELECT + " where e.id = :id and u.path like :scope || '%'").param("id", id)
			.param("scope", viewer.scopePath()).query(Rows.as(Example.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("example", id));
	}

	/** Publishes a waiting story: the officer approving is not the one who wrote it. */
	public void publish(Viewer viewer, long id) {
		Example example = decidable(viewer, id, "SUBMITTED");
		if (example.writtenByUser().equals(viewer.username())) {
			throw new InvalidInputException("example.ownStory");
		}
		move(viewer, example, "PUBLISHED", null);
	}

	/** Sends a waiting story back to its writer with what to change. */
	public void sendBack(Viewer viewer, long id, String reason) {
		Example example = decidable(viewer, id, "SUBMITTED");
		move(viewer, example, "RETURNED", TextLimits.requireReason(reason, "example.reasonRequired", 2_000));
	}

	/** Takes a published story off the portal, with the reason. */
	public void withdraw(Viewer viewer, long id, String reason) {
		Example example = decidable(viewer, id, "PUBLISHED");
		move(viewer, example, "WITHDRAWN", TextLimits.requireReason(reason, "example.reasonRequired", 2_000));
	}

	private Example decidable(Viewer viewer, long id, String expected) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		Example example = find(viewer, id);
		if (!example.status().equals(expected)) {
			throw new InvalidInputException("example.wrongState");
		}
		return example;
	}

	private void move(Viewer viewer, Example example, String status, @Nullable String note) {
		int changed = jdbc.sql("""
				update emulation.good_example set status = :st, decided_by = :by, decided_at = :at, note = :note
				where id = :id and status = :was""").param("st", status).param("by", viewer.displayName())
			.param("at", OffsetDateTime.now(clock)).param("note", note).param("id", example.id())
			.param("was", example.status()).update();
		if (changed == 0) {
			throw new InvalidInputException("example.wrongState");
		}
		audit.record("example." + status.toLowerCase(java.util.Locale.ROOT), "good_example", example.id(),
				Map.of("status", example.status()),
				note == null ? Map.of("status", status) : Map.of("status", status, "reason", note));
	}

	/** A photo of a story the viewer may see. */
	@Transactional(readOnly = true)
	public UploadedFile photo(Viewer viewer, long id, long photoId) {
		find(viewer, id);
		return StoredFiles.load(jdbc, "emulation.good_example_photo", "example_id", id, photoId)
			.orElseThrow(() -> new RecordNotFoundException("file", photoId));
	}

	/** Published stories, newest first, of the units under {@code unitId} (every unit when null): public. */
	@Transactional(readOnly = true)
	public List<PublishedExample> published(@Nullable Long unitId, int limit) {
		String path = unitId == null ? "/" : units.pathOf(unitId);
		return jdbc.sql("""
				select e.id, e.unit_id, u.name as unit_name, e.subject_kind, e.subject_name, e.headline, e.story,
				       e.decided_at as published_at,
				       array(select p.id from emulation.good_example_photo p where p.example_id = e.id order by p.id)
				         as photo_ids
				from emulation.good_example e join orgunit.published_unit u on u.id = e.unit_id
				where e.status = 'PUBLISHED' and u.path like :path || '%'
				order by e.decided_at desc, e.id desc limit :limit""").param("path", path)
			.param("limit", Math.clamp(limit, 1, 100)).query(Rows.as(PublishedExample.class)).list();
	}

	/** A photo of a published story: public; anything else is "not found". */
	@Transactional(readOnly = true)
	public UploadedFile publishedPhoto(long id, long photoId) {
		boolean published = jdbc.sql("select status = 'PUBLISHED' from emulation.good_example where id = :id")
			.param("id", id).query(Boolean.class).optional().orElse(false);
		if (!published) {
			throw new RecordNotFoundException("file", photoId);
		}
		return StoredFiles.load(jdbc, "emulation.good_example_photo", "example_id", id, photoId)
			.orElseThrow(() -> new RecordNotFoundException("file", photoId));
	}
}
