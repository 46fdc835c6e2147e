package vn.congvu.routes;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application serves, read from its own handler mappings (so a route added tomorrow is probed
 * tomorrow), with the request parameters its handler method declares (directly, or as the components of the record
 * its form is bound to).
 */
record Routes(List<Route> all) {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	/**
	 * One route: a method, a path pattern, and the handler's named request parameters (name → type); whether it
	 * reads a JSON body, whether it takes files (and under which names), and whether it reads the whole posted form
	 * as a map (so its field names are not declared).
	 */
	record Route(String method, String pattern, Map<String, Class<?>> params, boolean body, boolean multipart,
			List<String> files, boolean wholeForm) {

		List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher m = VARIABLE.matcher(pattern);
			while (m.find()) {
				names.add(m.group(1));
			}
			return names;
		}

		boolean isPublic() {
			return pattern.startsWith("/public") || pattern.startsWith("/kiosk") || pattern.startsWith("/api/")
					|| pattern.equals("/login") || pattern.equals("/login/province") || pattern.equals("/error")
					|| pattern.equals("/robots.txt") || pattern.equals("/sitemap.xml");
		}

		boolean isApi() {
			return pattern.startsWith("/api/");
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	static Routes of(RequestMappingHandlerMapping mapping) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("vn.congvu")) {
				continue; // the framework's own error and documentation endpoints
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			Map<String, Class<?>> params = new java.util.LinkedHashMap<>();
			boolean body = false;
			boolean multipart = false;
			boolean wholeForm = false;
			List<String> files = new ArrayList<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				RequestParam request = parameter.getParameterAnnotation(RequestParam.class);
				Class<?> type = parameter.getParameterType();
				RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
				if (type.isRecord() && (parameter.hasParameterAnnotation(jakarta.validation.Valid.class)
						|| parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class))) {
					for (RecordComponent component : type.getRecordComponents()) { // a form bound to a record
						params.put(component.getName(), component.getType());
					}
				}
				else if (part != null) {
					multipart = true;
					String name = !part.name().isEmpty() ? part.name()
							: !part.value().isEmpty() ? part.value() : parameter.getParameterName();
					files.add(name);
				}
				else if (MultipartFile.class.isAssignableFrom(type) || (parameter.hasParameterAnnotation(RequestParam.class)
						&& List.class.isAssignableFrom(type) && parameter.getGenericParameterType().getTypeName()
							.contains("MultipartFile"))) {
					multipart = true;
					parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
					String name = request == null ? parameter.getParameterName()
							: !request.name().isEmpty() ? request.name()
							: !request.value().isEmpty() ? request.value() : parameter.getParameterName();
					files.add(name);
				}
				else if (request != null && Map.class.isAssignableFrom(type)) {
					wholeForm = true;
				}
				else if (request != null && !Map.class.isAssignableFrom(type)) {
					String name = !request.name().isEmpty() ? request.name()
							: !request.value().isEmpty() ? request.value() : parameter.getParameterName();
					params.put(name, type);
				}
				body |= parameter.hasParameterAnnotation(RequestBody.class);
				if (parameter.hasParameterAnnotation(PathVariable.class)) {
					continue;
				}
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method.name(), pattern, params, body, multipart, List.copyOf(files), wholeForm));
				}
			}
		}
		routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
		return new Routes(List.copyOf(routes));
	}
}
