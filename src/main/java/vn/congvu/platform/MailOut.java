package vn.congvu.platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Thư đi: a message is sent on its own thread once the transaction that caused it has committed, so a slow or absent
 * mail server never delays or undoes an action, and nothing is mailed for a change that was rolled back. Without an
 * SMTP server ({@code spring.mail.host}) nothing can be sent, which {@link #available()} says beforehand.
 */
@Service
public class MailOut implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MailOut.class);

	private final ObjectProvider<JavaMailSender> mail;
	private final String from;
	private final ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor();

	MailOut(ObjectProvider<JavaMailSender> mail, @Value("${congvu.reminders.from:congvu@localhost}") String from) {
		this.mail = mail;
		this.from = from;
	}

	/** Whether an SMTP server is configured. */
	public boolean available() {
		return mail.getIfAvailable() != null;
	}

	/** Sends a plain-text message after the current transaction commits (at once outside one). */
	public void sendAfterCommit(String to, String subject, String text) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		Runnable send = () -> sending.submit(() -> {
			try {
				sender.send(message);
			}
			catch (RuntimeException ex) {
				log.warn("Mail to {} not sent: {}", to, ex.toString());
			}
		});
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	@Override
	public void destroy() {
		sending.shutdown();
	}
}
