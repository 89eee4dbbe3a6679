package com.cadhire.chat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.cadhire.accounts.AccountManagement;
import com.cadhire.common.ApplicationId;
import com.cadhire.common.UserId;
import com.cadhire.support.Api.User;
import com.cadhire.support.Api;
import com.cadhire.support.Uploads;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text files carry is screened for contact details like messages, over the upload
 * API: one test per format (TXT, CSV, PDF text layer, STEP header, DXF texts and header
 * variables, ZIP-based document properties), each refused or held with the file name and
 * the location of the finding; clean CAD files pass; oversized files, ZIP bombs and XML
 * entities stay bounded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AttachmentContentScreeningTests {

	@LocalServerPort
	int port;

	@Autowired
	ConversationManagement chat;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	User client;

	User expert;

	Api moderator;

	UUID conversationId;

	@BeforeEach
	void setUp() {
		Api anonymous = Api.anonymous(this.port);
		this.client = anonymous.signUp("CLIENT", "Dana Client");
		this.expert = anonymous.signUp("EXPERT", "Erik Expert");
		this.conversationId = this.chat.open(ApplicationId.of(UUID.randomUUID()), UserId.of(this.client.id()),
				UserId.of(this.expert.id()), "Bracket");
		String email = "mod-" + UUID.randomUUID() + "@example.test";
		this.accounts.createModerator(email, "moderator password", "Mo Derator");
		this.moderator = anonymous.withToken(anonymous.withBasic(email, "moderator password")
			.post("/api/v1/me/tokens", Map.of("name", "tests"))
			.expect(201)
			.text("token"));
	}

	@Test
	void aTextFileWithAnEmailIsRefusedWithItsLineAndNothingIsStored() throws Exception {
		int rows = attachmentRows();
		byte[] txt = "Notes for the bracket\nTolerances per ISO 2768-m, Ra 1.6\nquestions: dana.smith@gmail.com\n"
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> refused = upload(this.client, "notes.txt", txt, null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		JsonNode problem = Api.parse(refused.body());
		assertThat(problem.get("type").asString()).endsWith("/problems/contact-information");
		JsonNode finding = problem.get("findings").get(0);
		assertThat(finding.get("field").asString()).isEqualTo("file");
		assertThat(finding.get("fileName").asString()).isEqualTo("notes.txt");
		assertThat(finding.get("location").asString()).isEqualTo("line 3");
		assertThat(finding.get("kind").asString()).isEqualTo("EMAIL");
		assertThat(finding.get("text").asString()).isEqualTo("dana.smith@gmail.com");
		assertThat(problem.get("detail").asString()).contains("notes.txt").contains("line 3");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("notes.txt (line 3)");
		assertThat(attachmentRows()).isEqualTo(rows);
		// a clean text file passes, and findings in text fields keep their old shape
		assertThat(upload(this.client, "clean.txt", "Ra 1.6, ISO 2768-m, M8x1.25 6H".getBytes(StandardCharsets.UTF_8),
				null)
			.statusCode()).isEqualTo(201);
		JsonNode message = this.client.api()
			.post("/api/v1/conversations/" + this.conversationId + "/messages", Map.of("body", "dana@gmail.com"))
			.expect(422)
			.json();
		assertThat(message.get("findings").get(0).has("location")).isFalse();
		assertThat(message.get("findings").get(0).has("fileName")).isFalse();
	}

	@Test
	void aCsvWithAPhoneHeldForReviewIsDownloadableByTheOtherPartyOnlyAfterRelease() throws Exception {
		byte[] csv = "Item,Qty,Part No,Description\n1,4,DIN 912 M6x20,screw\n2,1,BRK-204,call me on 415-555-0132\n"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(upload(this.expert, "bom.csv", csv, "MASK").statusCode()).isEqualTo(422);
		HttpResponse<String> held = upload(this.expert, "bom.csv", csv, "HOLD");
		assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
		JsonNode attachment = Api.parse(held.body());
		assertThat(attachment.get("held").asBoolean()).isTrue();
		String id = attachment.get("id").asString();
		this.expert.api()
			.post("/api/v1/conversations/" + this.conversationId + "/messages",
					Map.of("body", "BOM attached.", "attachmentIds", List.of(id)))
			.expect(201);
		assertThat(download(this.client, id).statusCode()).isEqualTo(403);
		assertThat(download(this.expert, id).statusCode()).isEqualTo(200);

		String caseId = this.jdbc.sql(
				"SELECT id FROM contact_cases WHERE writer_id = ? AND surface = 'ATTACHMENT_CONTENT' AND status = 'OPEN'")
			.param(this.expert.id())
			.query(UUID.class)
			.single()
			.toString();
		JsonNode detail = this.moderator.get("/api/v1/moderation/cases/" + caseId).expect(200).json();
		assertThat(detail.get("original").asString()).contains("line 3: 415-555-0132");
		assertThat(detail.get("masked").asString()).contains("bom.csv")
			.contains("line 3")
			.doesNotContain("415-555-0132");
		assertThat(detail.get("mode").asString()).isEqualTo("HELD");
		this.moderator.post("/api/v1/moderation/cases/" + caseId + "/release").expect(204);
		HttpResponse<byte[]> released = download(this.client, id);
		assertThat(released.statusCode()).isEqualTo(200);
		assertThat(released.body()).isEqualTo(csv);
	}

	@Test
	void aPdfWithAnEmailInItsTextLayerIsRefusedWithItsPage() throws Exception {
		byte[] pdf = pdf("Bracket drawing notes, tolerances ISO 2768-m", "Contact: erik.expert@outlook.com");
		HttpResponse<String> refused = upload(this.expert, "notes.pdf", pdf, null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		JsonNode finding = Api.parse(refused.body()).get("findings").get(0);
		assertThat(finding.get("fileName").asString()).isEqualTo("notes.pdf");
		assertThat(finding.get("location").asString()).isEqualTo("page 2, line 1");
		assertThat(finding.get("text").asString()).isEqualTo("erik.expert@outlook.com");
		assertThat(upload(this.expert, "clean.pdf", pdf("Section A-A, scale 1:2", "Ra 3.2 unless stated"), null)
			.statusCode()).isEqualTo(201);
	}

	@Test
	void aStepFileWithContactDetailsInItsHeaderIsRefusedAndACleanOnePasses() throws Exception {
		byte[] step = step("('Erik Expert, erik.expert@outlook.com')", "('Expert Design')");
		HttpResponse<String> refused = upload(this.expert, "bracket.step", step, null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		JsonNode finding = Api.parse(refused.body()).get("findings").get(0);
		assertThat(finding.get("location").asString()).isEqualTo("FILE_NAME author");
		assertThat(finding.get("text").asString()).isEqualTo("erik.expert@outlook.com");
		HttpResponse<String> organization = upload(this.expert, "bracket.stp",
				step("('designer')", "('Keller GmbH, Tel. +49 711 1234567')"), null);
		assertThat(organization.statusCode()).isEqualTo(422);
		assertThat(Api.parse(organization.body()).get("findings").get(0).get("location").asString())
			.isEqualTo("FILE_NAME organization");
		HttpResponse<String> clean = upload(this.expert, "bracket_rev3.step",
				step("('designer')", "('Keller Engineering GmbH')"), null);
		assertThat(clean.statusCode()).as(clean.body()).isEqualTo(201);
	}

	@Test
	void aDxfWithAPhoneInATextEntityIsRefusedWithTheEntityAndLine() throws Exception {
		String dxf = "0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\nAC1027\n9\n$LASTSAVEDBY\n1\nerik\n0\nENDSEC\n"
				+ "0\nSECTION\n2\nENTITIES\n0\nTEXT\n8\nNOTES\n10\n12.5\n20\n-3.175\n40\n2.5\n1\n%%c25 H7 / M8x1.25-6H\n"
				+ "0\nMTEXT\n8\nNOTES\n10\n0\n20\n0\n1\n{\\fArial|b0;Questions?}\\PCall +44 20 7946 0958\n"
				+ "0\nENDSEC\n0\nEOF\n";
		HttpResponse<String> refused = upload(this.expert, "plate.dxf", dxf.getBytes(StandardCharsets.UTF_8), null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		JsonNode finding = Api.parse(refused.body()).get("findings").get(0);
		assertThat(finding.get("kind").asString()).isEqualTo("PHONE");
		assertThat(finding.get("location").asString()).isEqualTo("MTEXT entity (DXF line 40)");
		String header = "0\nSECTION\n2\nHEADER\n9\n$LASTSAVEDBY\n1\nerik.expert@outlook.com\n0\nENDSEC\n0\nEOF\n";
		HttpResponse<String> headerRefused = upload(this.expert, "plate2.dxf", header.getBytes(StandardCharsets.UTF_8),
				null);
		assertThat(headerRefused.statusCode()).isEqualTo(422);
		assertThat(Api.parse(headerRefused.body()).get("findings").get(0).get("location").asString())
			.isEqualTo("header $LASTSAVEDBY");
		String clean = dxf.replace("\\PCall +44 20 7946 0958", "\\PDeburr all edges 0.5x45°");
		assertThat(upload(this.expert, "plate3.dxf", clean.getBytes(StandardCharsets.UTF_8), null).statusCode())
			.isEqualTo(201);
	}

	@Test
	void aThreeMfWhoseDocumentPropertiesCarryAnEmailIsRefusedWithTheProperty() throws Exception {
		byte[] threeMf = zip(Map.of("docProps/core.xml",
				core("<dc:creator>erik.expert@outlook.com</dc:creator><dc:title>Bracket</dc:title>"),
				"3D/3dmodel.model", model("Keller Engineering"), "[Content_Types].xml", "<Types/>"));
		HttpResponse<String> refused = upload(this.expert, "bracket.3mf", threeMf, null);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		JsonNode finding = Api.parse(refused.body()).get("findings").get(0);
		assertThat(finding.get("location").asString()).isEqualTo("docProps/core.xml creator");
		byte[] designer = zip(Map.of("3D/3dmodel.model", model("call +44 20 7946 0958")));
		HttpResponse<String> metadata = upload(this.expert, "bracket2.3mf", designer, null);
		assertThat(metadata.statusCode()).isEqualTo(422);
		assertThat(Api.parse(metadata.body()).get("findings").get(0).get("location").asString())
			.isEqualTo("3D/3dmodel.model metadata Designer");
		byte[] entryName = zip(Map.of("dana.smith@gmail.com.txt", "hello"));
		HttpResponse<String> names = upload(this.expert, "files.zip", entryName, null);
		assertThat(names.statusCode()).isEqualTo(422);
		assertThat(Api.parse(names.body()).get("findings").get(0).get("location").asString())
			.isEqualTo("entry names, line 1");
		byte[] clean = zip(Map.of("docProps/core.xml", core("<dc:creator>designer</dc:creator>"), "3D/3dmodel.model",
				model("Keller Engineering")));
		assertThat(upload(this.expert, "bracket3.3mf", clean, null).statusCode()).isEqualTo(201);
	}

	@Test
	void aZipBombAndXmlEntitiesStayBounded() throws Exception {
		// 300 MB of blanks in the document properties, deflated to a few hundred KB, with
		// an address at the end: reading stops at the per-entry limit (1 MB)
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry("docProps/core.xml"));
			zip.write("<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"urn:cp\" xmlns:dc=\"urn:dc\">"
				.getBytes(StandardCharsets.UTF_8));
			byte[] blanks = new byte[1024 * 1024];
			java.util.Arrays.fill(blanks, (byte) ' ');
			for (int k = 0; k < 300; k++) {
				zip.write(blanks);
			}
			zip.write("<dc:creator>dana.smith@gmail.com</dc:creator></cp:coreProperties>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThat(bytes.size()).isLessThan(2 * 1024 * 1024);
		long start = System.nanoTime();
		HttpResponse<String> bomb = upload(this.expert, "bomb.zip", bytes.toByteArray(), null);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(bomb.statusCode()).as(bomb.body()).isEqualTo(201);
		assertThat(millis).as("upload of a ZIP bomb, ms").isLessThan(5_000);

		// an entity is not expanded (no DTDs): neither an internal one nor a file
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE cp [<!ENTITY e \"dana.smith@gmail.com\">"
				+ "<!ENTITY f SYSTEM \"file:///etc/hostname\">]><cp:coreProperties xmlns:cp=\"urn:cp\" "
				+ "xmlns:dc=\"urn:dc\"><dc:creator>&e;&f;</dc:creator></cp:coreProperties>";
		assertThat(upload(this.expert, "entities.zip", zip(Map.of("docProps/core.xml", xxe)), null).statusCode())
			.isEqualTo(201);

		// a text file over the 1 MB read limit: an address in the first lines is found
		// quickly, one past the limit is not read
		StringBuilder text = new StringBuilder();
		while (text.length() < 1_500_000) {
			text.append("N").append(text.length()).append(" G01 X12.500 Y-3.175 F800\n");
		}
		start = System.nanoTime();
		HttpResponse<String> first = upload(this.expert, "program.txt",
				("dana.smith@gmail.com\n" + text).getBytes(StandardCharsets.UTF_8), null);
		millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(first.statusCode()).isEqualTo(422);
		assertThat(millis).as("upload of a 1.5 MB text file, ms").isLessThan(5_000);
		assertThat(upload(this.expert, "program2.txt",
				(text + "dana.smith@gmail.com\n").getBytes(StandardCharsets.UTF_8), null)
			.statusCode()).isEqualTo(201);
	}

	private static String core(String elements) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"urn:cp\" xmlns:dc=\"urn:dc\">"
				+ elements + "</cp:coreProperties>";
	}

	private static String model(String designer) {
		return "<?xml version=\"1.0\"?><model unit=\"millimeter\" xmlns=\"urn:3mf\"><metadata name=\"Title\">Bracket"
				+ "</metadata><metadata name=\"Designer\">" + designer + "</metadata><resources><object id=\"1\">"
				+ "<mesh><vertices><vertex x=\"0\" y=\"0\" z=\"0\"/></vertices></mesh></object></resources></model>";
	}

	private static byte[] step(String authors, String organizations) {
		return ("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('Bracket'),'2;1');\nFILE_NAME('bracket_rev3.step',"
				+ "'2024-05-12T10:21:33'," + authors + "," + organizations
				+ ",'SwSTEP 2.0','SolidWorks 2024','');\nFILE_SCHEMA(('AUTOMOTIVE_DESIGN'));\nENDSEC;\nDATA;\n"
				+ "#12=CARTESIAN_POINT('',(12.5,-3.175,0.));\n#13=DIRECTION('',(0.,0.,1.));\nENDSEC;\n"
				+ "END-ISO-10303-21;\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] pdf(String... pages) throws Exception {
		try (PDDocument document = new PDDocument()) {
			for (String text : pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					content.newLineAtOffset(72, 700);
					content.showText(text);
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] zip(Map<String, String> entries) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private int attachmentRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM attachments").query(Integer.class).single();
	}

	private HttpResponse<String> upload(User user, String fileName, byte[] content, String handling) throws Exception {
		return Uploads.upload(this.port, user, this.conversationId, fileName, content, handling);
	}

	private HttpResponse<byte[]> download(User user, String id) throws Exception {
		return Uploads.download(this.port, user, id);
	}

}
