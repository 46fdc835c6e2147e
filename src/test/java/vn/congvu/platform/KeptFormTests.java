package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import vn.congvu.shared.InvalidInputException;

/** What a refused form keeps to show again: what was typed, never tokens, passwords or a ballot's choice. */
class KeptFormTests {

	private static final List<InvalidInputException.Problem> PROBLEMS = List
		.of(new InvalidInputException.Problem("title", "form.required", new Object[0]));

	@Test
	void keepsWhatWasTypedButNotTheTokensOrAPassword() throws Exception {
		MockHttpServletRequest request = post("ordinary");
		KeptForm kept = KeptForm.of(request, PROBLEMS);
		assertThat(kept.values()).containsOnlyKeys("title", "unitIds");
		assertThat(kept.values().get("unitIds")).containsExactly("3", "5");
		assertThat(kept.action()).isEqualTo("/evaluation/tasks");
		assertThat(kept.problemAt("title")).isNotNull();
		assertThat(kept.problemAt("unitIds")).isNull();
	}

	@Test
	void aSecretFormKeepsNothingOfWhatWasTyped() throws Exception {
		KeptForm kept = KeptForm.of(post("ballot"), PROBLEMS);
		assertThat(kept.values()).isEmpty();
		assertThat(kept.problems()).hasSize(1);
	}

	@Test
	void theFormIsKnownByTheAddressItPostsTo() {
		KeptForm kept = new KeptForm("/conduct/teams", java.util.Map.of(), PROBLEMS);
		assertThat(kept.isFor("/conduct/teams")).isTrue();
		assertThat(kept.isFor("/conduct/teams?year=2026")).isTrue();
		assertThat(kept.isFor("/conduct/teams/4")).isFalse();
		assertThat(kept.isFor(null)).isFalse();
	}

	private static MockHttpServletRequest post(String handler) throws NoSuchMethodException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/evaluation/tasks");
		request.addParameter("title", "Rà soát hồ sơ");
		request.addParameter("unitIds", "3", "5");
		request.addParameter("_csrf", "token");
		request.addParameter(OnceOnlyForms.FIELD, "once");
		request.addParameter("newPassword", "bí-mật-123");
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(handler)));
		return request;
	}

	static final class Handlers {

		void ordinary() {
		}

		@SecretInput
		void ballot() {
		}
	}
}
