package vn.congvu.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Declares in the API description, as {@code nullable}, every field the API may answer as null: the record
 * components marked {@code @Nullable} in the types the API's controllers return (and the types inside them). The
 * code's own null-marking is the single source, so the description cannot say "always a string" of a field the
 * code may leave empty.
 */
final class NullableFields {

	private NullableFields() {
	}

	static void declare(OpenAPI api, RequestMappingHandlerMapping mapping) {
		if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
			return;
		}
		Set<Class<?>> seen = new HashSet<>();
		for (HandlerMethod method : mapping.getHandlerMethods().values()) {
			if (method.getBeanType().isAnnotationPresent(RestController.class)) {
				walk(method.getMethod().getGenericReturnType(), api.getComponents().getSchemas(), seen);
			}
		}
	}

	@SuppressWarnings("rawtypes")
	private static void walk(Type type, Map<String, Schema> schemas, Set<Class<?>> seen) {
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				walk(argument, schemas, seen);
			}
			return;
		}
		if (!(type instanceof Class<?> type1) || !type1.isRecord() || !seen.add(type1)) {
			return;
		}
		Schema schema = schemas.get(type1.getSimpleName());
		for (RecordComponent component : type1.getRecordComponents()) {
			if (schema != null && schema.getProperties() != null
					&& component.getAnnotatedType().isAnnotationPresent(Nullable.class)
					&& schema.getProperties().get(component.getName()) instanceof Schema property) {
				property.nullable(true);
			}
			walk(component.getGenericType(), schemas, seen);
		}
	}
}
