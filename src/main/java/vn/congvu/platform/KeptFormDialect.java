package vn.congvu.platform;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;
import vn.congvu.shared.InvalidInputException;

/**
 * Shows a refused form again as it was typed, on every page and without a line in the templates: the form that posts
 * to the {@link KeptForm}'s address gets back each typed value (text, choices, ticks; never files or passwords), and
 * each field with a problem gets its message just before it ({@code id="problem-<field>"}, the summary links there)
 * with {@code aria-invalid} and {@code aria-describedby}. Its processors run after the standard ones, so they see the
 * values the template computed and replace them.
 */
@Component
class KeptFormDialect extends AbstractProcessorDialect {

	private static final String FORM = KeptFormDialect.class.getName() + ".form";
	private static final String SELECT = KeptFormDialect.class.getName() + ".select";
	private static final Set<String> NOT_RESTORED = Set.of("hidden", "password", "file", "submit", "button", "reset",
			"image");

	KeptFormDialect() {
		super("Kept form", "kept", 2_000);
	}

	@Override
	public Set<IProcessor> getProcessors(String prefix) {
		return Set.of(new FormTag(prefix), new FieldTag(prefix, "input"), new FieldTag(prefix, "textarea"),
				new FieldTag(prefix, "select"), new OptionTag(prefix));
	}

	/** The refused form being shown again: its values, and which of them and which messages were used. */
	private static final class Refill {

		final KeptForm kept;
		final Map<String, Integer> used = new HashMap<>();
		final Set<String> messaged = new HashSet<>();

		Refill(KeptForm kept) {
			this.kept = kept;
		}

		/** The next typed value of this name (the n-th field of a name gets the n-th value). */
		@Nullable String next(String name) {
			List<String> values = kept.values().get(name);
			int index = used.merge(name, 1, Integer::sum) - 1;
			return values == null || index >= values.size() ? null : values.get(index);
		}
	}

	private static final class FormTag extends AbstractElementTagProcessor {

		FormTag(String prefix) {
			super(TemplateMode.HTML, prefix, "form", false, null, false, 0);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
				IElementTagStructureHandler structure) {
			if (context.getVariable(KeptForm.ATTRIBUTE) instanceof KeptForm kept
					&& "post".equalsIgnoreCase(tag.getAttributeValue("method"))
					&& kept.isFor(tag.getAttributeValue("action"))) {
				structure.setLocalVariable(FORM, new Refill(kept));
				if (kept.summaryInForm()) {
					structure.insertImmediatelyAfter(summary(context, kept), false);
				}
			}
		}

		/** The problems listed at the top of the form, each linking to its field's message. */
		private static IModel summary(ITemplateContext context, KeptForm kept) {
			IModelFactory factory = context.getModelFactory();
			IModel model = factory.createModel();
			model.add(factory.createOpenElementTag("div", Map.of("class", "alert error", "role", "alert",
					"id", "form-problems"), AttributeValueQuotes.DOUBLE, false));
			model.add(factory.createText(escaped(context, "form.problems", kept.problems().size())));
			model.add(factory.createOpenElementTag("ul", "class", "problems"));
			for (InvalidInputException.Problem problem : kept.problems()) {
				model.add(factory.createOpenElementTag("li"));
				String text = escaped(context, problem.key(), problem.arguments());
				if (problem.field() != null) {
					model.add(factory.createOpenElementTag("a", "href", "#problem-" + problem.field()));
					model.add(factory.createText(text));
					model.add(factory.createCloseElementTag("a"));
				}
				else {
					model.add(factory.createText(text));
				}
				model.add(factory.createCloseElementTag("li"));
			}
			model.add(factory.createCloseElementTag("ul"));
			model.add(factory.createCloseElementTag("div"));
			return model;
		}
	}

	private static final class FieldTag extends AbstractElementTagProcessor {

