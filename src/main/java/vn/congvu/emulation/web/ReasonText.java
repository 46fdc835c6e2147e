package vn.congvu.emulation.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.congvu.emulation.Titles;

/**
 * A condition's verdict in words: {@code no.grade|GOOD|COMPLETED} becomes "annual level at least Good (now:
 * Completed)". Levels, measures and title codes among the arguments are shown by their names.
 */
@Component("emulationReasons")
class ReasonText {

	private final MessageSource messages;
	private final Titles titles;

	ReasonText(MessageSource messages, Titles titles) {
		this.messages = messages;
		this.titles = titles;
	}

	public String text(String reason, Locale locale) {
		String[] parts = reason.split("\\|");
		Object[] args = new Object[parts.length - 1];
		for (int i = 1; i < parts.length; i++) {
			args[i - 1] = word(parts[i], locale);
		}
		return messages.getMessage("emulation.reason." + parts[0], args, parts[0], locale);
	}

	public boolean met(String reason) {
		return reason.startsWith("ok.");
	}

	private String word(String arg, Locale locale) {
		for (String prefix : new String[] { "enum.ClassificationGrade.", "enum.DisciplinaryMeasure.", "emulation.title." }) {
			String found = messages.getMessage(prefix + arg, null, null, locale);
			if (found != null) {
				return found;
			}
		}
		return arg;
	}
}
