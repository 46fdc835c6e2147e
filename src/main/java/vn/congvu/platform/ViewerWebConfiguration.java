package vn.congvu.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Controllers declare a {@link Viewer} parameter and get the request's viewer; pages see it as {@code viewer}. */
@Configuration(proxyBeanMethods = false)
class ViewerWebConfiguration implements WebMvcConfigurer {

	private final Viewers viewers;

	ViewerWebConfiguration(Viewers viewers) {
		this.viewers = viewers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == Viewer.class;
			}

			@Override
			public @Nullable Object resolveArgument(MethodParameter parameter,
					@Nullable ModelAndViewContainer container, NativeWebRequest request,
					@Nullable WebDataBinderFactory binders) {
				return viewers.current();
			}
		});
	}
}
