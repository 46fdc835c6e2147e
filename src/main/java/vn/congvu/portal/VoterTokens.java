package vn.congvu.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A voter's browser token: a random identifier and its HMAC under the installation's key (kept in the database, so
 * every app node checks the same way). A token someone made up or changed fails the check, and its vote is refused.
 */
@Component
public class VoterTokens {

	private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

	private final JdbcClient jdbc;
	private final SecureRandom random = new SecureRandom();
	/** One keyed MAC per thread: making one costs more than using it. */
	private final ThreadLocal<Mac> macs = new ThreadLocal<>();
	private volatile byte @Nullable [] key;

	VoterTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token for a browser that has none. */
	public String issue() {
		byte[] id = new byte[18];
		random.nextBytes(id);
		String identifier = ENCODE.encodeToString(id);
		return identifier + "." + mac(identifier);
	}

	/** The voter behind a token, or null when the token is not one this installation issued. */
	public @Nullable String voterOf(@Nullable String token) {
		if (token == null || token.length() > 100) {
			return null;
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return null;
		}
		String identifier = token.substring(0, dot);
		byte[] expected = mac(identifier).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? "browser:" + identifier : null;
	}

	private String mac(String identifier) {
		try {
			Mac mac = macs.get();
			if (mac == null) {
				mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(key(), "HmacSHA256"));
				macs.set(mac);
			}
			byte[] full = mac.doFinal(identifier.getBytes(StandardCharsets.US_ASCII));
			return ENCODE.encodeToString(java.util.Arrays.copyOf(full, 16));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] current = key;
		if (current == null) {
			byte[] fresh = new byte[32];
			random.nextBytes(fresh);
			jdbc.sql("insert into portal.token_key (id, hmac_key) values (1, :k) on conflict (id) do nothing")
				.param("k", fresh).update();
			current = jdbc.sql("select hmac_key from portal.token_key where id = 1").query(byte[].class).single();
			key = current;
		}
		return current;
	}
}
