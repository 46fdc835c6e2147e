package vn.congvu.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.congvu.platform.CongvuProperties;
import vn.congvu.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where signing keys and trust anchors live: {@code <signing dir>/keys/<authority>.p12} with its password in
 * {@code <authority>.password} (one key per registered authority, named by its code in the authority register, put
 * there by an administrator from the certificate authority's issuance), and {@code <signing dir>/trusted/*.cer|*.pem} for the certificates a signature must chain
 * to (in production the national root CA and the government's specialised CA, two separate systems, both as files
 * here). With demo data, the first start creates a demo CA (named as such) and a demo key for each authority that
 * signs.
 */
@Component
public class SigningKeys {

	static final String DEMO_CA = "Congvu DEMO Root CA (không có giá trị pháp lý)";

	private final Path dir;
	private final boolean demo;
	private final JdbcClient jdbc;
	private final SecureRandom random = new SecureRandom();

	SigningKeys(CongvuProperties properties, @Value("${congvu.signing.dir:}") String configured, JdbcClient jdbc) {
		this.dir = configured == null || configured.isBlank() ? properties.dataDir().resolve("signing")
				: Path.of(configured);
		this.demo = properties.demoData();
		this.jdbc = jdbc;
	}

	/** A loaded key: the PKCS#12 bytes, their password, and whether the demo CA issued it. */
	record Key(byte[] pkcs12, char[] password, boolean demo) {
	}

	/**
	 * The key of a registered authority, from {@code keys/<code>.p12}. With demo data it is created (issued by the
	 * demo CA) the first time it is asked; a name that is not in the register never gets one.
	 */
	synchronized Key keyOf(Authority authority) {
		boolean registered = jdbc.sql("select exists (select 1 from reporting.authority where id = :id and code = :code)")
			.param("id", authority.id()).param("code", authority.code()).query(Boolean.class).single();
		if (!registered) {
			throw new IllegalArgumentException("not a registered authority: " + authority.name());
		}
		Path file = dir.resolve("keys").resolve(authority.code() + ".p12");
		Path password = dir.resolve("keys").resolve(authority.code() + ".password");
		try {
			boolean demoKey = demo;
			if (!Files.exists(file)) {
				if (!demo) {
					throw new InvalidInputException("signing.noKey", authority.name(), file.toString());
				}
				createDemoKey(authority.name(), file, password);
			}
			return new Key(Files.readAllBytes(file), Files.readString(password, StandardCharsets.UTF_8).strip()
				.toCharArray(), demoKey);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The certificates signatures must chain to: every file in the trusted directory. */
	synchronized List<X509Certificate> trustAnchors() {
		try {
			if (demo) {
				demoCa();
			}
			Path trusted = dir.resolve("trusted");
			if (!Files.isDirectory(trusted)) {
				return List.of();
			}
			List<X509Certificate> anchors = new ArrayList<>();
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			try (Stream<Path> files = Files.list(trusted)) {
				for (Path path : files.filter(p -> p.toString().endsWith(".cer") || p.toString().endsWith(".pem")
						|| p.toString().endsWith(".crt")).sorted().toList()) {
					try (var in = Files.newInputStream(path)) {
						anchors.add((X509Certificate) factory.generateCertificate(in));
					}
				}
			}
			return anchors;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("a trusted certificate could not be read", ex);
		}
	}

	/** The demo CA: its key stays in the signing directory, its certificate in the trusted one. */
	private KeyStore.PrivateKeyEntry demoCa() throws IOException {
		Path file = dir.resolve("demo-ca").resolve("demo-ca.p12");
		Path password = dir.resolve("demo-ca").resolve("demo-ca.password");
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Files.createDirectories(dir.resolve("trusted"));
				KeyPair pair = keyPair(3072);
				X500Name name = name(DEMO_CA);
				Instant now = Instant.now();
				JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
						Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), name,
						pair.getPublic());
				builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
				builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
				X509Certificate certificate = sign(builder, pair.getPrivate());
				store(file, password, "ca", pair.getPrivate(), certificate);
				Files.write(dir.resolve("trusted").resolve("congvu-demo-ca.cer"), certificate.getEncoded());
			}
			KeyStore store = KeyStore.getInstance("PKCS12");
			char[] secret = Files.readString(password).strip().toCharArray();
			try (var in = Files.newInputStream(file)) {
				store.load(in, secret);
			}
			return (KeyStore.PrivateKeyEntry) store.getEntry("ca", new KeyStore.PasswordProtection(secret));
		}
		catch (java.security.GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException ex) {
			throw new IllegalStateException("the demo CA could not be created", ex);
		}
	}

	private void createDemoKey(String authority, Path file, Path password) throws IOException {
		try {
			KeyStore.PrivateKeyEntry ca = demoCa();
			X509Certificate caCertificate = (X509Certificate) ca.getCertificate();
			KeyPair pair = keyPair(2048); // demo keys are made at start-up: the CA's 3072 bits would cost seconds each
			Instant now = Instant.now();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
					Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1825, ChronoUnit.DAYS)),
					name(authority + " (DEMO)"), pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate certificate = sign(builder, ca.getPrivateKey());
			Files.createDirectories(file.getParent());
			store(file, password, "signer", pair.getPrivate(), certificate, caCertificate);
		}
		catch (java.security.GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException ex) {
			throw new IllegalStateException("the demo key could not be created", ex);
		}
	}

	private void store(Path file, Path password, String alias, PrivateKey key, X509Certificate... chain)
			throws IOException, java.security.GeneralSecurityException {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		char[] secret = HexFormat.of().formatHex(bytes).toCharArray();
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry(alias, key, secret, chain);
		Files.writeString(password, new String(secret), StandardCharsets.UTF_8);
		try (var out = Files.newOutputStream(file)) {
			store.store(out, secret);
		}
		restrict(password);
		restrict(file);
	}

	private static void restrict(Path path) {
		try {
			Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		}
		catch (IOException | UnsupportedOperationException ex) {
			// not a POSIX file system: the directory's own permissions apply
		}
	}

	private KeyPair keyPair(int bits) throws java.security.GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(bits, random);
		return generator.generateKeyPair();
	}

	private BigInteger serial() {
		return new BigInteger(96, random).abs().add(BigInteger.ONE);
	}

	private static X500Name name(String commonName) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).addRDN(BCStyle.O, "Congvu")
			.addRDN(BCStyle.C, "VN").build();
	}

	private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey key)
			throws org.bouncycastle.operator.OperatorCreationException, java.security.cert.CertificateException {
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
	}
}
