package vn.congvu.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the public API as it behaves: every error is an RFC 9457 problem
 * ({@code application/problem+json} with the problem's fields), 405 and 406 are answered by every operation and 415
 * by those that read a body, and the API needs no sign-in (an empty security requirement, said explicitly).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String PROBLEM = "application/problem+json";

	@Bean
	OpenApiCustomizer problemsAndInfo(
			@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
			org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mapping) {
		return api -> {
			api.info(new Info().title("Congvu API").version("v1")
				.description("Public API of Congvu: units, citizens' ratings and reports, polls, published PAR Index "
						+ "results, evaluation rules. Errors are RFC 9457 problems in the Accept-Language language "
						+ "(Vietnamese by default, English on request).")
				.license(new License().name("Apache License, Version 2.0")
					.url("https://www.apache.org/licenses/LICENSE-2.0")));
			api.addSecurityItem(new SecurityRequirement()); // public: no sign-in, no cookie
			// the server that answered, whatever its host name (not the internal address it listens on)
			api.servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")
				.description("This Congvu server")));
			if (api.getComponents() == null) {
				api.components(new Components());
			}
			api.getComponents().addSchemas("Problem", problemSchema());
			NullableFields.declare(api, mapping);
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
						: operation.getResponses();
				responses.forEach((code, response) -> {
					if (code.startsWith("4") || code.startsWith("5")) {
						response.content(problemContent());
					}
				});
				problem(responses, "400", "The request is not valid: the problem says what to correct.");
				problem(responses, "404", "No such record.");
				problem(responses, "405", "This method is not allowed on this address.");
				problem(responses, "406", "Only JSON (or problem+json for errors) can be answered.");
				if (operation.getRequestBody() != null) {
					problem(responses, "415", "The body must be JSON.");
				}
				retryLater(responses, "503", "The database is out of reach for a moment: try again after Retry-After.");
				operation.responses(responses);
			}));
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean limited = method == io.swagger.v3.oas.models.PathItem.HttpMethod.POST
						|| path.startsWith("/api/v1/reports/");
				if (limited) {
					retryLater(operation.getResponses(), "429",
							"Too many requests from this client: try again after Retry-After.");
				}
			}));
		};
	}

	private static void problem(ApiResponses responses, String code, String description) {
		if (!responses.containsKey(code)) {
			responses.addApiResponse(code, new ApiResponse().description(description).content(problemContent()));
		}
	}

	/** A problem answered with a Retry-After header (seconds). */
	private static void retryLater(ApiResponses responses, String code, String description) {
		if (!responses.containsKey(code)) {
			responses.addApiResponse(code, new ApiResponse().description(description).content(problemContent()));
		}
		responses.get(code).addHeaderObject("Retry-After", new io.swagger.v3.oas.models.headers.Header()
			.description("Seconds to wait before trying again").required(true).schema(new IntegerSchema()));
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.properties(Map.of("type", new StringSchema().description("A URI naming the kind of problem"),
					"title", new StringSchema().description("A short summary of the kind of problem"),
					"status", new IntegerSchema().description("The HTTP status"),
					"detail", new StringSchema().description("What went wrong, in the request's language"),
					"instance", new StringSchema().description("The request's path").nullable(true)));
	}
}
