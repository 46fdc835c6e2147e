package vn.congvu.feedback;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;

/** Kiểm duyệt góp ý: hides an abusive comment (or shows it again); nothing is ever deleted, every step is logged. */
@Service
@Transactional
public class CommentModeration {

	static final int MAX_REASON = 500;

	private final JdbcClient jdbc;
	private final AuditLog audit;

	CommentModeration(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Hides or shows the comment of a rating whose unit lies in the viewer's scope. Officers of the scope moderate; a
	 * unit head never moderates what citizens say about the unit. The reason is kept and shown beside the comment.
	 */
	public void setHidden(Viewer viewer, UUID responseId, boolean hidden, String reason) {
		NotPermittedException.unless(viewer.mayModerateComments());
		TextLimits.requireReason(reason, "moderation.reasonRequired", MAX_REASON);
		int changed = jdbc.sql("""
				update feedback.response r set comment_hidden = :hidden
				from orgunit.published_unit u
				where r.id = :id and u.id = r.unit_id and u.path like :scope || '%' and r.comment is not null""")
			.param("hidden", hidden).param("id", responseId).param("scope", viewer.scopePath()).update();
		if (changed == 0) {
			throw new RecordNotFoundException("response", responseId);
		}
		jdbc.sql("""
				insert into feedback.comment_moderation (response_id, hidden, reason, actor)
				values (:id, :hidden, :reason, :actor)""")
			.param("id", responseId).param("hidden", hidden).param("reason", reason.strip())
			.param("actor", viewer.username()).update();
		audit.record(hidden ? "comment.hide" : "comment.show", "response", responseId, null,
				Map.of("reason", reason.strip()));
	}
}
