package vn.congvu.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page gets the signed-in {@link Viewer} as {@code viewer}, so navigation offers only what it may open. */
@ControllerAdvice
class ViewerModel {

	private final Viewers viewers;

	ViewerModel(Viewers viewers) {
		this.viewers = viewers;
	}

	@ModelAttribute("viewer")
	@Nullable Viewer viewer() {
		return viewers.find().orElse(null);
	}
}
