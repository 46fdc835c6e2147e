package vn.congvu.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form handler whose posts carry their own idempotency key in the named field (a rating's {@code clientRef}): a
 * repeated post is stored once by the module already, so the one-time form token is neither needed nor written for
 * posts that carry the key. Posts without it are guarded by the token as usual.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CarriesItsOwnKey {

	/** The request parameter that holds the key. */
	String value();
}
