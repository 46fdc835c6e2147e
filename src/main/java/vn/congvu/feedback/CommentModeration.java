package vn.congvu.feedback;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.CurrentUser;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;

/** Kiểm duyệt góp ý: hides an abusive comment (or shows it again); nothing is ever deleted, every step is logged. */
@Service
@Transactional
public class CommentModeration {

	private final JdbcClient jdbc;
	private final AuditLog audit;

	CommentModeration(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Hides or shows the comment of a rating whose unit lies in {@code scopePath}. */
	public void setHidden(UUID responseId, boolean hidden, String reason, String scopePath) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("moderation.reasonRequired");
		}
		int changed = jdbc.sql("""
				update feedback.response r set comment_hidden = :hidden
				from orgunit.org_unit u
				where r.id = :id and u.id = r.unit_id and u.path like :scope || '%' and r.comment is not null""")
			.param("hidden", hidden).param("id", responseId).param("scope", scopePath).update();
		if (changed == 0) {
			throw new RecordNotFoundException("response", responseId);
		}
		jdbc.sql("""
				insert into feedback.comment_moderation (response_id, hidden, reason, actor)
				values (:id, :hidden, :reason, :actor)""")
			.param("id", responseId).param("hidden", hidden).param("reason", reason.strip())
			.param("actor", CurrentUser.actorName()).update();
		audit.record(hidden ? "comment.hide" : "comment.show", "response", responseId, null,
				Map.of("reason", reason.strip()));
	}
}
