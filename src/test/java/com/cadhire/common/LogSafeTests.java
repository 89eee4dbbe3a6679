package com.cadhire.common;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTests {

	@Test
	void theCopyKeepsClassesAndFramesAndDropsEveryMessage() {
		IOException root = new IOException("550 5.1.1 <ann.buyer@example.com>: Recipient address rejected");
		IllegalStateException top = new IllegalStateException("Could not send 'call me on +1 415 555 0134'", root);
		top.addSuppressed(new IllegalArgumentException("file Ann Buyer 0171 2345678.step"));

		Throwable safe = LogSafe.withoutMessages(top);

		String printed = print(safe);
		assertThat(printed).contains("java.lang.IllegalStateException", "java.io.IOException",
				"java.lang.IllegalArgumentException", "LogSafeTests.theCopyKeepsClassesAndFramesAndDropsEveryMessage");
		assertThat(printed).doesNotContain("example.com", "415 555 0134", "0171", "Recipient");
		assertThat(safe.getStackTrace()).isEqualTo(top.getStackTrace());
		assertThat(safe.getCause().getStackTrace()).isEqualTo(root.getStackTrace());
	}

	@Test
	void aCycleOfCausesEnds() {
		RuntimeException a = new RuntimeException("a");
		RuntimeException b = new RuntimeException("b", a);
		a.initCause(b);
		assertThat(print(LogSafe.withoutMessages(a))).contains("CIRCULAR REFERENCE");
	}

	private static String print(Throwable ex) {
		StringWriter out = new StringWriter();
		ex.printStackTrace(new PrintWriter(out));
		return out.toString();
	}

}
