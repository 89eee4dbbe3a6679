package com.cadhire.screening.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

import com.cadhire.screening.ContactScreener;
import com.cadhire.screening.ScreeningResult;
import com.cadhire.screening.Surface;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * CPU time and wall time of the screening engine on a 300-character chat message and on
 * 100 KB adversarial inputs (repeated fragments that keep every scanner busy: digit
 * groups, at signs, dots, number words, single letters, substitute symbols, table rows).
 * The {@code cpuNanos} and {@code calls} counters are per iteration; CPU time per screen
 * is {@code cpuNanos / calls}, which stays meaningful on a shared, loaded machine where
 * the wall-clock score does not.
 *
 * <p>
 * Run: {@code ./mvnw -Pbench test-compile exec:exec
 * -Djmh.args='AdversarialScreeningBenchmark -f 1 -wi 2 -i 3 -w 2 -r 2'}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class AdversarialScreeningBenchmark {

	private static final int SIZE = 100_000;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Param({ "message300", "digits", "atSigns", "dots", "numberWords", "singleLetters", "substitutes", "tableRows",
			"connectors", "mixed" })
	public String input;

	private final ContactScreener screener = new ContactScreener();

	private String text;

	/** CPU time per iteration, reported by JMH next to the score. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Cpu {

		public long cpuNanos;

		public long calls;

		@Setup(Level.Iteration)
		public void reset() {
			this.cpuNanos = 0;
			this.calls = 0;
		}

	}

	@Setup
	public void setUp() {
		this.text = switch (this.input) {
			case "message300" -> ScreeningBenchmark.MESSAGE_300;
			case "digits" -> repeat("1 2-3 ");
			case "atSigns" -> repeat("a@");
			case "dots" -> repeat("a..b@@c ");
			case "numberWords" -> repeat("uno due tre cuatro fünf ");
			case "singleLetters" -> repeat("a b c d e f at ");
			case "substitutes" -> repeat("x%gmail%com ");
			case "tableRows" -> repeat("6075  59  +193  -25\n");
			case "connectors" -> repeat("074 then 000 y 653 ");
			default -> repeat("call 415 555 0199 s k y p e @M10 jane dot doe at gmail dot com 12 rue de la Paix ");
		};
	}

	private static String repeat(String unit) {
		return unit.repeat(SIZE / unit.length() + 1).substring(0, SIZE);
	}

	@Benchmark
	public ScreeningResult screen(Cpu cpu) {
		long before = THREADS.getCurrentThreadCpuTime();
		ScreeningResult result = this.screener.screen(this.text, Surface.MESSAGE);
		cpu.cpuNanos += THREADS.getCurrentThreadCpuTime() - before;
		cpu.calls++;
		return result;
	}

}
