package vn.congvu.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Recognition beyond titles on real PostgreSQL: initiatives submitted and reviewed into the register, good examples
 * approved by someone other than the writer and published with web-size photos, clusters, individual registrations
 * and the awarding authorities as dated data.
 */
class RecognitionIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired InitiativeSubmissions submissions;
	@Autowired Initiatives initiatives;
	@Autowired GoodExamples examples;
	@Autowired Clusters clusters;
	@Autowired Campaigns campaigns;
	@Autowired AwardingAuthorities authorities;
	@Autowired OrgUnitQueries units;
	@Autowired StaffQueries staff;
	@Autowired JdbcClient jdbc;

	private Viewer officer() {
		long hanoi = units.byCode("01", REFORM).id();
		return new Viewer("test-officer", "Cán bộ thi đua", Role.HOME_AFFAIRS_OFFICER, hanoi, units.pathOf(hanoi), null,
				false);
	}

	private List<StaffRow> peopleOf(String wardCode) {
		long ward = units.byCode(wardCode, LocalDate.now(clock)).id();
		return staff.all(Viewer.system(), new StaffFilter(LocalDate.now(clock), null, ward)).stream()
			.filter(p -> p.unitId() == ward && p.leadership() == null).toList();
	}

	private Viewer self(StaffRow person) {
		return new Viewer("test-self-" + person.id(), person.fullName(), Role.STAFF, person.unitId(),
				units.pathOf(person.unitId()), person.id(), false);
	}

	@Test
	void anInitiativeIsSubmittedReviewedOnceAndEntersTheRegister() {
		LocalDate today = LocalDate.now(clock);
		StaffRow author = peopleOf("00097").get(5);
		StaffRow colleague = peopleOf("00070").get(5);
		assertThatThrownBy(() -> submissions.submit(self(author), new InitiativeSubmissions.NewSubmission("Sáng kiến",
				"Nội dung", today.plusDays(1), "Hiệu quả"), List.of()))
			.hasMessageContaining("initiative.submission.appliedSince");
		assertThatThrownBy(() -> submissions.submit(self(author), new InitiativeSubmissions.NewSubmission(" ",
				"Nội dung", today, "Hiệu quả"), List.of())).hasMessageContaining("initiative.submission.required");
		long id = submissions.submit(self(author), new InitiativeSubmissions.NewSubmission(
				"Phiếu hẹn có mã QR tra cứu tiến độ", "In mã QR trên phiếu hẹn để người dân tự tra cứu hồ sơ.",
				today.minusDays(60), "Giảm số cuộc gọi hỏi tiến độ hồ sơ."), List.of(pdf()));
		assertThat(submissions.mine(self(author))).extracting(InitiativeSubmissions.Submission::id).contains(id);
		assertThat(submissions.find(self(author), id).fileIds()).hasSize(1);
		assertThatThrownBy(() -> submissions.find(self(colleague), id)).as("another person: not found")
			.isInstanceOf(RecordNotFoundException.class);
		long otherWard = units.byCode("00070", today).id();
		assertThatThrownBy(() -> submissions.recognize(scoped(otherWard), id, recognition(today)))
			.as("an officer of another ward").isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> submissions.recognize(self(author), id, recognition(today)))
			.isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> submissions.recognize(officer(), id, recognition(today.minusDays(61))))
			.hasMessageContaining("initiative.submission.beforeApplied");
		assertThat(submissions.find(officer(), id).status()).as("nothing half-written").isEqualTo("SUBMITTED");

		long initiative = submissions.recognize(officer(), id, recognition(today));
		assertThat(initiatives.inScope(officer())).anySatisfy(i -> {
			assertThat(i.id()).isEqualTo(initiative);
			assertThat(i.staffId()).isEqualTo(author.id());
		});
		assertThat(submissions.find(self(author), id).status()).isEqualTo("RECOGNIZED");
		assertThatThrownBy(() -> submissions.reject(officer(), id, "Đã xét xong nhưng thử lại"))
			.hasMessageContaining("initiative.submission.decided");

		long second = submissions.submit(self(author), new InitiativeSubmissions.NewSubmission("Sổ tay một cửa",
				"Sổ tay hướng dẫn", today, "Chưa rõ"), List.of());
		assertThatThrownBy(() -> submissions.reject(officer(), second, "ngắn")).hasMessageContaining("reasonRequired");
		submissions.reject(officer(), second, "Chưa có số liệu về hiệu quả áp dụng thực tế.");
		assertThat(submissions.find(self(author), second).reviewNote()).contains("hiệu quả");
	}

	private static InitiativeSubmissions.Recognition recognition(LocalDate day) {
		return new InitiativeSubmissions.Recognition("GRASSROOTS", day, "Hội đồng sáng kiến phường", "09/QĐ-HĐSK");
	}

	@Test
	void aGoodExampleIsPublishedBySomeoneElseWithWebSizePhotosAndWithdrawnWithAReason() throws Exception {
		long ward = units.byCode("00004", LocalDate.now(clock)).id();
		Viewer head = new Viewer("test-head-writer", "Trưởng phòng", Role.UNIT_HEAD, ward, units.pathOf(ward),
				scopeStaff.headOf(ward, LocalDate.now(clock)).orElse(-1L), false);
		String story = "Anh đã hướng dẫn tận tình một cụ bà làm thủ tục trực tuyến, rồi đến tận nhà trả kết quả khi "
				+ "cụ không thể đến phường vì ốm. Người dân gửi thư cảm ơn đến phường.";
		GoodExamples.NewExample example = new GoodExamples.NewExample(ward, GoodExamples.SubjectKind.PERSON,
				"Trần Văn Thử", "Trả kết quả tận nhà cho người ốm", story);
		long before = jdbc.sql("select count(*) from emulation.good_example").query(Long.class).single();
		assertThatThrownBy(() -> examples.write(head, example, List.of(pdf())))
			.hasMessageContaining("upload.notPhoto");
		assertThatThrownBy(() -> examples.write(head, example, List.of())).hasMessageContaining("example.photosCount");
		assertThatThrownBy(() -> examples.write(head, new GoodExamples.NewExample(ward, GoodExamples.SubjectKind.PERSON,
				"Trần Văn Thử", "Ngắn", "Quá ngắn"), List.of(photo(800, 600)))).hasMessageContaining("storyTooShort");
		assertThat(before).as("nothing half-written").isEqualTo(jdbc.sql("select count(*) from emulation.good_example")
			.query(Long.class).single());

		long id = examples.write(head, example, List.of(photo(4000, 3000), photo(640, 480)));
		Long[] photos = examples.find(head, id).photoIds();
		BufferedImage big = ImageIO.read(new ByteArrayInputStream(examples.photo(head, id, photos[0]).content()));
		assertThat(big.getWidth()).as("made to web size").isEqualTo(GoodExamples.PHOTO_SIDE);
		assertThat(big.getHeight()).isEqualTo(1200);
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(examples.photo(head, id, photos[1]).content()));
		assertThat(small.getWidth()).as("small photos stay as they are").isEqualTo(640);
		assertThat(examples.published(null, 100)).extracting(GoodExamples.PublishedExample::id).doesNotContain(id);
		assertThatThrownBy(() -> examples.publishedPhoto(id, photos[0])).isInstanceOf(RecordNotFoundException.class);

		Viewer writerAsOfficer = new Viewer("test-head-writer", "Trưởng phòng", Role.HOME_AFFAIRS_OFFICER, ward,
				units.pathOf(ward), null, false);
		assertThatThrownBy(() -> examples.publish(writerAsOfficer, id)).hasMessageContaining("example.ownStory");
		assertThatThrownBy(() -> examples.publish(head, id)).isInstanceOf(NotPermittedException.class);
		long otherWard = units.byCode("00070", LocalDate.now(clock)).id();
		assertThatThrownBy(() -> examples.publish(scoped(otherWard), id)).isInstanceOf(RecordNotFoundException.class);
		examples.publish(officer(), id);
		assertThat(examples.published(ward, 10)).first().satisfies(p -> {
			assertThat(p.id()).isEqualTo(id);
			assertThat(p.photoIds()).containsExactly(photos);
		});
		assertThat(examples.publishedPhoto(id, photos[1]).contentType()).isEqualTo("image/jpeg");
		assertThatThrownBy(() -> examples.publish(officer(), id)).hasMessageContaining("example.wrongState");
		examples.withdraw(officer(), id, "Nhân vật đề nghị không đăng tên công khai.");
		assertThat(examples.published(null, 100)).extracting(GoodExamples.PublishedExample::id).doesNotContain(id);
		assertThat(examples.find(officer(), id).note()).contains("không đăng tên");
	}

	@Test
	void aPhotoOfTwentyThousandPixelsSquareIsRefusedBeforeDecoding() throws Exception {
		// a PNG header declaring 20,000 × 20,000 pixels: refused from its header, never decoded
		BufferedImage tiny = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(tiny, "png", out);
		byte[] png = out.toByteArray();
		java.nio.ByteBuffer.wrap(png, 16, 8).putInt(20_000).putInt(20_000);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(png, 12, 17);
		java.nio.ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
		assertThatThrownBy(() -> UploadedFile.of("huge.png", png)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("upload.tooManyPixels");
	}

	@Test
	void aUnitIsInOneClusterAYearAndCampaignRankingsAreReadWithinClusters() {
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear() + 2;
		long hanoi = units.byCode("01", REFORM).id();
		long cuaNam = units.byCode("00082", today).id();
		long hongHa = units.byCode("00097", today).id();
		long hoanKiem = units.byCode("00070", today).id();
		assertThatThrownBy(() -> clusters.create(officer(), new Clusters.NewCluster(hanoi, year, Clusters.Kind.CLUSTER,
				"Cụm một đơn vị", List.of(cuaNam), null))).hasMessageContaining("cluster.membersTooFew");
		assertThatThrownBy(() -> clusters.create(officer(), new Clusters.NewCluster(hanoi, year, Clusters.Kind.CLUSTER,
				"Cụm có trưởng ngoài cụm", List.of(cuaNam, hongHa), hoanKiem)))
			.hasMessageContaining("cluster.leaderNotMember");
		assertThatThrownBy(() -> clusters.create(headOf(cuaNam), new Clusters.NewCluster(cuaNam, year,
				Clusters.Kind.CLUSTER, "Cụm", List.of(cuaNam, hongHa), null))).isInstanceOf(NotPermittedException.class);
		long id = clusters.create(officer(), new Clusters.NewCluster(hanoi, year, Clusters.Kind.CLUSTER,
				"Cụm trung tâm", List.of(cuaNam, hongHa), cuaNam));
		assertThatThrownBy(() -> clusters.create(officer(), new Clusters.NewCluster(hanoi, year, Clusters.Kind.BLOCK,
				"Khối khác", List.of(hongHa, hoanKiem), null))).hasMessageContaining("cluster.alreadyGrouped");
		assertThat(clusters.ofYear(headOf(hongHa), year)).as("a ward sees its own cluster").extracting(Clusters.Cluster::id)
			.containsExactly(id);
		assertThat(clusters.ofYear(headOf(hoanKiem), year)).isEmpty();
		assertThat(clusters.groupOfUnits(year)).containsEntry(cuaNam, "Cụm trung tâm").doesNotContainKey(hoanKiem);
	}

	@Test
	void aPersonRegistersOnceWithAnIndividualTitleWhenTheCampaignCoversTheirUnit() {
		LocalDate today = LocalDate.now(clock);
		long cuaNam = units.byCode("00082", today).id();
		long campaign = campaigns.launch(officer(), new Campaigns.NewCampaign(cuaNam, "Phong trào của phường " + System.nanoTime(),
				"Mục tiêu", "Luật Thi đua, khen thưởng", "KH-02", today.minusDays(5), today.minusDays(5),
				today.plusDays(30), List.of(new Campaigns.NewCriterion("Kỷ cương", BigDecimal.TEN))));
		StaffRow person = peopleOf("00082").get(20);
		StaffRow outsider = peopleOf("00070").get(20);
		assertThatThrownBy(() -> campaigns.registerMyself(self(person), campaign, "TTLDTT", "Cam kết phấn đấu cả năm"))
			.as("a collective title").hasMessageContaining("emulation.unknownTitle");
		assertThatThrownBy(() -> campaigns.registerMyself(self(outsider), campaign, "LDTT", "Cam kết phấn đấu cả năm"))
			.as("the campaign is not the outsider's to see").isInstanceOf(RecordNotFoundException.class);
		campaigns.registerMyself(self(person), campaign, "LDTT", "Cam kết phấn đấu cả năm");
		assertThatThrownBy(() -> campaigns.registerMyself(self(person), campaign, "CSTDCS", "Đăng ký lần thứ hai"))
			.hasMessageContaining("campaign.alreadyRegisteredMyself");
		Campaigns.View view = campaigns.view(headOf(cuaNam), campaign);
		assertThat(view.people()).singleElement().satisfies(p -> {
			assertThat(p.staffId()).isEqualTo(person.id());
			assertThat(p.titleCode()).isEqualTo("LDTT");
		});
		assertThat(campaigns.view(self(person), campaign).mayRegisterMyself()).isFalse();
	}

	@Test
	void theAwardingAuthorityIsDatedDataChangedFromADayOn() {
		LocalDate beforeReform = LocalDate.of(2025, 3, 1);
		assertThat(authorities.forTitle("CSTDCS", OrgUnitType.WARD, beforeReform)).get()
			.extracting(AwardingAuthorities.Authority::authority).asString().contains("quận, huyện");
		assertThat(authorities.forTitle("CSTDCS", OrgUnitType.WARD, REFORM)).get()
			.satisfies(a -> assertThat(a.unconfirmed()).isNotBlank());
		assertThat(authorities.forTitle("LDTT", OrgUnitType.DISTRICT, REFORM)).isEmpty();
		long ward = units.byCode("00082", LocalDate.now(clock)).id();
		assertThatThrownBy(() -> authorities.set(scoped(ward), "GKTT", OrgUnitType.PUBLIC_SERVICE_UNIT, "Giám đốc",
				"Quy chế", LocalDate.of(2026, 1, 1))).as("a ward officer does not change the city's rules")
			.isInstanceOf(NotPermittedException.class);
		LocalDate from = LocalDate.of(2026, 1, 1);
		authorities.set(officer(), "GKTT", OrgUnitType.PUBLIC_SERVICE_UNIT, "Thủ trưởng đơn vị sự nghiệp",
				"Quy chế thi đua, khen thưởng của Thành phố", from);
		authorities.set(officer(), "GKTT", OrgUnitType.PUBLIC_SERVICE_UNIT, "Giám đốc đơn vị sự nghiệp",
				"Quy chế sửa đổi", from.plusMonths(6));
		assertThat(authorities.forTitle("GKTT", OrgUnitType.PUBLIC_SERVICE_UNIT, from.plusMonths(1))).get()
			.extracting(AwardingAuthorities.Authority::authority).isEqualTo("Thủ trưởng đơn vị sự nghiệp");
		assertThat(authorities.forTitle("GKTT", OrgUnitType.PUBLIC_SERVICE_UNIT, from.plusMonths(7))).get()
			.extracting(AwardingAuthorities.Authority::authority).isEqualTo("Giám đốc đơn vị sự nghiệp");
		assertThatThrownBy(() -> authorities.set(officer(), "GKTT", OrgUnitType.PUBLIC_SERVICE_UNIT, "Ai đó",
				"Căn cứ", from.plusMonths(3))).hasMessageContaining("authority.laterExists");
	}

	private static UploadedFile photo(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return UploadedFile.of("anh.jpg", out.toByteArray());
	}

	private static UploadedFile pdf() {
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return UploadedFile.of("minh-chung.pdf", out.toByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
