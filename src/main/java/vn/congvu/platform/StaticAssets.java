package vn.congvu.platform;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The style sheet, scripts, icon and web jars, each under its own path, with a content hash in their address
 * ({@code /css/app-<md5>.css}) and cached for a year. Mapping only these paths, instead of every path as Spring Boot
 * does by default, matters for speed: every link a page writes is offered to the asset mappings that match it, and
 * under a catch-all mapping each link to a page ({@code /public/survey/…}) was looked up in the jar and missed, on
 * every render (profiled: the survey page spent most of its time there).
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		asset(registry, "/css/**", "classpath:/static/css/");
		asset(registry, "/js/**", "classpath:/static/js/");
		asset(registry, "/*.svg", "classpath:/static/");
		asset(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
	}

	/**
	 * The public pages that count nothing are revalidated by ETag ({@link PublicPageRevalidation}), ahead of the
	 * security filters (order -100) so that their no-store is not added.
	 */
	@org.springframework.context.annotation.Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<PublicPageRevalidation> publicPageRevalidation() {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new PublicPageRevalidation());
		registration.setOrder(-101);
		registration.addUrlPatterns("/public/*");
		return registration;
	}

	private static void asset(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern).addResourceLocations(location).setCacheControl(A_YEAR)
			.resourceChain(true).addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}
}
