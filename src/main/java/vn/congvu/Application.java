package vn.congvu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Congvu: administrative discipline and public-service quality for Vietnamese local government. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class Application {

	public static void main(String[] args) {
		if (vn.congvu.platform.BackupCommand.handles(args)) { // ./congvu backup | restore: no application started
			System.exit(vn.congvu.platform.BackupCommand.runAsProgram(args));
		}
		SpringApplication.run(Application.class, args);
	}
}
