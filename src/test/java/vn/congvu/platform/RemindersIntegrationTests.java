package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.congvu.IntegrationTestSupport;

/**
 * Reminders travel over real SMTP to a real server started in the test (GreenMail): the demo civil servant whose
 * explanation is asked for gets one message in Vietnamese listing it with its page, and a second run the same day
 * sends nothing more. A mail server that refuses the connection fails no one's action and keeps the day for later.
 */
class RemindersIntegrationTests extends IntegrationTestSupport {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired Reminders reminders;
	@Autowired Accounts accounts;
	@Autowired JdbcClient jdbc;

	private JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

	private static String recipients(MimeMessage message) {
		try {
			return GreenMailUtil.getAddressList(message.getAllRecipients());
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theDailyReminderArrivesOnceWithTheWorkAndItsPages() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long staffId = accounts.staffIdOf("phuongcuanam").orElseThrow();
		jdbc.sql("update staff.staff_member set email = 'cong.chuc@cuanam.example.vn' where id = :s")
			.param("s", staffId).update();
		jdbc.sql("delete from platform.reminder_sent").update();

		JavaMailSenderImpl refused = sender(1); // nothing listens there
		assertThat(reminders.send(refused, today)).extracting(Reminders.Reminder::username)
			.doesNotContain("phuongcuanam");
		assertThat(jdbc.sql("select count(*) from platform.reminder_sent where username = 'phuongcuanam'")
			.query(Long.class).single()).as("the day is given back").isZero();

		List<Reminders.Reminder> sent = reminders.send(sender(smtp.getSmtp().getPort()), today);
		assertThat(sent).extracting(Reminders.Reminder::username).contains("phuongcuanam");
		MimeMessage message = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> recipients(m).contains("cong.chuc@cuanam.example.vn"))
			.findFirst().orElseThrow();
		assertThat(message.getSubject()).startsWith("[Congvu] Việc của tôi ngày ");
		String text = (String) message.getContent();
		assertThat(text).contains("Giải trình vi phạm").contains("/conduct/violations#violation-");

		int received = smtp.getReceivedMessages().length;
		assertThat(reminders.send(sender(smtp.getSmtp().getPort()), today)).as("once a day").isEmpty();
		assertThat(smtp.getReceivedMessages()).hasSize(received);
	}
}
