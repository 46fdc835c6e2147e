package vn.congvu.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;
import vn.congvu.portal.Polls;
import vn.congvu.portal.VoterTokens;

/**
 * The hot path of a vote from an app: a vote that is counted is answered here, without the routing, argument
 * binding and message conversion of a controller, which cost more than the vote itself (a poll can receive
 * thousands a second when a link goes round). Anything else (bad JSON, a refusal, the database away) goes on to
 * {@link PollApiController} with the same body, which answers it as every API call is answered (problem+json in the
 * caller's language). Refusals change nothing, so trying the vote twice is safe.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class VoteFastPath extends OncePerRequestFilter {

	private static final Pattern VOTES = Pattern.compile("/api/v1/polls/(\\d{1,18})/votes");
	private static final int MAX_BODY = 4_096;

	private final Polls polls;
	private final VoterTokens tokens;
	private final ObjectMapper json;

	VoteFastPath(Polls polls, VoterTokens tokens, ObjectMapper json) {
		this.polls = polls;
		this.tokens = tokens;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !VOTES.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		String type = request.getContentType();
		if (body.length <= MAX_BODY && type != null && type.startsWith("application/json")) {
			Matcher path = VOTES.matcher(request.getRequestURI().substring(request.getContextPath().length()));
			path.matches();
			try {
				PollApiController.VoteJson vote = json.readValue(body, PollApiController.VoteJson.class);
				String token = PollApiController.vote(polls, tokens, Long.parseLong(path.group(1)), vote.optionId(),
						request.getHeader(PollApiController.TOKEN_HEADER));
				byte[] answer = ("{\"counted\":true,\"voterToken\":\"" + token + "\"}").getBytes(StandardCharsets.UTF_8);
				response.setStatus(201);
				response.setContentType("application/json");
				response.setContentLength(answer.length);
				response.getOutputStream().write(answer);
				return;
			}
			catch (RuntimeException refusedOrUnreadable) {
				// answered below by the controller, in the API's own words
			}
		}
		chain.doFilter(new Replayed(request, body), response);
	}

	/** The request with its body read again from memory. */
	private static final class Replayed extends HttpServletRequestWrapper {

		private final byte[] body;

		Replayed(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
