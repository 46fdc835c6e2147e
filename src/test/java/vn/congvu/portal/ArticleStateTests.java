package vn.congvu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;

/** The editorial workflow's moves, and what each role may do with an article in each state. */
class ArticleStateTests {

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({
			"DRAFT,       DRAFT,       true", // saving a draft
			"DRAFT,       IN_REVIEW,   true",
			"DRAFT,       SCHEDULED,   false", // nothing is public without a review
			"DRAFT,       UNPUBLISHED, false",
			"IN_REVIEW,   SCHEDULED,   true",
			"IN_REVIEW,   DRAFT,       true", // returned to its editor
			"IN_REVIEW,   IN_REVIEW,   false",
			"IN_REVIEW,   UNPUBLISHED, false",
			"SCHEDULED,   UNPUBLISHED, true",
			"SCHEDULED,   DRAFT,       false", // taken off the site first
			"SCHEDULED,   IN_REVIEW,   false",
			"UNPUBLISHED, DRAFT,       true", // edited again
			"UNPUBLISHED, IN_REVIEW,   false",
			"UNPUBLISHED, SCHEDULED,   false",
	})
	void movesFollowTheWorkflow(ArticleState from, ArticleState to, boolean allowed) {
		assertThat(from.canBecome(to)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0}: editable {1}")
	@CsvSource({ "DRAFT, true", "IN_REVIEW, false", "SCHEDULED, false", "UNPUBLISHED, true" })
	void onlyDraftsAndUnpublishedArticlesAreEdited(ArticleState state, boolean editable) {
		assertThat(state.editable()).isEqualTo(editable);
	}

	@ParameterizedTest(name = "{0} → {1}: the reviewer's decision {2}")
	@CsvSource({ "DRAFT, IN_REVIEW, false", "IN_REVIEW, SCHEDULED, true", "IN_REVIEW, DRAFT, true",
			"SCHEDULED, UNPUBLISHED, true", "UNPUBLISHED, DRAFT, false", "DRAFT, DRAFT, false" })
	void reviewersDecisionsAreTheOnesThatKeepTheirName(ArticleState from, ArticleState to, boolean decision) {
		assertThat(from.reviewersDecision(to)).isEqualTo(decision);
	}

	@ParameterizedTest(name = "{0}, own article {1}, {2}: edit {3}, submit {4}, review {5}, unpublish {6}")
	@CsvSource({
			"EDITOR,          false, DRAFT,       true,  true,  false, false",
			"EDITOR,          false, IN_REVIEW,   false, false, false, false",
			"EDITOR,          false, UNPUBLISHED, true,  false, false, false",
			"EDITOR,          false, SCHEDULED,   false, false, false, false",
			"UNIT_HEAD,       false, IN_REVIEW,   false, false, true,  false",
			"UNIT_HEAD,       true,  IN_REVIEW,   false, false, false, false", // nobody approves their own
			"UNIT_HEAD,       true,  SCHEDULED,   false, false, false, true",
			"UNIT_HEAD,       false, DRAFT,       true,  true,  false, false",
			"STAFF,           false, DRAFT,       false, false, false, false",
			"STAFF,           false, IN_REVIEW,   false, false, false, false",
	})
	void accessFollowsTheRoleTheStateAndTheAuthor(Role role, boolean own, ArticleState state, boolean edit,
			boolean submit, boolean review, boolean unpublish) {
		Viewer viewer = new Viewer("nguoi-xem", "Người xem", role, 1L, "/1/", null, false);
		OffsetDateTime now = OffsetDateTime.of(2026, 12, 8, 9, 0, 0, 0, ZoneOffset.ofHours(7));
		News.Article article = new News.Article(1, 1, "Phường Cửa Nam", 1, "Tin tức", "Tiêu đề", "Tóm tắt", "<p>Bài</p>",
				null, state, null, own ? "nguoi-xem" : "bien-tap-vien", "Biên tập viên", null, null, now, 1, null);
		assertThat(ArticleAccess.of(viewer, article))
			.isEqualTo(new ArticleAccess(edit, submit, review, unpublish));
	}
}
