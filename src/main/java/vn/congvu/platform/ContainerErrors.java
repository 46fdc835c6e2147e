package vn.congvu.platform;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests the server refuses before the application sees them (a URI too long, an encoded slash or NUL in the
 * path) get a problem+json under {@code /api} and a short Vietnamese page elsewhere, instead of the server's English
 * HTML with its version.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(Valve.class.getName());
			}
		});
	}

	/** Writes the refusal in the application's own shapes. */
	public static class Valve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
			try {
				response.setCharacterEncoding("UTF-8");
				Writer out = response.getReporter();
				if (out == null) {
					return;
				}
				if (uri.startsWith("/api/")) {
					response.setContentType("application/problem+json");
					out.write("{\"type\":\"about:blank\",\"title\":\"Yêu cầu không hợp lệ\",\"status\":" + status
							+ ",\"detail\":\"Máy chủ không nhận yêu cầu này: vui lòng kiểm tra lại địa chỉ và dữ liệu"
							+ " gửi lên.\"}");
				}
				else {
					response.setContentType("text/html");
					out.write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lỗi " + status
							+ " · Congvu</title></head><body><h1>Yêu cầu không hợp lệ</h1><p>Máy chủ không nhận yêu cầu"
							+ " này (mã " + status + "). Vui lòng kiểm tra lại địa chỉ.</p><p><a href=\"/\">Về trang"
							+ " chính</a></p></body></html>");
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client has gone or the response is already committed: nothing more to say
			}
		}
	}
}
