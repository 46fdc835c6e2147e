package vn.congvu.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form handler whose values must not be kept anywhere, not even for a moment to show a refused form again:
 * a ballot's choice would otherwise sit in the session table beside the voter's session.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SecretInput {
}
