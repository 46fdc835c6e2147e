package vn.congvu.portal.web;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link NewsController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class NewsForms {

	private NewsForms() {
	}

	/** The form of {@code NewsController.write}, as typed. */
	record Write(@Nullable Long unitId, @Nullable Long categoryId, @Nullable String title, @Nullable String summary,
			@Nullable String body, @Nullable String imageAlt) {

		Write {
			unitId = unitId == null ? 0L : unitId;
			categoryId = categoryId == null ? 0L : categoryId;
			title = title == null ? "" : title;
			summary = summary == null ? "" : summary;
			body = body == null ? "" : body;
			imageAlt = imageAlt == null ? "" : imageAlt;
		}
	}

	/** The form of {@code NewsController.save}, as typed. */
	record Save(@Nullable Integer version, @Nullable Long categoryId, @Nullable String title, @Nullable String summary,
			@Nullable String body, @Nullable String imageAlt) {

		Save {
			version = version == null ? 0 : version;
			categoryId = categoryId == null ? 0L : categoryId;
			title = title == null ? "" : title;
			summary = summary == null ? "" : summary;
			body = body == null ? "" : body;
			imageAlt = imageAlt == null ? "" : imageAlt;
		}
	}

	/** The form of {@code NewsController.approve}, as typed. */
	record Approve(@Nullable String publishOn, @Nullable String publishTime) {

		Approve {
			publishOn = publishOn == null ? "" : publishOn;
			publishTime = publishTime == null ? "" : publishTime;
		}
	}

	/** The form of {@code NewsController.returnToEditor}, as typed. */
	record ReturnToEditor(@Nullable String note) {

		ReturnToEditor {
			note = note == null ? "" : note;
		}
	}

	/** The form of {@code NewsController.unpublish}, as typed. */
	record Unpublish(@Nullable String reason) {

		Unpublish {
			reason = reason == null ? "" : reason;
		}
	}

	/** The form of {@code NewsController.addCategory}, as typed. */
	record AddCategory(@Nullable String name) {

		AddCategory {
			name = name == null ? "" : name;
		}
	}

	/** The form of {@code NewsController.savePage}, as typed. */
	record SavePage(@Nullable String slug, @Nullable String title, @Nullable String body) {

		SavePage {
			slug = slug == null ? "" : slug;
			title = title == null ? "" : title;
			body = body == null ? "" : body;
		}
	}
}
