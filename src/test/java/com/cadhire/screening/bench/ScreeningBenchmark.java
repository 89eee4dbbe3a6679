package com.cadhire.screening.bench;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.cadhire.screening.ContactScreener;
import com.cadhire.screening.ScreeningResult;
import com.cadhire.screening.Surface;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the screening engine on typical chat messages (50–500 chars, one of them
 * exactly 300 chars) and on a 5,000-char job description, with libphonenumber's
 * {@code findNumbers(text, "US", Leniency.VALID, Long.MAX_VALUE)} alone on the same texts
 * as a baseline.
 *
 * <p>
 * Run: {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args='ScreeningBenchmark -f 1
 * -wi 3 -i 5 -w 1 -r 1'}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class ScreeningBenchmark {

	/** Exactly 300 characters of ordinary design chat with one disguised phone number. */
	public static final String MESSAGE_300 = "Hi Jane, I checked the bracket: wall at section A-A is 1.8 mm, please "
			+ "bring it to 2.5 and add R0.5 fillets. Bore 25.000 / 25.021 (H7) is fine. If it is easier "
			+ "to talk, call me at six oh one 335 one two three four tonight. Otherwise upload rev C "
			+ "as bracket_rev3.step by Friday 14:30. Thanks, Tom......";

	static final List<String> MESSAGES = List.of("Looks good, approved for production.",
			"Can you add 4 mounting holes Ø6.6 at 10 mm from each corner? Tap M8x1.25-6H through.",
			"PO 4500012345 was approved, qty 2500, unit price 0.85 EUR, delivery 2026-12-01.",
			"Send the files to jane.doe [at] gmail [dot] com or ping me on whatsapp +44 7911 123456.",
			"General tolerances per ISO 2768-mK, dimensioning per ASME Y14.5-2018. Use H7/g6 for the locating "
					+ "pins, bearing seat k6. Surface Ra 0.8 on the seats, Ra 3.2 elsewhere. Material 6061-T6, "
					+ "anodize type II black. I use SolidWorks 2024 SP3; files are in assembly.sldasm and readme.md. "
					+ "G01 X10 Y20 F1500 for the first pass.",
			MESSAGE_300, "my insta is @cad.jane and my site is janedoe3d dot com, office at 221B Baker Street London",
			"Overall envelope 1250 x 800 x 650 mm, weight approx 42.5 kg; site is at 40.7128, -74.0060.");

	private final ContactScreener screener = new ContactScreener();

	private final PhoneNumberUtil phoneNumberUtil = PhoneNumberUtil.getInstance();

	private String jobDescription;

	private int next;

	@Setup
	public void setUp() {
		StringBuilder job = new StringBuilder();
		int i = 0;
		while (job.length() < 5000) {
			job.append(MESSAGES.get(i % MESSAGES.size())).append(' ');
			i++;
		}
		this.jobDescription = job.substring(0, 5000);
	}

	private String nextMessage() {
		String message = MESSAGES.get(this.next);
		this.next = (this.next + 1) % MESSAGES.size();
		return message;
	}

	@Benchmark
	public ScreeningResult screenMessage300() {
		return this.screener.screen(MESSAGE_300, Surface.MESSAGE);
	}

	@Benchmark
	public ScreeningResult screenTypicalMessages() {
		return this.screener.screen(nextMessage(), Surface.MESSAGE);
	}

	@Benchmark
	public ScreeningResult screenJobDescription5000() {
		return this.screener.screen(this.jobDescription, Surface.JOB);
	}

	@Benchmark
	public void libphonenumberMessage300(Blackhole blackhole) {
		findNumbers(MESSAGE_300, blackhole);
	}

	@Benchmark
	public void libphonenumberTypicalMessages(Blackhole blackhole) {
		findNumbers(nextMessage(), blackhole);
	}

	@Benchmark
	public void libphonenumberJobDescription5000(Blackhole blackhole) {
		findNumbers(this.jobDescription, blackhole);
	}

	private void findNumbers(String text, Blackhole blackhole) {
		Iterator<PhoneNumberMatch> matches = this.phoneNumberUtil
			.findNumbers(text, "US", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)
			.iterator();
		while (matches.hasNext()) {
			blackhole.consume(matches.next());
		}
	}

}
