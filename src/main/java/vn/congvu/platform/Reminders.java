package vn.congvu.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import vn.congvu.shared.VietnameseDates;

/**
 * Thư nhắc việc: once a day, from the configured hour (Vietnam time, the application clock), each person with an
 * e-mail address and something to do gets one message listing their work as "My work" shows it, overdue first, with
 * the steps due within {@code congvu.reminders.days-before} days named in the subject. Without the daily digest
 * ({@code congvu.reminders.daily-digest=false}) only those with something overdue or due that soon are written to.
 * Sending runs on its own thread, never in a request: a mail server that is down or slow delays a reminder, never an
 * action. Mail is sent only when an SMTP server is configured ({@code spring.mail.host}).
 */
@Service
public class Reminders implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);
	private static final Locale VI = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;
	private final MyWork work;
	private final RunAs runAs;
	private final StaffNames staff;
	private final MessageSource messages;
	private final PublicAddress address;
	private final ObjectProvider<JavaMailSender> mail;
	private final Clock clock;
	private final int hour;
	private final int daysBefore;
	private final boolean dailyDigest;
	private final String from;
	private @Nullable ScheduledExecutorService timer;

	Reminders(JdbcClient jdbc, MyWork work, RunAs runAs, StaffNames staff, MessageSource messages,
			PublicAddress address, ObjectProvider<JavaMailSender> mail, Clock clock,
			@Value("${congvu.reminders.hour:7}") int hour, @Value("${congvu.reminders.days-before:3}") int daysBefore,
			@Value("${congvu.reminders.daily-digest:true}") boolean dailyDigest,
			@Value("${congvu.reminders.from:congvu@localhost}") String from) {
		this.jdbc = jdbc;
		this.work = work;
		this.runAs = runAs;
		this.staff = staff;
		this.messages = messages;
		this.address = address;
		this.mail = mail;
		this.clock = clock;
		this.hour = hour;
		this.daysBefore = daysBefore;
		this.dailyDigest = dailyDigest;
		this.from = from;
	}

	/** One person's reminder as it is mailed. */
	public record Reminder(String username, String to, String subject, String body) {
	}

	private record Recipient(String username, long staffId) {
	}

	/**
	 * Sends today's reminders through {@code sender}, each person at most once a day.
	 *
	 * @return the reminders sent
	 */
	public List<Reminder> send(JavaMailSender sender, LocalDate today) {
		List<Recipient> recipients = jdbc.sql("""
				select username, staff_id from platform.account where enabled and staff_id is not null order by username""")
			.query(Rows.as(Recipient.class)).list();
		Map<Long, String> emails = staff.emailsOf(recipients.stream().map(Recipient::staffId).toList());
		List<Reminder> sent = new ArrayList<>();
		for (Recipient recipient : recipients) {
			String to = emails.get(recipient.staffId());
			if (to == null) {
				continue;
			}
			try {
				Reminder reminder = compose(recipient.username(), to, today);
				if (reminder != null && take(recipient.username(), today, reminder)) {
					deliver(sender, reminder, today);
					sent.add(reminder);
				}
			}
			catch (RuntimeException ex) { // one person's failure never stops the others'
				log.warn("Reminder to {} not sent: {}", recipient.username(), ex.toString());
			}
		}
		return sent;
	}

	/** The person's reminder for today, or {@code null} when there is nothing to say. */
	@Nullable Reminder compose(String username, String to, LocalDate today) {
		List<WorkItems.Item> items = new ArrayList<>();
		runAs.run(username, viewer -> items.addAll(work.itemsFor(viewer, today)));
		long overdue = items.stream().filter(WorkItems.Item::overdue).count();
		long dueSoon = items.stream().filter(i -> !i.overdue() && i.due() != null
				&& !i.due().isAfter(today.plusDays(daysBefore))).count();
		if (items.isEmpty() || !dailyDigest && overdue == 0 && dueSoon == 0) {
			return null;
		}
		String subject = messages.getMessage("reminder.subject", new Object[] { VietnameseDates.format(today),
			items.size(), overdue, dueSoon, daysBefore }, VI);
		StringBuilder body = new StringBuilder(messages.getMessage("reminder.greeting", null, VI)).append("\n\n");
		for (WorkItems.Item item : items) {
			body.append("- ").append(messages.getMessage(item.kind(), null, VI)).append(": ").append(item.title());
			if (item.due() != null) {
				body.append(" (").append(messages.getMessage(item.overdue() ? "reminder.overdue" : "reminder.due",
						new Object[] { VietnameseDates.format(item.due()) }, VI)).append(')');
			}
			body.append("\n  ").append(address.url(item.link())).append('\n');
		}
		body.append('\n').append(messages.getMessage("reminder.footer", new Object[] { address.url("/") }, VI));
		return new Reminder(username, to, subject, body.toString());
	}

	private boolean take(String username, LocalDate today, Reminder reminder) {
		return jdbc.sql("""
				insert into platform.reminder_sent (username, sent_on, items) values (:u, :d, :n)
				on conflict do nothing""").param("u", username).param("d", today)
			.param("n", reminder.body().lines().filter(l -> l.startsWith("- ")).count()).update() == 1;
	}

	private void deliver(JavaMailSender sender, Reminder reminder, LocalDate today) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(reminder.to());
		message.setSubject(reminder.subject());
		message.setText(reminder.body());
		try {
			sender.send(message);
		}
		catch (RuntimeException ex) { // give the day back, so that the next run tries again
			jdbc.sql("delete from platform.reminder_sent where username = :u and sent_on = :d")
				.param("u", reminder.username()).param("d", today).update();
			throw ex;
		}
	}

	/** Every ten minutes: from the configured hour on, today's reminders (sent once, so later runs do nothing). */
	private void tick() {
		JavaMailSender sender = mail.getIfAvailable();
		LocalDateTime now = LocalDateTime.now(clock);
		if (sender == null || now.getHour() < hour) {
			return;
		}
		try {
			int sent = send(sender, now.toLocalDate()).size();
			if (sent > 0) {
				log.info("Sent {} reminders for {}", sent, VietnameseDates.format(now.toLocalDate()));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Reminders not sent this time: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		if (mail.getIfAvailable() == null) {
			return; // no SMTP server configured: nothing to send with
		}
		timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("reminders").daemon().factory());
		timer.scheduleWithFixedDelay(this::tick, 1, 10, TimeUnit.MINUTES);
	}

	@Override
	public void stop() {
		if (timer != null) {
			timer.shutdownNow();
			timer = null;
		}
	}

	@Override
	public boolean isRunning() {
		return timer != null;
	}
}
