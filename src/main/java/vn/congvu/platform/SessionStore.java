package vn.congvu.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL so that app nodes keep no state. Two requests of one session at once (a double tap on
 * a phone, parallel posts) may both add the same attribute (the flash message); the attribute is written as an
 * upsert so that the second one replaces the first instead of failing on the primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}
}
