package vn.congvu.portal;

import vn.congvu.platform.Viewer;

/**
 * What a viewer may do with one article of their scope, for the article's page and for {@link News} itself: edit it
 * (an editor, while it is a draft or unpublished), send it for review (a draft), schedule or return it (a reviewer
 * other than its author, while it is in review: nobody approves their own article), take it off the site (a reviewer,
 * once scheduled).
 */
public record ArticleAccess(boolean mayEdit, boolean maySubmit, boolean mayReview, boolean mayUnpublish) {

	static ArticleAccess of(Viewer viewer, News.Article article) {
		boolean editor = viewer.mayWriteNews();
		boolean reviewer = viewer.mayReviewNews();
		boolean ownArticle = article.author().equals(viewer.username());
		ArticleState state = article.state();
		return new ArticleAccess(editor && state.editable(), editor && state.canBecome(ArticleState.IN_REVIEW),
				reviewer && !ownArticle && state.canBecome(ArticleState.SCHEDULED),
				reviewer && state.canBecome(ArticleState.UNPUBLISHED));
	}
}