		FieldTag(String prefix, String element) {
			super(TemplateMode.HTML, prefix, element, false, null, false, 0);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
				IElementTagStructureHandler structure) {
			String name = tag.getAttributeValue("name");
			if (!(context.getVariable(FORM) instanceof Refill refill) || name == null) {
				return;
			}
			String element = tag.getElementCompleteName().toLowerCase(Locale.ROOT);
			String type = element.equals("input") && tag.getAttributeValue("type") != null
					? tag.getAttributeValue("type").toLowerCase(Locale.ROOT) : element;
			if (type.equals("file") && refill.kept.problemAt(name) == null && refill.messaged.add(name)) {
				structure.insertBefore(note(context, "problem-" + name, "form.fileAgain", new Object[0], "field-note"));
			}
			if (NOT_RESTORED.contains(type)) {
				return;
			}
			switch (type) {
				case "select" -> structure.setLocalVariable(SELECT, name);
				case "textarea" -> {
					String typed = refill.next(name);
					InvalidInputException.Problem problem = refill.kept.problemAt(name);
					if (problem != null && refill.messaged.add(name)) {
						// a tag takes one change of its structure: the message, the tag and its text in one
						structure.replaceWith(textareaWithProblem(context, tag, typed, problem), false);
						return;
					}
					if (typed != null) {
						structure.setBody(HtmlEscape.escapeHtml5Xml(typed), false);
					}
				}
				case "checkbox", "radio" -> {
					String value = tag.getAttributeValue("value") == null ? "on" : tag.getAttributeValue("value");
					List<String> sent = refill.kept.values().getOrDefault(name, List.of());
					if (sent.contains(value)) {
						structure.setAttribute("checked", "checked");
					}
					else {
						structure.removeAttribute("checked");
					}
				}
				default -> {
					String typed = refill.next(name);
					if (typed != null) {
						structure.setAttribute("value", typed);
					}
				}
			}
			InvalidInputException.Problem problem = refill.kept.problemAt(name);
			if (problem != null && refill.messaged.add(name)) {
				String id = "problem-" + name;
				String described = tag.getAttributeValue("aria-describedby");
				structure.setAttribute("aria-describedby", described == null ? id : described + " " + id);
				structure.setAttribute("aria-invalid", "true");
				structure.insertBefore(note(context, id, problem.key(), problem.arguments(), "field-problem"));
			}
		}

	}

	/** A text area with a problem: its message, then the area (marked invalid) holding what was typed. */
	private static IModel textareaWithProblem(ITemplateContext context, IProcessableElementTag tag,
			@Nullable String typed, InvalidInputException.Problem problem) {
		String id = "problem-" + problem.field();
		Map<String, String> attributes = new java.util.LinkedHashMap<>();
		for (org.thymeleaf.model.IAttribute attribute : tag.getAllAttributes()) {
			attributes.put(attribute.getAttributeCompleteName(), attribute.getValue());
		}
		String described = attributes.get("aria-describedby");
		attributes.put("aria-describedby", described == null ? id : described + " " + id);
		attributes.put("aria-invalid", "true");
		IModelFactory factory = context.getModelFactory();
		IModel model = note(context, id, problem.key(), problem.arguments(), "field-problem");
		model.add(factory.createOpenElementTag("textarea", attributes, AttributeValueQuotes.DOUBLE, false));
		model.add(factory.createText(typed == null ? "" : HtmlEscape.escapeHtml5Xml(typed)));
		model.add(factory.createCloseElementTag("textarea"));
		return model;
	}

	/** A message just before a field: its problem, or a note such as "choose the file again". */
	private static IModel note(ITemplateContext context, String id, String key, Object[] arguments, String kind) {
		IModelFactory factory = context.getModelFactory();
		IModel model = factory.createModel();
		model.add(factory.createOpenElementTag("span", Map.of("id", id, "class", kind), AttributeValueQuotes.DOUBLE,
				false));
		model.add(factory.createText(escaped(context, key, arguments)));
		model.add(factory.createCloseElementTag("span"));
		return model;
	}

	private static String escaped(ITemplateContext context, String key, Object... arguments) {
		return HtmlEscape.escapeHtml5Xml(context.getMessage(KeptFormDialect.class, key, arguments, true));
	}

	private static final class OptionTag extends AbstractElementTagProcessor {

		OptionTag(String prefix) {
			super(TemplateMode.HTML, prefix, "option", false, null, false, 0);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
				IElementTagStructureHandler structure) {
			if (!(context.getVariable(FORM) instanceof Refill refill)
					|| !(context.getVariable(SELECT) instanceof String select)
					|| !refill.kept.values().containsKey(select)) {
				return;
			}
			String value = tag.getAttributeValue("value");
			if (refill.kept.values().get(select).contains(value == null ? "" : value)) {
				structure.setAttribute("selected", "selected");
			}
			else {
				structure.removeAttribute("selected");
			}
		}
	}
}
